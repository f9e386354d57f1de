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
    /// <summary>
    /// CFA2002 for a literal password passed down through a parameter to a credential API in another method of the same
    /// compilation: reported at the caller's literal (the callee's sink as additional location), once per argument. Shapes
    /// from public code: a <c>GetCredentials(userName, password)</c> helper building a <c>NetworkCredential</c> /
    /// <c>PSCredential</c> (https://gist.github.com/fraga/1068426), a <c>GetSecureString(plainString)</c> helper filling a
    /// <c>SecureString</c> by a loop that <c>Main</c> calls with a literal (the Microsoft "Using CSOM for .NET Standard"
    /// console sample), and a service class whose constructor takes the account.
    /// </summary>
    public class CFA2002PasswordThroughParameterTests
    {
        private static DiagnosticResult Expected(int primary, int sink, string api = "NetworkCredential") =>
            VerifyCS.Diagnostic("CFA2002").WithLocation(primary).WithLocation(sink).WithArguments(api);

        private static VerifyCS.Test Create(string source, string? fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource ?? source };
            test.TestState.AdditionalReferences.AddRange(TestReferences.HandRolled);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task LiteralPassedToAHelper_IsReportedAtTheLiteral_AndTheFixChangesTheCaller()
        {
            const string source = @"
using System.Net;

static class Credentials
{
    public static ICredentials For(string userName, string password) => new NetworkCredential(userName, {|#1:password|});

    public static ICredentials Sync() => For(""sync@contoso.com"", {|#0:""Winter2019!""|});
}";
            const string fixedSource = @"
using System;
using System.Net;

static class Credentials
{
    public static ICredentials For(string userName, string password) => new NetworkCredential(userName, password);

    public static ICredentials Sync() => For(""sync@contoso.com"", Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));
}";
            await Create(source, fixedSource, Expected(0, 1)).RunAsync();
        }

        [Fact]
        public async Task SecureStringHelperInAnotherFile_IsFollowed_ThroughALocal()
        {
            const string program = @"
using System.Security;

class Program
{
    static void Main()
    {
        string password = {|#0:""Summer2020!""|};
        SecureString secure = SecureStrings.From(password);
        System.Console.WriteLine(secure.Length);
    }
}";
            const string helper = @"
using System.Security;

static class SecureStrings
{
    public static SecureString From(string plainString)
    {
        if (plainString == null)
            return null;

        var secureString = new SecureString();
        foreach (char c in {|#1:plainString.ToCharArray()|})
        {
            secureString.AppendChar(c);
        }

        return secureString;
    }
}";
            var test = new VerifyCS.Test();
            test.TestState.Sources.Add(("Program.cs", program));
            test.TestState.Sources.Add(("SecureStrings.cs", helper));
            test.TestState.AdditionalReferences.AddRange(TestReferences.HandRolled);
            test.ExpectedDiagnostics.Add(Expected(0, 1, "SecureString.AppendChar"));
            test.FixedState.Sources.Add(("Program.cs", program.Replace(@"{|#0:""Summer2020!""|}", @"Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"")").Replace("using System.Security;", "using System;\nusing System.Security;")));
            test.FixedState.Sources.Add(("SecureStrings.cs", helper.Replace("{|#1:", string.Empty).Replace("|}", string.Empty)));
            await test.RunAsync();
        }

        [Fact]
        public async Task ConstructorAndOneMoreHelper_AreFollowed_AConstantOutsideTheMemberIsTheAdditionalLocation()
        {
            const string source = @"
using System.Net;
using System.Net.Mail;

class MailSender
{
    private const string ServicePassword = {|#1:""Winter2019!""|};
    private readonly SmtpClient _client;

    public MailSender(string user, string password)
    {
        _client = new SmtpClient(""relay.contoso.local"") { Credentials = Build(user, password) };
    }

    private static NetworkCredential Build(string user, string password) => new NetworkCredential(user, {|#2:password|});

    public static MailSender Create() => new MailSender(""sync@contoso.com"", {|#0:ServicePassword|});
}";
            const string fixedSource = @"
using System;
using System.Net;
using System.Net.Mail;

class MailSender
{
    private readonly SmtpClient _client;

    public MailSender(string user, string password)
    {
        _client = new SmtpClient(""relay.contoso.local"") { Credentials = Build(user, password) };
    }

    private static NetworkCredential Build(string user, string password) => new NetworkCredential(user, password);

    public static MailSender Create() => new MailSender(""sync@contoso.com"", Environment.GetEnvironmentVariable(""SERVICEPASSWORD""));
}";
            await Create(source, fixedSource, VerifyCS.Diagnostic("CFA2002").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments("NetworkCredential")).RunAsync();
        }

        [Fact]
        public async Task TargetTypedNew_AndAChainedConstructor_AreFollowed()
        {
            const string source = @"
using System.Net;

class Account
{
    private readonly NetworkCredential _credential;

    public Account(string user, string password) => _credential = new(user, {|#1:password|});

    public Account(string password) : this(""sync@contoso.com"", password)
    {
    }

    public static Account Sync() => new Account({|#0:""Winter2019!""|});
}";
            const string fixedSource = @"
using System;
using System.Net;

class Account
{
    private readonly NetworkCredential _credential;

    public Account(string user, string password) => _credential = new(user, password);

    public Account(string password) : this(""sync@contoso.com"", password)
    {
    }

    public static Account Sync() => new Account(Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD""));
}";
            await Create(source, fixedSource, Expected(0, 1)).RunAsync();
        }

        [Fact]
        public async Task ParametersThatDoNotReachAPasswordSink_AreNotReported()
        {
            const string source = @"
using System;
using System.Net;

interface ILogin
{
    ICredentials Login(string user, string password);
}

class Base
{
    public virtual ICredentials Login(string user, string password) => new NetworkCredential(user, password);
}

class Service
{
    // The literal reaches the user name, not the password.
    static ICredentials AsUser(string name, string password) => new NetworkCredential(name, password);

    // The parameter is replaced before it reaches the API.
    static ICredentials Decrypted(string user, string protectedPassword)
    {
        protectedPassword = Unprotect(protectedPassword);
        return new NetworkCredential(user, protectedPassword);
    }

    static string Unprotect(string text) => text;

    // Never reaches a credential API.
    static void Audit(string user, string password) => Console.WriteLine(user.Length + password.Length);

    void Run(ILogin login, Base overridable, string secret)
    {
        AsUser(""sync@contoso.com"", secret);
        Decrypted(""sync"", ""AQAAANCMnd8BFdERjHoAwE"");
        Audit(""sync"", ""Winter2019!"");
        login.Login(""sync"", ""Winter2019!"");
        overridable.Login(""sync"", ""Winter2019!"");
        AsUser(""sync"", Environment.GetEnvironmentVariable(""SYNC_PASSWORD""));
        AsUser(""sync"", """");
    }
}";
            await Create(source, null).RunAsync();
        }

        [Fact]
        public async Task OneArgument_OneFinding_AndARecursiveHelperEnds()
        {
            const string source = @"
using System.Net;
using System.Security;

static class Credentials
{
    // The password reaches two sinks: the first one stands for the argument.
    public static NetworkCredential Both(string user, string password, SecureString secure)
    {
        foreach (char c in {|#1:password|}) secure.AppendChar(c);
        return new NetworkCredential(user, password);
    }

    public static ICredentials Loop(string user, string password, int depth) => depth > 0 ? Loop(user, password, depth - 1) : new NetworkCredential(user, {|#3:password|});

    public static void Run(SecureString secure)
    {
        Both(""sync"", {|#0:""Winter2019!""|}, secure);
        Loop(""sync"", {|#2:""Summer2020!""|}, 3);
    }
}";
            var both = Expected(0, 1, "SecureString.AppendChar");
            var loop = Expected(2, 3);
            string fixedSource = source.Replace(@"{|#0:""Winter2019!""|}", @"Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"")")
                .Replace(@"{|#2:""Summer2020!""|}", @"Environment.GetEnvironmentVariable(""SERVICEACCOUNT__PASSWORD"")")
                .Replace("{|#1:", string.Empty).Replace("{|#3:", string.Empty).Replace("|}", string.Empty)
                .Replace("using System.Net;", "using System;\nusing System.Net;");
            await Create(source, fixedSource, both, loop).RunAsync();
        }

        [Fact]
        public async Task MessageNamesTheApi_NeverTheSecret()
        {
            const string source = @"
using System.Net;

static class Credentials
{
    public static ICredentials For(string userName, string password) => new NetworkCredential(userName, password);

    public static ICredentials Sync() => For(""sync@contoso.com"", ""Winter2019!"");
}";
            var diagnostics = await AnalyzerRunner.RunAsync(source, new CFA2002HardCodedPasswordAnalyzer());
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Winter2019!");
        }
    }
}
