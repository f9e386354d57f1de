using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.MailKitRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4002MailKitOAuthCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4003MailKitUnknownHostTests
    {
        private static DiagnosticResult Expected(int location, string member = "MailService.Authenticate") =>
            VerifyCS.Diagnostic("CFA4003").WithLocation(location).WithArguments(member);

        [Fact]
        public async Task HostFromConfiguration_IsReportedAsInfo_AndFixed()
        {
            const string source = @"
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;

class Notifier
{
    void Send(IConfiguration configuration, string user, string password)
    {
        var client = new SmtpClient();
        client.Connect(configuration[""Smtp:Host""], 587);
        {|#0:client.Authenticate(user, password)|};
    }
}";
            const string fixedSource = @"
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using TestProject;

class Notifier
{
    void Send(IConfiguration configuration, string user)
    {
        var client = new SmtpClient();
        client.Connect(configuration[""Smtp:Host""], 587);
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.With(TestReferences.MailKit).WithTokenProvider();
            test.ExpectedDiagnostics.Add(Expected(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info));
            await test.RunAsync();
        }

        [Fact]
        public async Task NoConnectInBody_AndHostParameter_AreReportedAsUnknown()
        {
            const string source = @"
using MailKit.Net.Imap;

class Reader
{
    void Read(ImapClient client, string user, string password)
    {
        {|#0:client.Authenticate(user, password)|};
    }

    void Read(string host, string user, string password)
    {
        var client = new ImapClient();
        client.Connect(host, 993, true);
        {|#1:client.Authenticate(user, password)|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.With(TestReferences.MailKit);
            test.ExpectedDiagnostics.Add(Expected(0));
            test.ExpectedDiagnostics.Add(Expected(1));
            test.FixedCode = @"
using MailKit.Net.Imap;
using MailKit.Security;
using TestProject;

class Reader
{
    void Read(ImapClient client, string user)
    {
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }

    void Read(string host, string user)
    {
        var client = new ImapClient();
        client.Connect(host, 993, true);
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            test.WithTokenProvider();
            await test.RunAsync();
        }

        [Fact]
        public async Task KnownNonMicrosoftHost_IsNotReported()
        {
            const string source = @"
using MailKit.Net.Smtp;

class Notifier
{
    void Send(string user, string appPassword)
    {
        var client = new SmtpClient();
        var host = ""smtp.gmail.com"";
        client.Connect(host, 587);
        client.Authenticate(user, appPassword);
    }
}";
            await new VerifyCS.Test { TestCode = source }.With(TestReferences.MailKit).RunAsync();
        }
    }
}
