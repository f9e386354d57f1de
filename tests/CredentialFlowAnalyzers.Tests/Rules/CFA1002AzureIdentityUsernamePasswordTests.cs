using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1002AzureIdentityUsernamePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1002AzureIdentityUsernamePasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1002AzureIdentityUsernamePasswordTests
    {
        private const string Replacement = "a credential that supports MFA or needs no user password (DefaultAzureCredential, ManagedIdentityCredential, ClientCertificateCredential, InteractiveBrowserCredential, DeviceCodeCredential)";

        private static DiagnosticResult Expected(int location) =>
            VerifyCS.Diagnostic("CFA1002").WithLocation(location).WithArguments("UsernamePasswordCredential", Replacement);

        [Fact]
        public async Task AllThreeConstructors_AreReported()
        {
            const string source = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    TokenCredential[] Create(string user, string password, string tenant, string client) => new TokenCredential[]
    {
        {|#0:new UsernamePasswordCredential(user, password, tenant, client)|},
        {|#1:new UsernamePasswordCredential(user, password, tenant, client, new TokenCredentialOptions())|},
        {|#2:new UsernamePasswordCredential(user, password, tenant, client, new UsernamePasswordCredentialOptions())|},
    };
#pragma warning restore CS0618
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0), Expected(1), Expected(2));
        }

        [Fact]
        public async Task TargetTypedNew_IsReported()
        {
            const string source = @"
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    UsernamePasswordCredential Create(string user, string password) => {|#0:new(user, password, ""tenant"", ""client"")|};
#pragma warning restore CS0618
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }

        [Fact]
        public async Task OtherCredentials_AreNotReported()
        {
            const string source = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
    TokenCredential[] Create(string tenant, string client, string secret) => new TokenCredential[]
    {
        new DefaultAzureCredential(),
        new ClientSecretCredential(tenant, client, secret),
        new ClientCertificateCredential(tenant, client, ""cert.pfx""),
        new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned),
        new InteractiveBrowserCredential(new InteractiveBrowserCredentialOptions { TenantId = tenant, ClientId = client }),
        new DeviceCodeCredential(new DeviceCodeCredentialOptions { TenantId = tenant, ClientId = client }),
        new EnvironmentCredential(),
    };
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task SameNamedTypeOutsideAzureIdentity_IsNotReported()
        {
            const string source = @"
namespace My.Identity
{
    class UsernamePasswordCredential
    {
        public UsernamePasswordCredential(string username, string password, string tenantId, string clientId) { }
    }

    class Sync
    {
        object Create() => new UsernamePasswordCredential(""u"", ""p"", ""t"", ""c"");
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task LibraryNotReferenced_IsNotReported()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
namespace Contoso.Identity
{
    class UsernamePasswordCredential
    {
        public UsernamePasswordCredential(string username, string password, string tenantId, string clientId) { }
        object Create() => new UsernamePasswordCredential(""u"", ""p"", ""t"", ""c"");
    }
}",
            }.WithoutVendorReferences();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_MissingArgumentsAndErrorTypes_DoNotCrash()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    void Create(Missing tenant)
    {
        var a = new UsernamePasswordCredential(""u"", ""p"");
        var b = new UsernamePasswordCredential(;
        var c = new UsernamePasswordCredential(""u"", ""p"", tenant, ""c"");
        var d = {|#0:new UsernamePasswordCredential(""u"", ""p"", ""t"", ""c"")|}
    }
#pragma warning restore CS0618
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_DefaultAzureCredential_ChangesDeclaredTypeAndRemovesPassword()
        {
            const string source = @"
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using System;

class Sync
{
    private const string ServicePassword = ""P@ssw0rd!"";

    SecretClient Create(string tenantId, string clientId)
    {
        string user = ""svc@contoso.com"";
#pragma warning disable CS0618
        UsernamePasswordCredential credential = {|#0:new UsernamePasswordCredential(user, ServicePassword, tenantId, clientId)|};
#pragma warning restore CS0618
        return new SecretClient(new Uri(""https://vault.vault.azure.net""), credential);
    }
}";
            const string fixedSource = @"
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using System;

class Sync
{
    SecretClient Create(string tenantId, string clientId)
    {
#pragma warning disable CS0618
        TokenCredential credential = new DefaultAzureCredential();
#pragma warning restore CS0618
        return new SecretClient(new Uri(""https://vault.vault.azure.net""), credential);
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), fixedSource);
        }

        [Fact]
        public async Task Fix_InteractiveBrowser_KeepsTenantClientAndLoginHint()
        {
            const string source = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
    TokenCredential Create(string user, string password)
    {
#pragma warning disable CS0618
        return {|#0:new UsernamePasswordCredential(user, password, ""contoso.onmicrosoft.com"", ""11111111-2222-3333-4444-555555555555"")|};
#pragma warning restore CS0618
    }
}";
            const string fixedSource = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
    TokenCredential Create(string user, string password)
    {
#pragma warning disable CS0618
        return new InteractiveBrowserCredential(new InteractiveBrowserCredentialOptions { TenantId = ""contoso.onmicrosoft.com"", ClientId = ""11111111-2222-3333-4444-555555555555"", LoginHint = user });
#pragma warning restore CS0618
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = "CFA1002.InteractiveBrowser", CodeActionIndex = 1 };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_DeviceCode_IsThirdAction()
        {
            const string source = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
    TokenCredential Create(string user, string password, string tenant, string client)
    {
#pragma warning disable CS0618
        var credential = {|#0:new UsernamePasswordCredential(user, password, tenant, client, new UsernamePasswordCredentialOptions())|};
#pragma warning restore CS0618
        return credential;
    }
}";
            const string fixedSource = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
    TokenCredential Create(string user, string password, string tenant, string client)
    {
#pragma warning disable CS0618
        var credential = new DeviceCodeCredential(new DeviceCodeCredentialOptions { TenantId = tenant, ClientId = client });
#pragma warning restore CS0618
        return credential;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = "CFA1002.DeviceCode", CodeActionIndex = 2 };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_NotOffered_WhenThePasswordCredentialTypeIsNeededLater()
        {
            // The caller's signature demands a UsernamePasswordCredential: no replacement compiles there.
            const string source = @"
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    void Use(UsernamePasswordCredential credential) { }

    void Create(string user, string password)
    {
        Use({|#0:new UsernamePasswordCredential(user, password, ""tenant"", ""client"")|});
    }
#pragma warning restore CS0618
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), source);
        }

        [Fact]
        public async Task FixAll_ReplacesEveryConstruction()
        {
            const string source = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    TokenCredential Graph(string u, string p) => {|#0:new UsernamePasswordCredential(u, p, ""t"", ""c"")|};

    TokenCredential Arm(string u, string p) => {|#1:new UsernamePasswordCredential(u, p, ""t"", ""c"")|};
#pragma warning restore CS0618
}";
            const string fixedSource = @"
using Azure.Core;
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    TokenCredential Graph(string u, string p) => new DefaultAzureCredential();

    TokenCredential Arm(string u, string p) => new DefaultAzureCredential();
#pragma warning restore CS0618
}";
            await VerifyCS.VerifyCodeFixAsync(source, new[] { Expected(0), Expected(1) }, fixedSource);
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    object Create() => {|#0:new UsernamePasswordCredential(""svc@contoso.com"", ""Hunter2-Secret!"", ""t"", ""c"")|};
#pragma warning restore CS0618
}";
            // The expected message arguments are the type name and the catalog's replacement text: nothing from the call.
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }
    }
}
