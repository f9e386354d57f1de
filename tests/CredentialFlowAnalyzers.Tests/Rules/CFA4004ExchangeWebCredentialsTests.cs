using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4004ExchangeWebCredentialsAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4004ExchangeOAuthCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4004ExchangeWebCredentialsTests
    {
        private static DiagnosticResult Expected(int location, string member = "WebCredentials") =>
            VerifyCS.Diagnostic("CFA4004").WithLocation(location).WithArguments(member);

        private static VerifyCS.Test Test(string source, string? fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.WithStubs("Microsoft.Exchange.WebServices");
            if (fixedSource != null)
            {
                test.FixedCode = fixedSource;
                if (fixedSource != source)
                {
                    test.WithTokenProvider();
                }
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task WebCredentials_ToOffice365Url_IsReportedAndFixed()
        {
            const string source = @"
using System;
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    private const string ServicePassword = ""Winter2024!"";

    ExchangeService Connect(string user)
    {
        var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);
        service.Url = new Uri(""https://outlook.office365.com/EWS/Exchange.asmx"");
        service.Credentials = {|#0:new WebCredentials(user, ServicePassword)|};
        return service;
    }
}";
            const string fixedSource = @"
using System;
using Microsoft.Exchange.WebServices.Data;
using TestProject;

class Calendar
{
    ExchangeService Connect(string user)
    {
        var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);
        service.Url = new Uri(""https://outlook.office365.com/EWS/Exchange.asmx"");
        service.Credentials = new OAuthCredentials(SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default""));
        service.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user);
        return service;
    }
}";
            await Test(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task NetworkCredential_ImplicitConversion_WithAutodiscover_IsReportedAndFixed()
        {
            const string source = @"
using System;
using System.Net;
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void Connect(ExchangeService service, string user, string password)
    {
        service.Credentials = {|#0:new NetworkCredential(user, password, ""contoso"")|};
        service.AutodiscoverUrl(user, url => url.StartsWith(""https://""));
    }
}";
            const string fixedSource = @"
using System;
using Microsoft.Exchange.WebServices.Data;
using TestProject;

class Calendar
{
    void Connect(ExchangeService service, string user)
    {
        service.Credentials = new OAuthCredentials(SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default""));
        service.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user);
        service.AutodiscoverUrl(user, url => url.StartsWith(""https://""));
    }
}";
            await Test(source, fixedSource, Expected(0, "NetworkCredential")).RunAsync();
        }

        [Fact]
        public async Task WebCredentialsVariable_IsReported_WithoutFix()
        {
            const string source = @"
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void Connect(ExchangeService service, string user, string password)
    {
        WebCredentials credentials = {|#0:new WebCredentials(user, password, ""contoso"")|};
        service.Credentials = credentials;
    }
}";
            await Test(source, source, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task OnPremisesUrl_OAuth_AndDefaultCredentials_AreNotReported()
        {
            const string source = @"
using System;
using System.Net;
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void OnPrem(string user, string password)
    {
        var service = new ExchangeService();
        service.Url = new Uri(""https://mail.contoso.local/EWS/Exchange.asmx"");
        service.Credentials = new WebCredentials(user, password);
    }

    void Others(ExchangeService service, string token)
    {
        service.Credentials = new OAuthCredentials(token);
        service.Credentials = new WebCredentials();
        service.Credentials = CredentialCache.DefaultNetworkCredentials;
    }
}";
            await Test(source, null).RunAsync();
        }

        [Fact]
        public async Task DecoyWebCredentials_AndNoLibrary_AreNotReported()
        {
            const string source = @"
using Decoy.Data;

class Calendar
{
    object Connect(string user, string password) => new WebCredentials(user, password);
}";
            await Test(source, null).RunAsync();
            await new VerifyCS.Test { TestCode = "class C { object M() => new System.Net.NetworkCredential(\"u\", \"p\"); }" }.WithoutVendorReferences().RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void Connect(ExchangeService service, string user, string password)
    {
        service.Credentials = {|#0:new WebCredentials(user, password)|};
        service.
    }
}";
            var test = Test(source, null, Expected(0));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryService()
        {
            const string source = @"
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void Connect(ExchangeService a, ExchangeService b, string user, string password)
    {
        a.Credentials = {|#0:new WebCredentials(user, password)|};
        b.Credentials = {|#1:new WebCredentials(user, password)|};
    }
}";
            const string fixedSource = @"
using Microsoft.Exchange.WebServices.Data;
using TestProject;

class Calendar
{
    void Connect(ExchangeService a, ExchangeService b, string user)
    {
        a.Credentials = new OAuthCredentials(SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default""));
        a.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user);
        b.Credentials = new OAuthCredentials(SecureAppTokenProvider.GetAccessToken(""https://outlook.office365.com/.default""));
        b.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user);
    }
}";
            await Test(source, fixedSource, Expected(0), Expected(1)).RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Microsoft.Exchange.WebServices.Data;

class Calendar
{
    void Connect(ExchangeService service)
    {
        service.Credentials = new WebCredentials(""svc@contoso.com"", ""Hunter2-Secret!"");
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(
                new CredentialFlowAnalyzers.Rules.CFA4004ExchangeWebCredentialsAnalyzer(), source,
                StubAssemblies.For(TestReferences.Net100, "Microsoft.Exchange.WebServices"));
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
        }
    }
}
