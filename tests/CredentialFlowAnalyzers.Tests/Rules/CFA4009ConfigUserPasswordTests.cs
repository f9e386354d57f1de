using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4009ConfigUserPasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// Shapes from public code: web.config system.net/mailSettings for smtp.office365.com (Microsoft Q&amp;A threads,
    /// parany/shoppingCart), appsettings EmailSettings sections (andocom/milton), Dataverse and SharePoint sections next to
    /// their URL (PowerApps-Samples quick starts, tricknguyen/ConsoleCSOM). More in RealShapes/Cases.
    /// </summary>
    public class CFA4009ConfigUserPasswordTests
    {
        private const string Code = "class Program { static void Main() { } }";

        private const string MailService = "a Microsoft 365 mail host";
        private const string MailAdvice = "Exchange Online is retiring basic authentication for SMTP AUTH: send with Microsoft Graph sendMail or authenticate with OAuth 2.0 (XOAUTH2), and remove the password";
        private const string DataverseService = "a Dataverse / Dynamics 365 organisation";
        private const string DataverseAdvice = "connect with AuthType=ClientSecret or Certificate (application user), a token provider or interactive OAuth, and remove the password";
        private const string SharePointService = "a SharePoint Online site";
        private const string SharePointAdvice = "use app-only authentication with a certificate or an access token from MSAL, and remove the password";

        private static DiagnosticResult Mail(int location) => VerifyCS.Diagnostic("CFA4009").WithLocation(location).WithArguments(MailService, MailAdvice);

        private static DiagnosticResult Dataverse(int location) => VerifyCS.Diagnostic("CFA4009").WithLocation(location).WithArguments(DataverseService, DataverseAdvice);

        private static DiagnosticResult SharePoint(int location) => VerifyCS.Diagnostic("CFA4009").WithLocation(location).WithArguments(SharePointService, SharePointAdvice);

        private static Task Verify(string path, string text, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add((path, text));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task SmtpNetworkElement_ForAMicrosoft365Host_IsReportedAtThePassword()
        {
            const string webConfig = @"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from=""notifications@contoso.com"" deliveryMethod=""Network"">
        <network host=""smtp.office365.com""
                 port=""587""
                 userName=""notifications@contoso.com""
                 password=""{|#0:Notify!2017|}""
                 enableSsl=""true"" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>";
            await Verify("/0/Web.config", webConfig, Mail(0));
        }

        [Fact]
        public async Task SmtpNetworkElement_NearMisses_AreNotReported()
        {
            // Direct send (no sign-in), an on-premises relay, no password, an empty password, a commented-out element.
            const string webConfig = @"<configuration>
  <system.net>
    <mailSettings>
      <smtp from=""scanner@contoso.com"">
        <network host=""contoso-com.mail.protection.outlook.com"" port=""25"" userName=""scanner@contoso.com"" password=""not-used"" />
      </smtp>
    </mailSettings>
  </system.net>
  <location path=""a""><system.net><mailSettings><smtp><network host=""relay.contoso.local"" userName=""relay"" password=""relay-only"" /></smtp></mailSettings></system.net></location>
  <location path=""b""><system.net><mailSettings><smtp><network host=""smtp.office365.com"" defaultCredentials=""false"" /></smtp></mailSettings></system.net></location>
  <location path=""c""><system.net><mailSettings><smtp><network host=""smtp.office365.com"" userName=""x@contoso.com"" password="""" /></smtp></mailSettings></system.net></location>
  <!-- <network host=""smtp.office365.com"" userName=""old@contoso.com"" password=""Old!Password"" /> -->
</configuration>";
            await Verify("/0/Web.config", webConfig);
        }

        [Fact]
        public async Task AppSettingsJsonSections_NextToAMicrosoft365Service_AreReported()
        {
            const string appSettings = @"// comments are allowed in appsettings.json
{
  ""EmailSettings"": {
    ""SmtpServer"": ""smtp.office365.com"",
    ""Port"": 587,
    ""Username"": ""noreply@contoso.com"",
    ""Password"": ""{|#0:Milton-2022!|}""
  },
  ""Dynamics365"": {
    ""OrganizationUrl"": ""https://contoso.crm4.dynamics.com"",
    ""Username"": ""integration@contoso.onmicrosoft.com"",
    ""Password"": ""{|#1:Integr@tion2020|}"",
    /* the app id of the sample registration */
    ""ClientId"": ""51f81489-12ee-4a9e-aaae-a2591f45987d""
  },
  ""SharepointInfo"": {
    ""Username"": ""spadmin@contoso.onmicrosoft.com"",
    ""Password"": ""{|#2:Pr0jects!|}"",
    ""SiteUrl"": ""https://contoso.sharepoint.com/sites/projects""
  }
}";
            await Verify("/0/appsettings.Production.json", appSettings, Mail(0), Dataverse(1), SharePoint(2));
        }

        [Fact]
        public async Task AppSettingsJson_NearMisses_AreNotReported()
        {
            // Another mail provider, an application user (client secret), a certificate password, an empty password,
            // a password with no service next to it, a service in another section, a connection string (CFA4008's).
            const string appSettings = @"{
  ""MailSettings"": { ""Host"": ""smtp.gmail.com"", ""Port"": 587, ""Username"": ""a@example.com"", ""Password"": ""abcd efgh"" },
  ""Dataverse"": { ""EnvironmentUrl"": ""https://contoso.crm.dynamics.com"", ""ClientId"": ""345917f8"", ""ClientSecret"": ""from-key-vault"" },
  ""SharePoint"": { ""SiteUrl"": ""https://contoso.sharepoint.com"", ""CertificatePath"": ""c:\\certs\\spo.pfx"", ""CertificatePassword"": ""pfx-secret"" },
  ""Smtp"": { ""Host"": ""smtp.office365.com"", ""Username"": ""x@contoso.com"", ""Password"": """" },
  ""Database"": { ""User"": ""sa"", ""Password"": ""local-only"", ""Nested"": { ""Url"": ""https://contoso.crm.dynamics.com"" } },
  ""ConnectionStrings"": { ""Crm"": ""AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=a;ClientSecret=b"" }
}";
            await Verify("/0/appsettings.json", appSettings);
        }

        [Fact]
        public async Task AppConfigAppSettingsBlock_WithADataverseUrlAndAPassword_IsReported()
        {
            const string appConfig = @"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <appSettings>
    <add key=""url"" value=""https://contoso.crm.dynamics.com"" />
    <add key=""username"" value=""someone@contoso.onmicrosoft.com"" />
    <add key=""password"" value=""{|#0:y0urp455w0rd|}"" />
  </appSettings>
</configuration>";
            await Verify("/0/App.config", appConfig, Dataverse(0));
        }

        [Fact]
        public async Task OtherFiles_AreNotRead()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/settings.json", "{ \"Smtp\": { \"Host\": \"smtp.office365.com\", \"Password\": \"x\" } }"));
            test.TestState.AdditionalFiles.Add(("/0/Sync.ps1", "$Password = 'x'; $Host = 'smtp.office365.com'"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Microsoft365HostsOption_AddsMailHosts()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Smtp\": { \"Host\": \"mail.contoso.com\", \"Password\": \"{|#0:Contoso!1|}\" } }"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncfa.microsoft365_hosts = mail.contoso.com\n"));
            test.ExpectedDiagnostics.Add(Mail(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task BrokenFiles_DoNotCrash_AndReadWhatTheyCan()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Smtp\": { \"Host\": \"smtp.office365.com\", \"Password\": \"{|#0:Cut-Short|}\""));
            test.TestState.AdditionalFiles.Add(("/0/Web.config", "<configuration><system.net><mailSettings><smtp><network host=\"smtp.office365.com\" password=\"unterminated"));
            test.TestState.AdditionalFiles.Add(("/0/App.config", "<appSettings><add key=\"password\" value=\"x\"  <add key="));
            test.ExpectedDiagnostics.Add(Mail(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task MessageAndProperties_NeverContainTheSecret()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzerRunner.RunAsync(
                new CredentialFlowAnalyzers.Rules.CFA4009ConfigUserPasswordAnalyzer(),
                Code,
                ImmutableArray<MetadataReference>.Empty,
                ("/src/appsettings.json", "{ \"Smtp\": { \"Host\": \"smtp.office365.com\", \"Username\": \"a@contoso.com\", \"Password\": \"Pw-Secret-4009\" } }"));
            AnalyzerRunner.AssertNoSecret(diagnostics, "Pw-Secret-4009");
        }
    }
}
