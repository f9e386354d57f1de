using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4005SharePointPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4005SharePointAccessTokenCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4005SharePointPasswordTests
    {
        private const string Csom = "an access token on ClientContext.ExecutingWebRequest (MSAL), or PnP.Framework AuthenticationManager.CreateWithCertificate";
        private const string PnPCore = "GetAzureADAppOnlyAuthenticatedContext (certificate) or GetAzureADAccessTokenAuthenticatedContext, or move to PnP.Framework";
        private const string PnPFramework = "AuthenticationManager.CreateWithCertificate (app-only), CreateWithAccessToken, CreateWithDeviceLogin or CreateWithInteractiveLogin";

        private static DiagnosticResult Expected(int location, string member, string replacement) =>
            VerifyCS.Diagnostic("CFA4005").WithLocation(location).WithArguments(member, replacement);

        [Fact]
        public async Task CsomSharePointOnlineCredentials_IsReported_WithoutFix()
        {
            const string source = @"
using System.Security;
using Microsoft.SharePoint.Client;

class Sites
{
    void Load(string user, SecureString password)
    {
        using (var context = new ClientContext(""https://contoso.sharepoint.com/sites/ops""))
        {
            context.Credentials = {|#0:new SharePointOnlineCredentials(user, password)|};
            context.ExecuteQuery();
        }
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs("Microsoft.SharePoint.Client");
            test.ExpectedDiagnostics.Add(Expected(0, "SharePointOnlineCredentials", Csom));
            await test.RunAsync();
        }

        [Fact]
        public async Task ClientContextNetworkCredential_ToSharePointOnline_IsReported_OnPremisesIsNot()
        {
            const string source = @"
using System.Net;
using Microsoft.SharePoint.Client;

class Sites
{
    void Online(string user, string password)
    {
        var context = new ClientContext(""https://contoso.sharepoint.com/sites/ops"");
        {|#0:context.Credentials = new NetworkCredential(user, password)|};
    }

    void OnPremises(string user, string password)
    {
        var context = new ClientContext(""https://sharepoint.contoso.local/sites/ops"");
        context.Credentials = new NetworkCredential(user, password, ""CONTOSO"");
        context.Credentials = CredentialCache.DefaultNetworkCredentials;
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.WithStubs("Microsoft.SharePoint.Client");
            test.ExpectedDiagnostics.Add(Expected(0, "ClientContext.Credentials", Csom));
            await test.RunAsync();
        }

        [Fact]
        public async Task PnPSitesCore_UserPasswordMethods_AreReported()
        {
            const string source = @"
using System.Security;
using OfficeDevPnP.Core;

class Sites
{
    void Load(string url, string user, string password, SecureString secure)
    {
        var manager = new AuthenticationManager();
        {|#0:manager.GetSharePointOnlineAuthenticatedContextTenant(url, user, password)|};
        {|#1:manager.GetSharePointOnlineAuthenticatedContextTenant(url, user, secure)|};
        {|#2:manager.GetAzureADCredentialsContext(url, user, password)|};
        {|#3:manager.GetAzureADCredentialsContext(url, user, secure)|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.WithStubs("OfficeDevPnP.Core");
            test.ExpectedDiagnostics.Add(Expected(0, "AuthenticationManager.GetSharePointOnlineAuthenticatedContextTenant", PnPCore));
            test.ExpectedDiagnostics.Add(Expected(1, "AuthenticationManager.GetSharePointOnlineAuthenticatedContextTenant", PnPCore));
            test.ExpectedDiagnostics.Add(Expected(2, "AuthenticationManager.GetAzureADCredentialsContext", PnPCore));
            test.ExpectedDiagnostics.Add(Expected(3, "AuthenticationManager.GetAzureADCredentialsContext", PnPCore));
            await test.RunAsync();
        }

        [Fact]
        public async Task PnPFramework_CreateWithCredentials_AndConstructors_AreReported()
        {
            const string source = @"
using System.Security;
using PnP.Framework;

class Sites
{
    void Load(string clientId, string user, SecureString password)
    {
        using (var context = {|#0:AuthenticationManager.CreateWithCredentials(user, password)|}.GetContext(""https://contoso.sharepoint.com""))
        {
        }

        var a = {|#1:AuthenticationManager.CreateWithCredentials(clientId, user, password)|};
        var b = {|#2:new AuthenticationManager(user, password)|};
        var c = {|#3:new AuthenticationManager(clientId, user, password)|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.WithStubs("PnP.Framework");
            test.ExpectedDiagnostics.Add(Expected(0, "AuthenticationManager.CreateWithCredentials", PnPFramework));
            test.ExpectedDiagnostics.Add(Expected(1, "AuthenticationManager.CreateWithCredentials", PnPFramework));
            test.ExpectedDiagnostics.Add(Expected(2, "AuthenticationManager", PnPFramework));
            test.ExpectedDiagnostics.Add(Expected(3, "AuthenticationManager", PnPFramework));
            await test.RunAsync();
        }

        [Fact]
        public async Task PnPFramework_Fix_UsesAccessToken_AndRemovesPasswordPlumbing()
        {
            const string source = @"
using System.Security;
using PnP.Framework;

class Sites
{
    string Title(string siteUrl, string user, string password)
    {
        var secure = new SecureString();
        foreach (char c in password)
        {
            secure.AppendChar(c);
        }

        using (var context = {|#0:AuthenticationManager.CreateWithCredentials(user, secure)|}.GetContext(siteUrl))
        {
            return context.Web.Title;
        }
    }

    AuthenticationManager Manager(string clientId, string user, SecureString password) => {|#1:new AuthenticationManager(clientId, user, password)|};
}";
            const string fixedSource = @"
using PnP.Framework;
using TestProject;

class Sites
{
    string Title(string siteUrl)
    {
        using (var context = AuthenticationManager.CreateWithCertificate(SecureAppTokenProvider.ClientId, SecureAppTokenProvider.Certificate, SecureAppTokenProvider.TenantId).GetContext(siteUrl))
        {
            return context.Web.Title;
        }
    }

    AuthenticationManager Manager() => new AuthenticationManager(SecureAppTokenProvider.ClientId, SecureAppTokenProvider.Certificate, SecureAppTokenProvider.TenantId);
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithStubs("PnP.Framework").WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0, "AuthenticationManager.CreateWithCredentials", PnPFramework));
            test.ExpectedDiagnostics.Add(Expected(1, "AuthenticationManager", PnPFramework));
            await test.RunAsync();
        }

        [Fact]
        public async Task PnPSitesCore_Fix_UsesAccessTokenContext_AndRemovesTheLiteral()
        {
            const string source = @"
using OfficeDevPnP.Core;

class Sites
{
    private const string TenantPassword = ""Spring2024!"";

    void Load(string siteUrl)
    {
        using (var manager = new AuthenticationManager())
        using (var context = {|#0:manager.GetSharePointOnlineAuthenticatedContextTenant(siteUrl, ""admin@contoso.onmicrosoft.com"", TenantPassword)|})
        {
            context.ExecuteQuery();
        }
    }
}";
            const string fixedSource = @"
using OfficeDevPnP.Core;
using TestProject;

class Sites
{
    void Load(string siteUrl)
    {
        using (var manager = new AuthenticationManager())
        using (var context = manager.GetAzureADAppOnlyAuthenticatedContext(siteUrl, SecureAppTokenProvider.ClientId, SecureAppTokenProvider.TenantId, SecureAppTokenProvider.Certificate))
        {
            context.ExecuteQuery();
        }
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.WithStubs("OfficeDevPnP.Core").WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0, "AuthenticationManager.GetSharePointOnlineAuthenticatedContextTenant", PnPCore));
            await test.RunAsync();
        }

        [Fact]
        public async Task AppOnly_Certificate_AccessToken_OnPremises_AndDecoys_AreNotReported()
        {
            const string source = @"
using System.Security;
using System.Security.Cryptography.X509Certificates;
using PnP.Framework;

class Sites
{
    void Load(string clientId, string tenantId, string certPath, string certPassword, X509Certificate2 cert, SecureString token, string user, SecureString password)
    {
        AuthenticationManager.CreateWithCertificate(clientId, certPath, certPassword, tenantId);
        AuthenticationManager.CreateWithCertificate(clientId, cert, tenantId);
        AuthenticationManager.CreateWithAccessToken(token);
        new AuthenticationManager().GetOnPremisesContext(""https://sp.contoso.local"", user, password);
        new AuthenticationManager().GetACSAppOnlyContext(""https://contoso.sharepoint.com"", clientId, certPassword);
        Decoy.Framework.AuthenticationManager.CreateWithCredentials(user, password);
    }
}";
            await new VerifyCS.Test { TestCode = source }.WithStubs("PnP.Framework").RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
using System.Security;
using PnP.Framework;

class Sites
{
    void Load(string user, SecureString password)
    {
        var manager = {|#0:AuthenticationManager.CreateWithCredentials(user, password)|};
        manager.
    }
}";
            var test = new VerifyCS.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None }.WithStubs("PnP.Framework");
            test.ExpectedDiagnostics.Add(Expected(0, "AuthenticationManager.CreateWithCredentials", PnPFramework));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using OfficeDevPnP.Core;

class Sites
{
    void Load() => new AuthenticationManager().GetSharePointOnlineAuthenticatedContextTenant(""https://contoso.sharepoint.com"", ""svc@contoso.com"", ""Hunter2-Secret!"");
}";
            var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4005SharePointPasswordAnalyzer(), source, StubAssemblies.For(TestReferences.Net100, "OfficeDevPnP.Core"));
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
        }
    }
}
