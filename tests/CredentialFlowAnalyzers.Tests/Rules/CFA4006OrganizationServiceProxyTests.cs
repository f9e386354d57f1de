using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4006DataversePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4006DataverseConnectionStringCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// The CRM SDK's <c>OrganizationServiceProxy</c> with <c>ClientCredentials.UserName.UserName/Password</c> (WS-Trust) and
    /// XrmTooling's <c>CrmServiceClient(NetworkCredential, AuthenticationType, host, ...)</c> for online organisations.
    /// Shapes from morganwynne/CRMConnectionTesting, AshV/Dynamics365ConsoleCaller, gmc453/connectCRM and on-premises code
    /// (UnitTestHiweb/RequestSupport_B2B_B2C_CRM). Stubs on net472 (System.ServiceModel's ClientCredentials is real).
    /// </summary>
    public class CFA4006OrganizationServiceProxyTests
    {
        private static DiagnosticResult Expected(int location, string type) =>
            VerifyCS.Diagnostic("CFA4006").WithLocation(location).WithArguments("'" + type + "'", "a user name and password constructor");

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.OnNetFramework(ImmutableArray<MetadataReference>.Empty).WithStubs("Microsoft.Xrm.Tooling.Connector");
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task ProxyWithUserNamePassword_OnlineOrUnknownOrganisation_IsReported()
        {
            const string source = @"
using System;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

class Crm
{
    public string UserName { get; set; }
    public string Password { get; set; }

    IOrganizationService FromProperties(string serviceUrl)
    {
        ClientCredentials credentials = new ClientCredentials();
        credentials.UserName.UserName = UserName;
        credentials.UserName.Password = Password;
        return {|#0:new OrganizationServiceProxy(new Uri(serviceUrl), null, credentials, null)|};
    }

    IOrganizationService Online()
    {
        var management = ServiceConfigurationFactory.CreateManagement<IOrganizationService>(new Uri(""https://contoso.api.crm4.dynamics.com/XRMServices/2011/Organization.svc""));
        var credentials = new ClientCredentials();
        credentials.UserName.UserName = ""admin@contoso.onmicrosoft.com"";
        credentials.UserName.Password = Password;
        return {|#1:new OrganizationServiceProxy(management, credentials)|};
    }
}";
            await Verify(source, Expected(0, "OrganizationServiceProxy"), Expected(1, "OrganizationServiceProxy"));
        }

        [Fact]
        public async Task ProxyOnPremises_WindowsCredentials_OrAToken_IsNotReported()
        {
            const string source = @"
using System;
using System.Net;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

class Crm
{
    IOrganizationService OnPremises(string password)
    {
        Uri url = new Uri(""http://portal.contoso.local/Contoso/XRMServices/2011/Organization.svc"");
        var credentials = new ClientCredentials();
        credentials.UserName.UserName = @""contoso\crm.service"";
        credentials.UserName.Password = password;
        return new OrganizationServiceProxy(url, null, credentials, null);
    }

    IOrganizationService Integrated(Uri anyUrl)
    {
        var credentials = new ClientCredentials();
        credentials.Windows.ClientCredential = CredentialCache.DefaultNetworkCredentials;
        return new OrganizationServiceProxy(anyUrl, null, credentials, null);
    }

    IOrganizationService Token(IServiceManagement<IOrganizationService> management, SecurityTokenResponse token) => new OrganizationServiceProxy(management, token);

    object Decoy(Uri url, ClientCredentials credentials) => new Decoy.Discovery.OrganizationServiceProxy(url, null, credentials, null);
}";
            await Verify(source);
        }

        [Fact]
        public async Task CrmServiceClientWithANetworkCredential_IsReportedOnlyOnline()
        {
            const string source = @"
using System.Net;
using Microsoft.Xrm.Tooling.Connector;

class Crm
{
    CrmServiceClient Online(string user, string password)
    {
        var credential = new NetworkCredential(user, password);
        return {|#0:new CrmServiceClient(credential, AuthenticationType.Office365, ""contoso.crm.dynamics.com"", ""443"", ""contoso"", useSsl: true)|};
    }

    CrmServiceClient OnlineByHost(NetworkCredential credential) =>
        {|#1:new CrmServiceClient(credential, AuthenticationType.AD, ""contoso.crm4.dynamics.com"", ""443"", ""contoso"")|};

    CrmServiceClient OnPremises(NetworkCredential credential, string host)
    {
        new CrmServiceClient(CredentialCache.DefaultNetworkCredentials, AuthenticationType.AD, ""crm.contoso.local"", ""80"", ""Contoso"");
        new CrmServiceClient(credential, AuthenticationType.AD, ""crm.contoso.local"", ""80"", ""Contoso"");
        return new CrmServiceClient(credential, AuthenticationType.IFD, host, ""443"", ""Contoso"");
    }
}";
            await Verify(source, Expected(0, "CrmServiceClient"), Expected(1, "CrmServiceClient"));
        }
    }
}
