using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4001SmtpClientBasicAuthAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// PnP Sites Core <c>MailUtility.SendEmail(servername, fromAddress, fromUserPassword, ...)</c>: Office 365 SMTP with a
    /// user password behind a helper (shape of public InfrastructureAsCode SendMailExtensions with Server =
    /// "smtp.office365.com"). Stubbed PnP Sites Core on net472.
    /// </summary>
    public class CFA4001PnPMailUtilityTests
    {
        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.OnNetFramework(ImmutableArray<MetadataReference>.Empty).WithStubs("OfficeDevPnP.Core");
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task SendEmail_ToOffice365OrAnUnknownHost_IsReported()
        {
            const string source = @"
using System.Collections.Generic;
using System.Security;
using OfficeDevPnP.Core.Utilities;

class Mailer
{
    public static string Server = ""smtp.office365.com"";

    void Send(string from, string password, SecureString secure, string configuredHost, IEnumerable<string> to)
    {
        {|#0:MailUtility.SendEmail(Server, from, password, to, null, ""Report"", ""Body"")|};
        {|#1:MailUtility.SendEmail(configuredHost, from, secure, to, null, ""Report"", ""Body"", sendAsync: true)|};
    }
}";
            await Verify(
                source,
                VerifyCS.Diagnostic("CFA4001").WithLocation(0).WithArguments("MailUtility.SendEmail"),
                VerifyCS.Diagnostic("CFA4001").WithLocation(1).WithArguments("MailUtility.SendEmail"));
        }

        [Fact]
        public async Task SendEmail_ToAnotherHost_ThroughSharePoint_OrOutsidePnP_IsNotReported()
        {
            const string source = @"
using System.Collections.Generic;
using Microsoft.SharePoint.Client;
using OfficeDevPnP.Core.Utilities;

class Mailer
{
    void Send(ClientContext context, string from, string password, IEnumerable<string> to)
    {
        MailUtility.SendEmail(""relay.contoso.local"", from, password, to, null, ""Report"", ""Body"");
        MailUtility.SendEmail(""contoso-com.mail.protection.outlook.com"", from, password, to, null, ""Report"", ""Body"");
        MailUtility.SendEmail(context, to, null, ""Report"", ""Body"");
        Decoy.Core.MailUtility.SendEmail(""smtp.office365.com"", from, password, to, null, ""Report"", ""Body"");
    }
}";
            await Verify(source);
        }
    }
}
