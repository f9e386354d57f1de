using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4001SmtpClientBasicAuthAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4001SmtpClientBasicAuthTests
    {
        private static DiagnosticResult Expected(int location) =>
            VerifyCS.Diagnostic("CFA4001").WithLocation(location).WithArguments("SmtpClient.Credentials");

        [Fact]
        public async Task ConstructorHost_NetworkCredential_IsReported()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send(string user, string password)
    {
        var client = new SmtpClient(""smtp.office365.com"", 587);
        client.EnableSsl = true;
        client.UseDefaultCredentials = false;
        {|#0:client.Credentials = new NetworkCredential(user, password)|};
        client.Send(""a@contoso.com"", ""b@contoso.com"", ""s"", ""b"");
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }

        [Fact]
        public async Task HostProperty_FromConstant_AndObjectInitializer_AreReported()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    private const string SmtpHost = ""smtp-mail.outlook.com"";

    void Send(string user, string password)
    {
        var first = new SmtpClient();
        first.Host = SmtpHost;
        {|#0:first.Credentials = new NetworkCredential(user, password)|};

        var second = new SmtpClient { Host = ""smtp.office365.com"", Port = 587, {|#1:Credentials = new NetworkCredential(user, password)|} };
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0), Expected(1));
        }

        [Fact]
        public async Task CredentialVariable_IsReported_AndNoFixIsOffered()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send(NetworkCredential credential)
    {
        var client = new SmtpClient(""smtp.office365.com"");
        {|#0:client.Credentials = credential|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task OtherHosts_DefaultCredentials_ConfiguredHost_AreNotReported()
        {
            const string source = @"
using System;
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send(string user, string appPassword)
    {
        var gmail = new SmtpClient(""smtp.gmail.com"", 587);
        gmail.Credentials = new NetworkCredential(user, appPassword);

        var relay = new SmtpClient(""contoso-com.mail.protection.outlook.com"", 25);
        relay.Credentials = new NetworkCredential(user, appPassword);

        var office = new SmtpClient(""smtp.office365.com"");
        office.Credentials = CredentialCache.DefaultNetworkCredentials;
        office.Credentials = null;

        var configured = new SmtpClient(Environment.GetEnvironmentVariable(""SMTP_HOST""));
        configured.Credentials = new NetworkCredential(user, appPassword);
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task LookAlikeType_IsNotReported()
        {
            const string source = @"
namespace Mine
{
    class SmtpClient
    {
        public SmtpClient(string host) { }
        public System.Net.ICredentialsByHost Credentials { get; set; }
    }

    class Notifier
    {
        void Send(string user, string password)
        {
            var client = new SmtpClient(""smtp.office365.com"");
            client.Credentials = new System.Net.NetworkCredential(user, password);
        }
    }
}";
            await new VerifyCS.Test { TestCode = source }.WithoutVendorReferences().RunAsync();
        }

        [Fact]
        public async Task ExtraHostOption_IsHonoured()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send(string user, string password)
    {
        var client = new SmtpClient(""relay.contoso.example"");
        {|#0:client.Credentials = new NetworkCredential(user, password)|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncfa.microsoft365_hosts = relay.contoso.example\n"));
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send(string user, string password)
    {
        var client = new SmtpClient(""smtp.office365.com"");
        {|#0:client.Credentials = new NetworkCredential(user, password)|};
        client.Send(
    }
}";
            var test = new VerifyCS.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class Notifier
{
    void Send()
    {
        var client = new SmtpClient(""smtp.office365.com"");
        client.Credentials = new NetworkCredential(""svc@contoso.com"", ""Hunter2-Secret!"");
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4001SmtpClientBasicAuthAnalyzer(), source, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.MetadataReference>.Empty);
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
            Assert.Contains("Graph sendMail", diagnostics[0].GetMessage());
        }
    }
}
