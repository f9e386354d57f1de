using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.MailKitRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4002MailKitOAuthCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4002MailKitPasswordTests
    {
        private static DiagnosticResult Expected(int location, string member = "MailService.Authenticate") =>
            VerifyCS.Diagnostic("CFA4002").WithLocation(location).WithArguments(member);

        private static VerifyCS.Test Test(string source, string? fixedSource = null, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource ?? source }.With(TestReferences.MailKit);
            if (fixedSource != null && fixedSource != source)
            {
                test.WithTokenProvider();
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        private static VerifyCS.Test AnalyzerOnly(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.With(TestReferences.MailKit);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task Smtp_UserPassword_ToOffice365_IsReportedAndFixed()
        {
            const string source = @"
using MailKit.Net.Smtp;
using MailKit.Security;

class Notifier
{
    void Send(string user, string password)
    {
        using (var client = new SmtpClient())
        {
            client.Connect(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
            {|#0:client.Authenticate(user, password)|};
            client.Disconnect(true);
        }
    }
}";
            const string fixedSource = @"
using MailKit.Net.Smtp;
using MailKit.Security;
using TestProject;

class Notifier
{
    void Send(string user)
    {
        using (var client = new SmtpClient())
        {
            client.Connect(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
            client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
            client.Disconnect(true);
        }
    }
}";
            await Test(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task Imap_AsyncWithCancellation_HardCodedPassword_IsRemoved()
        {
            const string source = @"
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Imap;
using MailKit.Security;

class Reader
{
    private const string Host = ""outlook.office365.com"";
    private const string Password = ""Summer2024!"";

    async Task ReadAsync(ImapClient client, CancellationToken ct)
    {
        await client.ConnectAsync(Host, 993, SecureSocketOptions.SslOnConnect, ct);
        await {|#0:client.AuthenticateAsync(""svc@contoso.com"", Password, ct)|};
    }
}";
            const string fixedSource = @"
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Imap;
using MailKit.Security;
using TestProject;

class Reader
{
    private const string Host = ""outlook.office365.com"";

    async Task ReadAsync(ImapClient client, CancellationToken ct)
    {
        await client.ConnectAsync(Host, 993, SecureSocketOptions.SslOnConnect, ct);
        await client.AuthenticateAsync(new SaslMechanismOAuth2(""svc@contoso.com"", await SecureAppTokenProvider.GetAccessTokenAsync(""https://outlook.office365.com/.default"", ct)), ct);
    }
}";
            await Test(source, fixedSource, Expected(0, "MailService.AuthenticateAsync")).RunAsync();
        }

        [Fact]
        public async Task Pop3_NetworkCredential_AndXOAuth2Removal_AreFixed()
        {
            const string source = @"
using System.Net;
using MailKit.Net.Pop3;

class Reader
{
    void Read(string user, string password)
    {
        var client = new Pop3Client();
        client.Connect(""outlook.office365.com"", 995, true);
        client.AuthenticationMechanisms.Remove(""XOAUTH2"");
        {|#0:client.Authenticate(new NetworkCredential(user, password))|};
    }
}";
            const string fixedSource = @"
using MailKit.Net.Pop3;
using MailKit.Security;
using TestProject;

class Reader
{
    void Read(string user)
    {
        var client = new Pop3Client();
        client.Connect(""outlook.office365.com"", 995, true);
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task EncodingAndCredentials_Override_IsReported()
        {
            const string source = @"
using System.Net;
using System.Text;
using MailKit.Net.Smtp;

class Notifier
{
    void Send(NetworkCredential credentials)
    {
        var client = new SmtpClient();
        client.Connect(""smtp-mail.outlook.com"", 587);
        {|#0:client.Authenticate(Encoding.UTF8, credentials)|};
    }
}";
            // No user name can be taken from a credentials variable: no fix.
            await Test(source, null, Expected(0, "SmtpClient.Authenticate")).RunAsync();
        }

        [Fact]
        public async Task EncodingOverload_WithUriConnect_IsFixed_AndEncodingGoes()
        {
            const string source = @"
using System;
using System.Text;
using MailKit.Net.Imap;

class Reader
{
    void Read(ImapClient client, string user, string password)
    {
        client.Connect(new Uri(""imaps://outlook.office365.com:993""));
        {|#0:client.Authenticate(Encoding.UTF8, user, password)|};
    }
}";
            const string fixedSource = @"
using System;
using MailKit.Net.Imap;
using MailKit.Security;
using TestProject;

class Reader
{
    void Read(ImapClient client, string user)
    {
        client.Connect(new Uri(""imaps://outlook.office365.com:993""));
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task PasswordSaslMechanism_IsReportedAndFixed()
        {
            const string source = @"
using MailKit.Net.Smtp;
using MailKit.Security;

class Notifier
{
    void Send(SmtpClient client, string user, string password)
    {
        client.Connect(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
        {|#0:client.Authenticate(new SaslMechanismLogin(user, password))|};
    }
}";
            const string fixedSource = @"
using MailKit.Net.Smtp;
using MailKit.Security;
using TestProject;

class Notifier
{
    void Send(SmtpClient client, string user)
    {
        client.Connect(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0, "SmtpClient.Authenticate")).RunAsync();
        }

        [Fact]
        public async Task InterfaceCall_IsReported()
        {
            const string source = @"
using MailKit;

class Notifier
{
    void Send(IMailService client, string user, string password)
    {
        client.Connect(""outlook.office.com"", 993, true);
        {|#0:client.Authenticate(user, password)|};
    }
}";
            const string fixedSource = @"
using MailKit;
using MailKit.Security;
using TestProject;

class Notifier
{
    void Send(IMailService client, string user)
    {
        client.Connect(""outlook.office.com"", 993, true);
        client.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0, "IMailService.Authenticate")).RunAsync();
        }

        [Fact]
        public async Task KeyVaultInScope_TokenStillComesFromMsal()
        {
            const string source = @"
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;
using MailKit.Net.Smtp;

class Notifier
{
    private readonly SecretClient _vault;

    Notifier(SecretClient vault) => _vault = vault;

    async Task SendAsync(SmtpClient client, string user, string password)
    {
        await client.ConnectAsync(""smtp.office365.com"", 587);
        await {|#0:client.AuthenticateAsync(user, password)|};
    }
}";
            const string fixedSource = @"
using System.Threading.Tasks;
using Azure.Security.KeyVault.Secrets;
using MailKit.Net.Smtp;
using MailKit.Security;
using TestProject;

class Notifier
{
    private readonly SecretClient _vault;

    Notifier(SecretClient vault) => _vault = vault;

    async Task SendAsync(SmtpClient client, string user)
    {
        await client.ConnectAsync(""smtp.office365.com"", 587);
        await client.AuthenticateAsync(new SaslMechanismOAuth2(user, await SecureAppTokenProvider.GetAccessTokenAsync(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0, "MailService.AuthenticateAsync")).RunAsync();
        }

        [Fact]
        public async Task ExtraHostFromOption_IsReported()
        {
            const string source = @"
using MailKit.Net.Smtp;

class Notifier
{
    void Send(SmtpClient client, SmtpClient other, string user, string password)
    {
        client.Connect(""mail.contoso-m365.example"", 587);
        {|#0:client.Authenticate(user, password)|};
        other.Connect(""mx.other.example"", 587);
        {|#1:other.Authenticate(user, password)|};
    }
}";
            var test = AnalyzerOnly(source, Expected(0), Expected(1));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncfa.CFA4002.microsoft365_hosts = mail.contoso-m365.example, *.other.example\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task OAuthAndOtherHosts_AreNotReported()
        {
            const string source = @"
using System.Net;
using MailKit.Net.Smtp;
using MailKit.Net.Imap;
using MailKit.Security;

class Notifier
{
    void Send(string user, string password, string token)
    {
        var gmail = new SmtpClient();
        gmail.Connect(""smtp.gmail.com"", 587, SecureSocketOptions.StartTls);
        gmail.Authenticate(user, password);

        var relay = new SmtpClient();
        relay.Connect(""contoso-com.mail.protection.outlook.com"", 25);
        relay.Authenticate(user, password);

        var office = new ImapClient();
        office.Connect(""outlook.office365.com"", 993, true);
        office.Authenticate(new SaslMechanismOAuth2(user, token));
        office.Authenticate(new SaslMechanismOAuth2(new NetworkCredential(user, token)));
    }
}";
            await Test(source).RunAsync();
        }

        [Fact]
        public async Task SameNamedMethodOnUserType_AndNoLibrary_AreNotReported()
        {
            const string source = @"
class SmtpClient
{
    public void Connect(string host, int port) { }
    public void Authenticate(string userName, string password) { }
}

class Notifier
{
    void Send()
    {
        var client = new SmtpClient();
        client.Connect(""smtp.office365.com"", 587);
        client.Authenticate(""u"", ""p"");
    }
}";
            await new VerifyCS.Test { TestCode = source }.WithoutVendorReferences().RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash_AndStillReports()
        {
            const string source = @"
using MailKit.Net.Smtp;

class Notifier
{
    void Send(SmtpClient client, string user, string password)
    {
        client.Connect(""smtp.office365.com"", 587);
        {|#0:client.Authenticate(user, password)|};
        client.
    }
}";
            var test = AnalyzerOnly(source, Expected(0));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryCall()
        {
            const string source = @"
using MailKit.Net.Smtp;
using MailKit.Net.Imap;

class Notifier
{
    void Send(SmtpClient smtp, ImapClient imap, string user, string password)
    {
        smtp.Connect(""smtp.office365.com"", 587);
        {|#0:smtp.Authenticate(user, password)|};
        imap.Connect(""outlook.office365.com"", 993, true);
        {|#1:imap.Authenticate(user, password)|};
    }
}";
            const string fixedSource = @"
using MailKit.Net.Smtp;
using MailKit.Net.Imap;
using MailKit.Security;
using TestProject;

class Notifier
{
    void Send(SmtpClient smtp, ImapClient imap, string user)
    {
        smtp.Connect(""smtp.office365.com"", 587);
        smtp.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
        imap.Connect(""outlook.office365.com"", 993, true);
        imap.Authenticate(new SaslMechanismOAuth2(user, SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default"")));
    }
}";
            await Test(source, fixedSource, Expected(0), Expected(1)).RunAsync();
        }

        [Fact]
        public async Task Message_AndProperties_NeverContainThePassword()
        {
            const string source = @"
using MailKit.Net.Smtp;

class Notifier
{
    void Send(SmtpClient client)
    {
        client.Connect(""smtp.office365.com"", 587);
        client.Authenticate(""svc@contoso.com"", ""Hunter2-Secret!"");
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4002MailKitPasswordAnalyzer(), source, TestReferences.MailKit);
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
        }
    }
}
