using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4006DataversePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4006DataverseConnectionStringCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4006DataversePasswordTests
    {
        private static DiagnosticResult ForString(int location, string what) =>
            VerifyCS.Diagnostic("CFA4006").WithLocation(location).WithArguments("This connection string", what);

        private static DiagnosticResult ForConstructor(int location, string type) =>
            VerifyCS.Diagnostic("CFA4006").WithLocation(location).WithArguments("'" + type + "'", "a user name and password constructor");

        [Fact]
        public async Task Office365ConnectionString_IsReportedAndRewrittenToOAuth()
        {
            const string source = @"
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    CrmServiceClient Connect() =>
        new CrmServiceClient({|#0:""AuthType=Office365;Username=jsmith@contoso.onmicrosoft.com;Password=passcode;Url=https://contoso.crm.dynamics.com""|});
}";
            const string fixedSource = @"
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    CrmServiceClient Connect() =>
        new CrmServiceClient(""AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto"");
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithStubs("Microsoft.Xrm.Tooling.Connector");
            test.ExpectedDiagnostics.Add(ForString(0, "AuthType=Office365"));
            await test.RunAsync();
        }

        [Fact]
        public async Task OAuthWithPassword_Constant_IsReportedAndKeepsAppRegistration()
        {
            const string source = @"
using Microsoft.PowerPlatform.Dataverse.Client;

class Crm
{
    private const string Dataverse = {|#0:@""AuthType=OAuth; Url=https://contoso.crm4.dynamics.com; Username=svc@contoso.com; Password=Secret1; AppId=11111111-2222-3333-4444-555555555555; RedirectUri=http://localhost; LoginPrompt=Never""|};

    ServiceClient Connect() => new ServiceClient(Dataverse);
}";
            const string fixedSource = @"
using Microsoft.PowerPlatform.Dataverse.Client;

class Crm
{
    private const string Dataverse = @""AuthType=OAuth; Url=https://contoso.crm4.dynamics.com; AppId=11111111-2222-3333-4444-555555555555; RedirectUri=http://localhost; LoginPrompt=Never"";

    ServiceClient Connect() => new ServiceClient(Dataverse);
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithStubs("Microsoft.PowerPlatform.Dataverse.Client");
            test.ExpectedDiagnostics.Add(ForString(0, "Username and Password"));
            await test.RunAsync();
        }

        [Fact]
        public async Task AdToOnlineOrg_IsReported_OnPremisesIsNot()
        {
            const string source = @"
class Crm
{
    string Online = {|#0:""AuthType=AD;Url=https://contoso.crm.dynamics.com/org;Domain=CONTOSO;Username=svc;Password=Secret1""|};
    string OnPrem = ""AuthType=AD;Url=https://crm.contoso.local/org;Domain=CONTOSO;Username=svc;Password=Secret1"";
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = @"
class Crm
{
    string Online = ""AuthType=OAuth;Url=https://contoso.crm.dynamics.com/org;Domain=CONTOSO;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto"";
    string OnPrem = ""AuthType=AD;Url=https://crm.contoso.local/org;Domain=CONTOSO;Username=svc;Password=Secret1"";
}" };
            test.ExpectedDiagnostics.Add(ForString(0, "Username and Password"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Concatenation_IsReportedOnce_WithoutFix()
        {
            const string source = @"
class Crm
{
    const string Cs = {|#0:""AuthType=Office365;"" + ""Url=https://contoso.crm.dynamics.com;""|};

    string Build(string user, string password) => {|#1:""AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=""|} + user + "";Password="" + password;
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
            test.ExpectedDiagnostics.Add(ForString(0, "AuthType=Office365"));
            test.ExpectedDiagnostics.Add(ForString(1, "AuthType=Office365"));
            await test.RunAsync();
        }

        [Fact]
        public async Task InterpolatedWithSpacesAroundEquals_IsReported()
        {
            const string source = @"
class Crm
{
    string Build(string url, string user, string password) =>
        {|#0:$""AuthType = OAuth; Url = {url}; Username = {user}; Password = {password}; AppId = 51f81489-12ee-4a9e-aaae-a2591f45987d; RedirectUri = app://58145B91-0C36-4500-8554-080854F2AC97""|};
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
            test.ExpectedDiagnostics.Add(ForString(0, "Username and Password"));
            await test.RunAsync();
        }

        [Fact]
        public async Task BuiltWithPlusEquals_IsReportedAtThePieceAddingThePassword()
        {
            const string source = @"
using System.Net;
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    CrmServiceClient Connect(string url, NetworkCredential credentials)
    {
        string connectionString = ""Url="" + url + "";"";
        connectionString += ""AuthType=OAuth;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;"";
        connectionString += {|#0:$""Username={credentials.UserName};Password={credentials.Password};""|};
        return new CrmServiceClient(connectionString);
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs("Microsoft.Xrm.Tooling.Connector");
            test.ExpectedDiagnostics.Add(ForString(0, "Username and Password"));
            await test.RunAsync();
        }

        [Fact]
        public async Task NearMiss_ClientSecretBuiltOrInterpolated_IsNotReported()
        {
            const string source = @"
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    string Interpolated(string url, string appId, string secret) => $""AuthType = ClientSecret; Url = {url}; ClientId = {appId}; ClientSecret = {secret}"";

    CrmServiceClient Connect(string url, string appId, string secret)
    {
        string connectionString = ""AuthType=ClientSecret;Url="" + url + "";"";
        connectionString += $""ClientId={appId};ClientSecret={secret};"";
        return new CrmServiceClient(connectionString);
    }

    string Display(string user, string password) => $""Username={user}; Password={password}"";
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs("Microsoft.Xrm.Tooling.Connector");
            await test.RunAsync();
        }

        [Fact]
        public async Task PasswordConstructors_AreReported_WithoutFix()
        {
            const string source = @"
using System;
using System.Security;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    void Connect(string user, SecureString password, string clientId)
    {
        var a = {|#0:new CrmServiceClient(user, password, ""NorthAmerica"", ""contoso"", isOffice365: true)|};
        var b = {|#1:new ServiceClient(user, password, ""NorthAmerica"", ""contoso"", true, null, clientId, new Uri(""http://localhost""))|};
        var c = {|#2:new ServiceClient(user, password, new Uri(""https://contoso.crm.dynamics.com""), true, clientId, new Uri(""http://localhost""))|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs("Microsoft.Xrm.Tooling.Connector", "Microsoft.PowerPlatform.Dataverse.Client");
            test.ExpectedDiagnostics.Add(ForConstructor(0, "CrmServiceClient"));
            test.ExpectedDiagnostics.Add(ForConstructor(1, "ServiceClient"));
            test.ExpectedDiagnostics.Add(ForConstructor(2, "ServiceClient"));
            await test.RunAsync();
        }

        [Fact]
        public async Task AppOnly_TokenProvider_Interactive_AndDecoys_AreNotReported()
        {
            const string source = @"
using System;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;

class Crm
{
    void Connect(Uri url, string clientId, string secret, Func<string, Task<string>> tokens)
    {
        new ServiceClient(""AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=abc;ClientSecret=xyz"");
        new ServiceClient(""AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=abc;Thumbprint=0123"");
        new ServiceClient(""AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=abc;RedirectUri=http://localhost;LoginPrompt=Auto"");
        new ServiceClient(url, tokens);
        new ServiceClient(url, clientId, secret, true);
        new Decoy.Client.ServiceClient(""x"", null, ""NorthAmerica"", ""org"", true, null, clientId, url);
    }
}";
            await new VerifyCS.Test { TestCode = source }.WithStubs("Microsoft.PowerPlatform.Dataverse.Client").RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
class Crm
{
    void M()
    {
        var cs = {|#0:""AuthType=Office365;Username=a;Password=b;Url=https://x.crm.dynamics.com""|};
        cs.
    }
}";
            var test = new VerifyCS.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
            test.ExpectedDiagnostics.Add(ForString(0, "AuthType=Office365"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryLiteral()
        {
            const string source = @"
class Crm
{
    string A = {|#0:""AuthType=Office365;Username=a;Password=b;Url=https://x.crm.dynamics.com;""|};
    string B = {|#1:""AuthType=OAuth;Username=a;Password=b;Url=https://y.crm.dynamics.com;AppId=c;RedirectUri=http://localhost""|};
}";
            const string fixedSource = @"
class Crm
{
    string A = ""AuthType=OAuth;Url=https://x.crm.dynamics.com;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto;"";
    string B = ""AuthType=OAuth;Url=https://y.crm.dynamics.com;AppId=c;RedirectUri=http://localhost;LoginPrompt=Auto"";
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.Add(ForString(0, "AuthType=Office365"));
            test.ExpectedDiagnostics.Add(ForString(1, "Username and Password"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_AndProperties_NeverContainThePassword()
        {
            const string source = @"class Crm { string A = ""AuthType=Office365;Username=a@contoso.com;Password=Hunter2-Secret!;Url=https://x.crm.dynamics.com""; }";
            var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4006DataversePasswordAnalyzer(), source, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.MetadataReference>.Empty);
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
            AnalyzerRunner.AssertNoSecret(diagnostics, "Password=");
        }
    }
}
