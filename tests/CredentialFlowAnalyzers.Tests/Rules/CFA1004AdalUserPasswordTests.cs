using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1004AdalUserPasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>ADAL's UserPasswordCredential exists only in its .NET Framework build: every test compiles for net472.</summary>
    public class CFA1004AdalUserPasswordTests
    {
        private const string Replacement = "MSAL with a refresh token from a secret store (Secure Application Model), or MSAL interactive/device-code sign-in";

        private static DiagnosticResult Expected(int location, string member = "UserPasswordCredential") =>
            VerifyCS.Diagnostic("CFA1004").WithLocation(location).WithArguments(member, Replacement);

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.OnNetFramework(TestReferences.AdalNetFramework);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task BothConstructors_AreReported_OncePerSignIn()
        {
            const string source = @"
using System.Security;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task<string> GetAsync(AuthenticationContext ctx, string user, string password, SecureString secure)
    {
        var result = await ctx.AcquireTokenAsync(""https://management.azure.com/"", ""client"", {|#0:new UserPasswordCredential(user, password)|});
        var credential = {|#1:new UserPasswordCredential(user, secure)|};
        var second = await ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", ""client"", credential);
        return result.AccessToken + second.AccessToken;
    }
}";
            await Verify(source, Expected(0), Expected(1));
        }

        [Fact]
        public async Task AcquireTokenAsync_IsReported_WhenTheCredentialIsCreatedElsewhere()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    private readonly UserPasswordCredential _credential;

    Sync(UserPasswordCredential credential) => _credential = credential;

    Task<AuthenticationResult> FromField(AuthenticationContext ctx) =>
        {|#0:ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", ""client"", _credential)|};

    Task<AuthenticationResult> FromParameter(AuthenticationContext ctx, UserPasswordCredential credential)
    {
        UserCredential copy = credential;
        return {|#1:AuthenticationContextIntegratedAuthExtensions.AcquireTokenAsync(ctx, ""https://graph.microsoft.com/"", ""client"", (UserPasswordCredential)copy)|};
    }
}";
            const string member = "AuthenticationContextIntegratedAuthExtensions.AcquireTokenAsync";
            await Verify(source, Expected(0, member), Expected(1, member));
        }

        [Fact]
        public async Task IntegratedWindowsAuthAndAppCredentials_AreNotReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task GetAsync(AuthenticationContext ctx, UserCredential anyUser)
    {
        await ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", ""client"", new UserCredential());
        await ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", ""client"", new UserCredential(""svc@contoso.com""));
        await ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", ""client"", anyUser);
#pragma warning disable CS0618
        await ctx.AcquireTokenAsync(""https://graph.microsoft.com/"", new ClientCredential(""client"", ""app-secret""));
#pragma warning restore CS0618
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task SameNamedTypeOutsideAdal_IsNotReported()
        {
            const string source = @"
namespace Contoso.Auth
{
    class UserPasswordCredential
    {
        public UserPasswordCredential(string userName, string password) { }
    }

    class Sync
    {
        object Create() => new UserPasswordCredential(""u"", ""p"");
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
class UserPasswordCredential
{
    public UserPasswordCredential(string userName, string password) { }
    object Create() => new UserPasswordCredential(""u"", ""p"");
}",
            }.OnNetFramework(TestReferences.AdalNetFramework).WithoutVendorReferences();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    void Get(AuthenticationContext ctx, Missing other)
    {
        var a = new UserPasswordCredential(""u"");
        var b = new UserPasswordCredential(;
        ctx.AcquireTokenAsync(""r"", ""c"", other);
        ctx.AcquireTokenAsync(""r"", ""c"");
        var c = {|#0:new UserPasswordCredential(""u"", ""p"")|}
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            }.OnNetFramework(TestReferences.AdalNetFramework);
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task NoFix_IsOffered()
        {
            // ADAL and MSAL return different AuthenticationResult types and need different app objects, so there is
            // no rewrite that provably compiles: the diagnostic and its help page explain the migration.
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task<string> GetAsync(AuthenticationContext ctx, string user, string password)
    {
        var result = await ctx.AcquireTokenAsync(""https://api.partnercenter.microsoft.com"", ""client"", {|#0:new UserPasswordCredential(user, password)|});
        return result.AccessToken;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.OnNetFramework(TestReferences.AdalNetFramework);
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    object Create() => {|#0:new UserPasswordCredential(""svc@contoso.com"", ""Hunter2-Secret!"")|};
}";
            await Verify(source, Expected(0));
        }
    }
}
