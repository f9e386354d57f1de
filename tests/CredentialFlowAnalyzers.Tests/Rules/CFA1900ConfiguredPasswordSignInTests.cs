using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Options;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1900ConfiguredPasswordSignInAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1900ConfiguredPasswordSignInTests
    {
        private const string Wrapper = @"
namespace Contoso.Legacy
{
    public class PartnerLogin
    {
        public PartnerLogin(string user, string password) { }
        public string SignIn(string user, string password) => null;
        public string SignIn(string user, System.Security.SecureString password) => null;
        public string SignInWithCertificate(string thumbprint) => null;
        public virtual string Connect(string user, string password) => null;
    }

    public static class LoginExtensions
    {
        public static string SignInAs(this string user, string password) => null;
    }
}";

        private static DiagnosticResult Expected(int location, string member) =>
            VerifyCS.Diagnostic("CFA1900").WithLocation(location).WithArguments(member);

        private static VerifyCS.Test Test(string source, string? config, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestState = { Sources = { source, Wrapper } } };
            if (config != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + config + "\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task ExactDocId_ReportsThatOverloadOnly()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login, System.Security.SecureString secure)
    {
        var a = {|#0:login.SignIn(""svc@contoso.com"", ""pw"")|};
        var b = login.SignIn(""svc@contoso.com"", secure);
        return a + b;
    }
}";
            await Test(source, "cfa.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin.SignIn(System.String,System.String)",
                Expected(0, "PartnerLogin.SignIn")).RunAsync();
        }

        [Fact]
        public async Task NameWithoutParameters_ReportsEveryOverload_AndMPrefixIsOptional()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login, System.Security.SecureString secure)
    {
        var a = {|#0:login.SignIn(""svc@contoso.com"", ""pw"")|};
        var b = {|#1:login.SignIn(""svc@contoso.com"", secure)|};
        var c = login.SignInWithCertificate(""ABCD"");
        return a + b + c;
    }
}";
            await Test(source, "cfa.password_sign_in_methods = Contoso.Legacy.PartnerLogin.SignIn",
                Expected(0, "PartnerLogin.SignIn"), Expected(1, "PartnerLogin.SignIn")).RunAsync();
        }

        [Fact]
        public async Task SeveralEntries_ConstructorBaseCallExtensionAndOverride_AreReported()
        {
            const string source = @"
using Contoso.Legacy;

class DerivedLogin : PartnerLogin
{
    public DerivedLogin() {|#3:: base(null, null)|} { }
    public override string Connect(string user, string password) => null;
}

class Sync
{
    void Run(DerivedLogin derived)
    {
        var login = {|#0:new PartnerLogin(""svc@contoso.com"", ""pw"")|};
        var token = {|#1:""svc@contoso.com"".SignInAs(""pw"")|};
        var other = {|#2:derived.Connect(""svc@contoso.com"", ""pw"")|};
    }
}";
            const string config = "cfa.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin..ctor(System.String,System.String), "
                + "M:Contoso.Legacy.LoginExtensions.SignInAs(System.String,System.String),M:Contoso.Legacy.PartnerLogin.Connect(System.String,System.String)";
            await Test(source, config,
                Expected(3, "PartnerLogin"),
                Expected(0, "PartnerLogin"),
                Expected(1, "LoginExtensions.SignInAs"),
                Expected(2, "DerivedLogin.Connect")).RunAsync();
        }

        [Fact]
        public async Task PerRuleKey_WinsOverSharedKey()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login) => login.SignIn(""u"", ""p"") + {|#0:login.SignInWithCertificate(""ABCD"")|};
}";
            const string config = "cfa.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin.SignIn(System.String,System.String)\n"
                + "cfa.CFA1900.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin.SignInWithCertificate(System.String)";
            await Test(source, config, Expected(0, "PartnerLogin.SignInWithCertificate")).RunAsync();
        }

        [Fact]
        public async Task GlobalConfig_IsRead()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login) => {|#0:login.SignIn(""u"", ""p"")|};
}";
            var test = Test(source, null, Expected(0, "PartnerLogin.SignIn"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ncfa.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin.SignIn(System.String,System.String)\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task NotConfigured_NothingIsReported()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login) => login.SignIn(""u"", ""p"");
}";
            await Test(source, null).RunAsync();
        }

        [Fact]
        public async Task UnknownOrMalformedEntries_AreIgnored_AndSameNameOnOtherTypeIsNotReported()
        {
            const string source = @"
using Contoso.Legacy;

class Other
{
    public string SignIn(string user, string password) => null;
}

class Sync
{
    string Run(Other other, PartnerLogin login) => other.SignIn(""u"", ""p"") + {|#0:login.SignIn(""u"", ""p"")|};
}";
            const string config = "cfa.password_sign_in_methods = M:Nope.Missing.SignIn(System.String), M:, garbage(, "
                + "M:Contoso.Legacy.PartnerLogin.SignIn(System.String,System.String)";
            await Test(source, config, Expected(0, "PartnerLogin.SignIn")).RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_MissingArguments_StillReportsBoundCalls()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    string Run(PartnerLogin login)
    {
        var a = {|#0:login.SignIn(""u"", ""p"")|}
        var b = login.SignIn(""u"", );
        login.
    }
}";
            var test = Test(source, "cfa.password_sign_in_methods = M:Contoso.Legacy.PartnerLogin.SignIn(System.String,System.String)", Expected(0, "PartnerLogin.SignIn"));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsArgumentValues()
        {
            const string source = @"
using Contoso.Legacy;

class Sync
{
    const string Password = ""Hunter2-Secret!"";
    string Run(PartnerLogin login) => {|#0:login.SignIn(""svc@contoso.com"", Password)|};
}";
            // The only message argument is the member's display name.
            await Test(source, "cfa.password_sign_in_methods = Contoso.Legacy.PartnerLogin.SignIn", Expected(0, "PartnerLogin.SignIn")).RunAsync();
        }

        [Theory]
        [InlineData("M:A.B.C(System.String,System.String), M:A.B.D", new[] { "M:A.B.C(System.String,System.String)", "M:A.B.D" })]
        [InlineData("M:A.B.C(System.Collections.Generic.IEnumerable{System.String},System.String);M:A.B.E(System.Int32[,])", new[] { "M:A.B.C(System.Collections.Generic.IEnumerable{System.String},System.String)", "M:A.B.E(System.Int32[,])" })]
        [InlineData(" , ;", new string[0])]
        [InlineData("garbage(, M:A.B.C(System.String)", new[] { "garbage(", "M:A.B.C(System.String)" })]
        public void SplitDocIds_SplitsOnlyOutsideBrackets(string value, string[] expected) =>
            Assert.Equal(expected, CfaOptions.SplitDocIds(value).ToArray());

        [Theory]
        [InlineData("M:N.Login.#ctor(System.String,System.String)")]
        [InlineData("N.Login..ctor(System.String,System.String)")]
        [InlineData("N.Login..ctor")]
        public void Resolve_Constructors(string entry)
        {
            var compilation = CSharpCompilation.Create("c", new[] { CSharpSyntaxTree.ParseText("namespace N { public class Login { public Login(string user, string password) { } } }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            ISymbol symbol = Assert.Single(CFA1900ConfiguredPasswordSignInAnalyzer.Resolve(entry, compilation));
            Assert.Equal(MethodKind.Constructor, ((IMethodSymbol)symbol).MethodKind);
        }

        [Fact]
        public void Resolve_FindsGenericTypeMembersByDocId()
        {
            var compilation = CSharpCompilation.Create("c", new[] { CSharpSyntaxTree.ParseText("namespace N { public class G<T> { public void Login(T user, string password) { } } }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            ImmutableHashSet<ISymbol> symbols = CFA1900ConfiguredPasswordSignInAnalyzer.Resolve("M:N.G`1.Login(`0,System.String)", compilation);
            Assert.Equal("Login", Assert.Single(symbols).Name);
        }
    }
}
