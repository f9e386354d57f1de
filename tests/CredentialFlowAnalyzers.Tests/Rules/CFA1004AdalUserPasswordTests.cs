using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1004AdalUserPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1004AdalUserPasswordCodeFix>;

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
        public async Task NoFix_WithoutMsal()
        {
            // Without MSAL referenced there is nothing to migrate to in this project: the help page explains the migration.
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
        public async Task Fix_WithMsal_RefreshTokenExchange_RemovesPasswordPlumbing()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    private const string ArmResource = ""https://management.azure.com/"";

    async Task<string> GetAsync(AuthenticationContext ctx, string clientId)
    {
        string user = ""svc@contoso.com"";
        string password = ""P@ssw0rd!"";

        AuthenticationResult result = await ctx.AcquireTokenAsync(ArmResource, clientId, {|#0:new UserPasswordCredential(user, password)|});
        return result.AccessToken + result.ExpiresOn;
    }
}";
            const string fixedSource = @"
using System.Configuration;
using System.Threading.Tasks;
using TestProject;

class Sync
{
    private const string ArmResource = ""https://management.azure.com/"";

    async Task<string> GetAsync()
    {
        var result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ArmResource + ""/.default"" }, ConfigurationManager.AppSettings[""AzureResourceManager:RefreshToken""]);
        return result.AccessToken + result.ExpiresOn;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.OnNetFramework(TestReferences.AdalAndMsalNetFramework).WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task NoFix_WhenTheResultUsesAdalOnlyMembers()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task<string> GetAsync(AuthenticationContext ctx, string user, string password)
    {
        var result = await ctx.AcquireTokenAsync(""https://graph.microsoft.com"", ""client"", {|#0:new UserPasswordCredential(user, password)|});
        return result.UserInfo.DisplayableId;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.OnNetFramework(TestReferences.AdalAndMsalNetFramework);
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_CredentialBuiltIntoALocalFirst_TheUsualShape()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task<string> GetAsync(AuthenticationContext ctx, string user, string password)
    {
        var credential = {|#0:new UserPasswordCredential(user, password)|};
        var result = await ctx.AcquireTokenAsync(""https://graph.microsoft.com"", ""client"", credential);
        return result.AccessToken;
    }
}";
            const string fixedSource = @"
using System.Configuration;
using System.Threading.Tasks;
using TestProject;

class Sync
{
    async Task<string> GetAsync()
    {
        var result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ""https://graph.microsoft.com/.default"" }, ConfigurationManager.AppSettings[""Graph:RefreshToken""]);
        return result.AccessToken;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.OnNetFramework(TestReferences.AdalAndMsalNetFramework).WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_WithMsal_RewritesEverySignIn()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    async Task<string> GetAsync(AuthenticationContext ctx, string user, string password)
    {
        var graph = await ctx.AcquireTokenAsync(""https://graph.microsoft.com"", ""client"", {|#0:new UserPasswordCredential(user, password)|});
        var arm = await AuthenticationContextIntegratedAuthExtensions.AcquireTokenAsync(ctx, ""https://management.azure.com/"", ""client"", {|#1:new UserPasswordCredential(user, password)|});
        return graph.AccessToken + arm.AccessToken;
    }
}";
            const string fixedSource = @"
using System.Configuration;
using System.Threading.Tasks;
using TestProject;

class Sync
{
    async Task<string> GetAsync()
    {
        var graph = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ""https://graph.microsoft.com/.default"" }, ConfigurationManager.AppSettings[""Graph:RefreshToken""]);
        var arm = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ""https://management.azure.com//.default"" }, ConfigurationManager.AppSettings[""AzureResourceManager:RefreshToken""]);
        return graph.AccessToken + arm.AccessToken;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.OnNetFramework(TestReferences.AdalAndMsalNetFramework).WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0));
            test.ExpectedDiagnostics.Add(Expected(1));
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
