using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1007GraphAuthUsernamePasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1007GraphAuthUsernamePasswordTests
    {
        private const string Replacement = "an Azure.Identity credential (InteractiveBrowserCredential, DeviceCodeCredential, ClientCertificateCredential) with GraphServiceClient";
        private const string GraphAuth = "Microsoft.Graph.Auth";

        private static DiagnosticResult Expected(int location, string member) =>
            VerifyCS.Diagnostic("CFA1007").WithLocation(location).WithArguments(member, Replacement);

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.WithStubs(GraphAuth);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task ProviderAndRequestExtension_AreReported()
        {
            const string source = @"
using System.Security;
using Microsoft.Graph;
using Microsoft.Graph.Auth;
using Microsoft.Identity.Client;

class Sync
{
    IBaseRequest Prepare(IPublicClientApplication app, IBaseRequest request, SecureString password)
    {
        IAuthenticationProvider provider = {|#0:new UsernamePasswordProvider(app)|};
        IAuthenticationProvider scoped = {|#1:new UsernamePasswordProvider(app, new[] { ""User.Read"" })|};
        var viaExtension = {|#2:request.WithUsernamePassword(""svc@contoso.com"", password)|};
        return {|#3:BaseRequestExtensions.WithUsernamePassword(request, ""svc@contoso.com"", password)|};
    }
}";
            await Verify(
                source,
                Expected(0, "UsernamePasswordProvider"),
                Expected(1, "UsernamePasswordProvider"),
                Expected(2, "BaseRequestExtensions.WithUsernamePassword"),
                Expected(3, "BaseRequestExtensions.WithUsernamePassword"));
        }

        [Fact]
        public async Task DecoysAndOtherProviders_AreNotReported()
        {
            const string source = @"
using System.Net.Http;
using System.Security;
using System.Threading.Tasks;
using Microsoft.Graph;
using Microsoft.Identity.Client;

class MyProvider : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(HttpRequestMessage request) => Task.CompletedTask;
}

class Sync
{
    object Prepare(IPublicClientApplication app, IBaseRequest request, SecureString password)
    {
        IAuthenticationProvider provider = new Decoy.Auth.UsernamePasswordProvider(app);
        IAuthenticationProvider mine = new MyProvider();
        return Decoy.Auth.BaseRequestExtensions.WithUsernamePassword(request, ""svc@contoso.com"", password);
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task LibraryNotReferenced_IsNotReported()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
class UsernamePasswordProvider
{
    public UsernamePasswordProvider(object app) { }
    object M() => new UsernamePasswordProvider(null);
}",
            }.WithoutVendorReferences();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using Microsoft.Graph.Auth;
using Microsoft.Identity.Client;

class Sync
{
    void Prepare(IPublicClientApplication app, Missing request)
    {
        var a = new UsernamePasswordProvider();
        var b = new UsernamePasswordProvider(;
        request.WithUsernamePassword(""u"", null);
        var c = {|#0:new UsernamePasswordProvider(app)|}
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            }.WithStubs(GraphAuth);
            test.ExpectedDiagnostics.Add(Expected(0, "UsernamePasswordProvider"));
            await test.RunAsync();
        }

        [Fact]
        public async Task NoFix_IsOffered()
        {
            // Graph v1-v3 requests and GraphServiceClient(TokenCredential) belong to different SDK generations:
            // there is no rewrite that compiles against the same references.
            const string source = @"
using Microsoft.Graph;
using Microsoft.Graph.Auth;
using Microsoft.Identity.Client;

class Sync
{
    IAuthenticationProvider Create(IPublicClientApplication app) => {|#0:new UsernamePasswordProvider(app)|};
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs(GraphAuth);
            test.ExpectedDiagnostics.Add(Expected(0, "UsernamePasswordProvider"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Auth;

class Sync
{
    IBaseRequest Prepare(IBaseRequest request) => {|#0:request.WithUsernamePassword(""svc@contoso.com"", new NetworkCredential("""", ""Hunter2-Secret!"").SecurePassword)|};
}";
            await Verify(source, Expected(0, "BaseRequestExtensions.WithUsernamePassword"));
        }
    }
}
