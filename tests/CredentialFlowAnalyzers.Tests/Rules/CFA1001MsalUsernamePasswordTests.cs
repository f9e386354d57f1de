using System.Threading.Tasks;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1001MsalUsernamePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1001MsalUsernamePasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1001MsalUsernamePasswordTests
    {
        private const string Replacement = "a refresh token from a secret store (IByRefreshToken.AcquireTokenByRefreshToken), app-only AcquireTokenForClient, or AcquireTokenWithDeviceCode/AcquireTokenInteractive";

        private static DiagnosticResult Expected(int location, string member = "IPublicClientApplication.AcquireTokenByUsernamePassword") =>
            VerifyCS.Diagnostic("CFA1001").WithLocation(location).WithArguments(member, Replacement);

        [Fact]
        public async Task PublicClientInterface_StringPassword_IsReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task<string> GetTokenAsync(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        var result = await {|#0:app.AcquireTokenByUsernamePassword(new[] { ""https://graph.microsoft.com/.default"" }, user, password)|}.ExecuteAsync();
#pragma warning restore CS0618
        return result.AccessToken;
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }

        [Fact]
        public async Task PublicClientInterface_SecureStringPassword_IsReported()
        {
            const string source = @"
using System.Security;
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app, string user, SecureString password)
    {
#pragma warning disable CS0618
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
#pragma warning restore CS0618
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }

        [Fact]
        public async Task PublicClientClass_IsReported()
        {
            const string source = @"
using Microsoft.Identity.Client;

class Sync
{
    object Get(PublicClientApplication app)
    {
#pragma warning disable CS0618
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc@contoso.com"", GetPassword())|};
#pragma warning restore CS0618
    }

    string GetPassword() => null;
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "PublicClientApplication.AcquireTokenByUsernamePassword"));
        }

        [Fact]
        public async Task ConfidentialClient_ByUsernameAndPassword_IsReported()
        {
            const string source = @"
using Microsoft.Identity.Client;

class Sync
{
    object Get(IConfidentialClientApplication cca, string user, string password)
    {
        return {|#0:((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0, "IByUsernameAndPassword.AcquireTokenByUsernamePassword"));
        }

        [Fact]
        public async Task MfaCapableFlows_AreNotReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app, IConfidentialClientApplication cca, IAccount account, string rt)
    {
        var scopes = new[] { ""User.Read"" };
        await app.AcquireTokenSilent(scopes, account).ExecuteAsync();
        await app.AcquireTokenInteractive(scopes).ExecuteAsync();
        await app.AcquireTokenWithDeviceCode(scopes, d => Task.CompletedTask).ExecuteAsync();
        await ((IByRefreshToken)cca).AcquireTokenByRefreshToken(scopes, rt).ExecuteAsync();
        await cca.AcquireTokenForClient(scopes).ExecuteAsync();
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task SameNamedMethodOnUserType_IsNotReported()
        {
            const string source = @"
class MyAuth
{
    public object AcquireTokenByUsernamePassword(string[] scopes, string user, string password) => null;
}

interface IByUsernameAndPassword
{
    object AcquireTokenByUsernamePassword(string[] scopes, string user, string password);
}

class Sync
{
    void Get(MyAuth auth, IByUsernameAndPassword other)
    {
        auth.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""u"", ""p"");
        other.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""u"", ""p"");
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
class PublicClientApplication
{
    public object AcquireTokenByUsernamePassword(string[] scopes, string user, string password) => null;
    void M() => AcquireTokenByUsernamePassword(new[] { ""x"" }, ""u"", ""p"");
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
using Microsoft.Identity.Client;

class Sync
{
    void Get(IPublicClientApplication app, Missing other)
    {
#pragma warning disable CS0618
        app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc"");
        app.AcquireTokenByUsernamePassword(;
        other.AcquireTokenByUsernamePassword(new[] { ""x"" }, ""u"", ""p"");
        var x = app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc"", UnknownPassword);
        var y = {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc"", ""pwd"")|}
#pragma warning restore CS0618
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_PublicClient_RefreshTokenFromEnvironment_RemovesPasswordPlumbing()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    private const string ServicePassword = ""P@ssw0rd!"";

    async Task<string> GetTokenAsync(IPublicClientApplication app)
    {
        var scopes = new[] { ""https://graph.microsoft.com/.default"" };
        string user = ""svc@contoso.com"";
#pragma warning disable CS0618
        // sign in as the service account
        var result = await {|#0:app.AcquireTokenByUsernamePassword(scopes, user, ServicePassword)|}.ExecuteAsync();
#pragma warning restore CS0618
        return result.AccessToken;
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using TestProject;

class Sync
{
    async Task<string> GetTokenAsync()
    {
        var scopes = new[] { ""https://graph.microsoft.com/.default"" };
        // sign in as the service account
        var result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(scopes, Environment.GetEnvironmentVariable(""GRAPH__REFRESHTOKEN""));
        return result.AccessToken;
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_RefreshTokenFromKeyVault_WhenSecretClientInScope()
        {
            const string source = @"
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Identity.Client;

class Sync
{
    private readonly SecretClient _vault;

    Sync(SecretClient vault) => _vault = vault;

    async Task<string> GetTokenAsync(IConfidentialClientApplication cca, string user, string password)
    {
        var result = await {|#0:((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|}.ExecuteAsync();
        return result.AccessToken;
    }
}";
            const string fixedSource = @"
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Identity.Client;

class Sync
{
    private readonly SecretClient _vault;

    Sync(SecretClient vault) => _vault = vault;

    async Task<string> GetTokenAsync(IConfidentialClientApplication cca)
    {
        var result = await ((IByRefreshToken)cca).AcquireTokenByRefreshToken(new[] { ""User.Read"" }, (await _vault.GetSecretAsync(""SecureApp--RefreshToken"", cancellationToken: default)).Value.Value).ExecuteAsync();
        return result.AccessToken;
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0, "IByUsernameAndPassword.AcquireTokenByUsernamePassword"), fixedSource);
        }

        [Fact]
        public async Task Fix_PublicClientBuilderNotExecutedAtOnce_GetsNoRefreshTokenOnThePublicClient_DeviceCodeFirst()
        {
            const string source = @"
using System.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app, IConfiguration configuration)
    {
        string plain = configuration[""Sync:Password""];
        var secure = new SecureString();
        foreach (char c in plain)
        {
            secure.AppendChar(c);
        }

#pragma warning disable CS0618
        var builder = {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc@contoso.com"", secure)|};
#pragma warning restore CS0618
        return builder;
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app)
    {
        var builder = app.AcquireTokenWithDeviceCode(new[] { ""User.Read"" }, deviceCode => { Console.WriteLine(deviceCode.Message); return Task.CompletedTask; });
        return builder;
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), fixedSource);
        }

        [Fact]
        public async Task Fix_DeviceCode_IsSecondAction()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        await {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|}.ExecuteAsync();
#pragma warning restore CS0618
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app)
    {
        await app.AcquireTokenWithDeviceCode(new[] { ""User.Read"" }, deviceCode => { Console.WriteLine(deviceCode.Message); return Task.CompletedTask; }).ExecuteAsync();
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = "CFA1001.DeviceCode", CodeActionIndex = 1 };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_Interactive_KeepsUserAsLoginHint()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app, string password)
    {
        string user = ""admin@contoso.com"";
#pragma warning disable CS0618
        await {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|}.ExecuteAsync();
#pragma warning restore CS0618
    }
}";
            const string fixedSource = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app)
    {
        string user = ""admin@contoso.com"";
        await app.AcquireTokenInteractive(new[] { ""User.Read"" }).WithLoginHint(user).ExecuteAsync();
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = "CFA1001.Interactive", CodeActionIndex = 2 };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_ConfidentialClient_AppOnly()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IConfidentialClientApplication cca, string user, string password)
    {
        await {|#0:((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""https://graph.microsoft.com/.default"" }, user, password)|}.ExecuteAsync();
    }
}";
            const string fixedSource = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IConfidentialClientApplication cca)
    {
        await ((IConfidentialClientApplication)cca).AcquireTokenForClient(new[] { ""https://graph.microsoft.com/.default"" }).ExecuteAsync();
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = "CFA1001.AppOnly", CodeActionIndex = 1 };
            test.ExpectedDiagnostics.Add(Expected(0, "IByUsernameAndPassword.AcquireTokenByUsernamePassword"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_NotOffered_WhenResultTypeIsDeclaredExplicitly()
        {
            const string source = @"
using Microsoft.Identity.Client;

class Sync
{
    void Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        AcquireTokenByUsernamePasswordParameterBuilder builder = {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
#pragma warning restore CS0618
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), source);
        }

        [Fact]
        public async Task FixAll_RewritesEveryCallInTheDocument()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        await {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|}.ExecuteAsync();
        await {|#1:app.AcquireTokenByUsernamePassword(new[] { ""Mail.Read"" }, user, password)|}.ExecuteAsync();
#pragma warning restore CS0618
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using TestProject;

class Sync
{
    async Task Get()
    {
        await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ""User.Read"" }, Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""));
        await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ""Mail.Read"" }, Environment.GetEnvironmentVariable(""SECUREAPP__REFRESHTOKEN""));
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithTokenProvider();
            test.ExpectedDiagnostics.AddRange(new[] { Expected(0), Expected(1) });
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app)
    {
#pragma warning disable CS0618
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""svc@contoso.com"", ""Hunter2-Secret!"")|};
#pragma warning restore CS0618
    }
}";
            // The expected message arguments are the member and the catalog's replacement text: nothing from the call.
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));

            // And the rendered message, title and properties (what SARIF carries) never show the password.
            var diagnostics = await AnalyzerRunner.RunAsync(source.Replace("{|#0:", "").Replace("|}", ""), new CFA1001MsalUsernamePasswordAnalyzer());
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
        }
    }
}
