using System.Threading.Tasks;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA2002HardCodedPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA2002HardCodedPasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA2002HardCodedPasswordTests
    {
        private static DiagnosticResult Expected(int location, string api = "NetworkCredential") =>
            VerifyCS.Diagnostic("CFA2002").WithLocation(location).WithArguments(api);

        /// <summary>A diagnostic with an additional location: the value at the API and the literal, one of them primary (the one in the member).</summary>
        private static DiagnosticResult Expected(int primary, int additional, string api = "NetworkCredential") =>
            VerifyCS.Diagnostic("CFA2002").WithLocation(primary).WithLocation(additional).WithArguments(api);

        private static VerifyCS.Test Create(string source, string? fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource ?? source };
            test.TestState.AdditionalReferences.AddRange(TestReferences.HandRolled);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task NetworkCredential_LiteralPassword_IsReported_AndMovedToTheEnvironment()
        {
            const string source = @"
using System.Net;

class Mailer
{
    ICredentials Credentials() => new NetworkCredential(""sync@contoso.com"", {|#0:""Winter2019!""|});
}";
            const string fixedSource = @"
using System;
using System.Net;

class Mailer
{
    ICredentials Credentials() => new NetworkCredential(""sync@contoso.com"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));
}";
            await Create(source, fixedSource, Expected(0)).RunAsync();
        }

        [Fact]
        public async Task ConstField_IsReported_AndDeletedWhenDead()
        {
            const string source = @"
using System.Net;

class Mailer
{
    private const string ServicePassword = {|#1:""Winter2019!""|};

    ICredentials Credentials(string domain) => new NetworkCredential(""sync"", {|#0:ServicePassword|}, domain);
}";
            const string fixedSource = @"
using System;
using System.Net;

class Mailer
{
    ICredentials Credentials(string domain) => new NetworkCredential(""sync"", Environment.GetEnvironmentVariable(""SERVICEPASSWORD""), domain);
}";
            await Create(source, fixedSource, Expected(0, 1)).RunAsync();
        }

        [Fact]
        public async Task StaticFieldAndLocal_AreFollowed_AndConfigurationIsUsedWhenInScope()
        {
            const string source = @"
using System.Net;
using Microsoft.Extensions.Configuration;

class Mailer
{
    static string password = {|#1:""Winter2019!""|};

    ICredentials Credentials(IConfiguration configuration)
    {
        string pwd = password;
        var credential = new NetworkCredential();
        credential.UserName = ""sync"";
        credential.Password = {|#0:pwd|};
        return credential;
    }
}";
            const string fixedSource = @"
using System.Net;
using Microsoft.Extensions.Configuration;

class Mailer
{
    ICredentials Credentials(IConfiguration configuration)
    {
        var credential = new NetworkCredential();
        credential.UserName = ""sync"";
        credential.Password = configuration[""ServiceAccount:Password""];
        return credential;
    }
}";
            await Create(source, fixedSource, Expected(0, 1, "NetworkCredential.Password")).RunAsync();
        }

        [Fact]
        public async Task ObjectInitializer_Password_IsReported()
        {
            const string source = @"
using System.Net;

class Mailer
{
    ICredentials Credentials() => new NetworkCredential { UserName = ""sync"", Password = {|#0:""Winter2019!""|} };
}";
            const string fixedSource = @"
using System;
using System.Net;

class Mailer
{
    ICredentials Credentials() => new NetworkCredential { UserName = ""sync"", Password = Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"") };
}";
            await Create(source, fixedSource, Expected(0, "NetworkCredential.Password")).RunAsync();
        }

        [Fact]
        public async Task SecureStringLoopOverLiteral_IsReported_AndFilledFromTheSecret()
        {
            const string source = @"
using System.Management.Automation;
using System.Security;

class Shell
{
    private const string AdminPassword = {|#1:""Winter2019!""|};

    PSCredential Credential()
    {
        var secure = new SecureString();
        foreach (char c in {|#0:AdminPassword|})
        {
            secure.AppendChar(c);
        }

        return new PSCredential(""admin@contoso.onmicrosoft.com"", secure);
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;
using System.Security;

class Shell
{
    PSCredential Credential()
    {
        var secure = new SecureString();
        foreach (char c in Environment.GetEnvironmentVariable(""ADMINPASSWORD""))
        {
            secure.AppendChar(c);
        }

        return new PSCredential(""admin@contoso.onmicrosoft.com"", secure);
    }
}";
            await Create(source, fixedSource, Expected(0, 1, "SecureString.AppendChar")).RunAsync();
        }

        [Fact]
        public async Task SecureStringCharByChar_IsReportedOnce_AndReplacedByALoop()
        {
            const string source = @"
using System.Security;

class Shell
{
    SecureString Password()
    {
        var secure = new SecureString();
        {|#0:secure.AppendChar('P')|};
        secure.AppendChar('a');
        secure.AppendChar('s');
        secure.AppendChar('s');
        secure.MakeReadOnly();
        return secure;
    }
}";
            const string fixedSource = @"
using System;
using System.Security;

class Shell
{
    SecureString Password()
    {
        var secure = new SecureString();
        foreach (char c in Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""))
        {
            secure.AppendChar(c);
        }
        secure.MakeReadOnly();
        return secure;
    }
}";
            await Create(source, fixedSource, Expected(0, "SecureString.AppendChar")).RunAsync();
        }

        [Fact]
        public async Task MsalPasswordParameter_IsASink()
        {
            const string source = @"
using Microsoft.Identity.Client;

class Sync
{
    private static readonly string Password = {|#1:""Winter2019!""|};

    object Get(IConfidentialClientApplication cca) =>
        ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""sync@contoso.com"", {|#0:Password|});
}";
            const string fixedSource = @"
using System;
using Microsoft.Identity.Client;

class Sync
{
    object Get(IConfidentialClientApplication cca) =>
        ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""sync@contoso.com"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));
}";
            await Create(source, fixedSource, Expected(0, 1, "IByUsernameAndPassword.AcquireTokenByUsernamePassword")).RunAsync();
        }

        [Fact]
        public async Task AzureIdentityUsernamePasswordCredential_IsASink()
        {
            const string source = @"
using Azure.Identity;

class Sync
{
    private const string Password = {|#1:""Winter2019!""|};

#pragma warning disable CS0618
    object Credential() => new UsernamePasswordCredential(""sync@contoso.com"", {|#0:Password|}, ""contoso.com"", ""client-id"");
#pragma warning restore CS0618
}";
            const string fixedSource = @"
using System;
using Azure.Identity;

class Sync
{
#pragma warning disable CS0618
    object Credential() => new UsernamePasswordCredential(""sync@contoso.com"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""), ""contoso.com"", ""client-id"");
#pragma warning restore CS0618
}";
            await Create(source, fixedSource, Expected(0, 1, "UsernamePasswordCredential")).RunAsync();
        }

        [Fact]
        public async Task AdalUserPasswordCredential_IsASink_OnNetFramework()
        {
            const string source = @"
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    UserCredential Credential() => new UserPasswordCredential(""sync@contoso.com"", {|#0:""Winter2019!""|});
}";
            const string fixedSource = @"
using System.Configuration;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class Sync
{
    UserCredential Credential() => new UserPasswordCredential(""sync@contoso.com"", ConfigurationManager.AppSettings[""ServiceAccount:Password""]);
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.OnNetFramework(TestReferences.AdalNetFramework);
            test.ExpectedDiagnostics.Add(Expected(0, "UserPasswordCredential"));
            await test.RunAsync();
        }

        [Fact]
        public async Task IdentityModelPasswordProperty_IsASink()
        {
            const string source = @"
using IdentityModel.Client;

class TokenClient
{
    PasswordTokenRequest Request() => new PasswordTokenRequest { UserName = ""sync"", Password = {|#0:""Winter2019!""|} };
}";
            const string fixedSource = @"
using System;
using IdentityModel.Client;

class TokenClient
{
    PasswordTokenRequest Request() => new PasswordTokenRequest { UserName = ""sync"", Password = Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"") };
}";
            await Create(source, fixedSource, Expected(0, "PasswordTokenRequest.Password")).RunAsync();
        }

        [Fact]
        public async Task ValuesKnownOnlyAtRunTime_AndUserMethods_AreNotReported()
        {
            const string source = @"
using System;
using System.Net;
using System.Security;

class Mailer
{
    private string _password = ""x"";
    private readonly string _fromCtor;

    Mailer(string password) { _fromCtor = password; _password = password; }

    // A user's own method with a password parameter that never reaches a credential API.
    void Login(string user, string password) { }

    void Run(string parameter, SecureString secure)
    {
        Login(""sync"", ""Winter2019!"");
        new NetworkCredential(""sync"", parameter);
        new NetworkCredential(""sync"", _password);
        new NetworkCredential(""sync"", _fromCtor);
        new NetworkCredential(""sync"", Environment.GetEnvironmentVariable(""SYNC_PASSWORD""));
        new NetworkCredential(""sync"", """");
        new NetworkCredential(""sync"", secure);
        string reassigned = ""Winter2019!"";
        reassigned = Console.ReadLine();
        new NetworkCredential(""sync"", reassigned);
        foreach (char c in parameter) { secure.AppendChar(c); }
    }
}";
            await Create(source, null).RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            const string source = @"
using System.Net;

class Mailer
{
    void Run(Missing m)
    {
        new NetworkCredential(""sync"", );
        new NetworkCredential(""sync"", m.Password);
        new NetworkCredential(""sync"", {|#0:""Winter2019!""|}
    }
}";
            const string fixedSource = @"
using System;
using System.Net;

class Mailer
{
    void Run(Missing m)
    {
        new NetworkCredential(""sync"", );
        new NetworkCredential(""sync"", m.Password);
        new NetworkCredential(""sync"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"")
    }
}";
            var test = Create(source, fixedSource, Expected(0, "NetworkCredential"));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_MovesEveryPasswordOut()
        {
            const string source = @"
using System.Net;

class Mailer
{
    private const string Password = {|#2:""Winter2019!""|};

    ICredentials Smtp() => new NetworkCredential(""smtp"", {|#0:Password|});

    ICredentials Proxy() => new NetworkCredential(""proxy"", {|#1:""Summer2020!""|});
}";
            const string fixedSource = @"
using System;
using System.Net;

class Mailer
{
    ICredentials Smtp() => new NetworkCredential(""smtp"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));

    ICredentials Proxy() => new NetworkCredential(""proxy"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));
}";
            await Create(source, fixedSource, Expected(0, 2), Expected(1)).RunAsync();
        }

        [Fact]
        public async Task MessageAndProperties_NeverContainTheSecret()
        {
            const string source = @"
using System.Net;
using System.Security;

class Mailer
{
    private const string Password = ""Winter2019!"";

    void Run(SecureString secure)
    {
        new NetworkCredential(""sync"", ""Winter2019!"");
        new NetworkCredential(""sync"", Password);
        foreach (char c in ""Winter2019!"") secure.AppendChar(c);
        secure.AppendChar('W');
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(source, new CFA2002HardCodedPasswordAnalyzer());
            Assert.Equal(4, diagnostics.Length);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Winter2019!");
            AnalyzerRunner.AssertNoSecret(diagnostics, "'W'");
        }
    }
}
