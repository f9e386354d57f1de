using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify4006 = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4006DataversePasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
using Verify4007 = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4007SqlActiveDirectoryPasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// The string rules find string constants through one text pass per syntax tree (the words every finding contains,
    /// then the string tokens that hold them): every way C# writes a string constant is found, and a word outside a
    /// string (a comment, an identifier, inactive code) is not a string.
    /// </summary>
    public class StringConstantsTests
    {
        private static DiagnosticResult Sql(int location) =>
            Verify4007.Diagnostic("CFA4007").WithLocation(location).WithArguments("This connection string");

        [Fact]
        public async Task EveryKindOfStringLiteral_IsFound()
        {
            const string source = @"
using System.Text;

class Connections
{
    const string Verbatim = {|#0:@""Server=tcp:contoso.database.windows.net;
Authentication=Active Directory Password;User ID=svc@contoso.com;Password=x""|};

    const string Raw = {|#1:""""""
        Server=tcp:contoso.database.windows.net;Authentication=ActiveDirectoryPassword;User ID=svc@contoso.com;Password=x
        """"""|};

    string Built(string user) => {|#2:""Server=tcp:contoso.database.windows.net;"" + ""AUTHENTICATION=Active Directory Password;"" + ""User ID=""|} + user;

    string Appended(StringBuilder builder, string user) =>
        builder.Append($""{|#3:Server=tcp:contoso.database.windows.net;Authentication=Active Directory Password;User ID=|}{user}"").ToString();
}";
            var test = new Verify4007.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.AddRange(new[] { Sql(0), Sql(1), Sql(2), Sql(3) });
            await test.RunAsync();
        }

        [Fact]
        public async Task WordsOutsideStrings_AreNotStrings()
        {
            // One real finding in the same file, so the test fails if the pass finds nothing at all.
            const string source = @"
class Connections
{
    string Real = {|#0:""Server=tcp:contoso.database.windows.net;Authentication=Active Directory Password;User ID=a;Password=b""|};

    // Server=tcp:contoso.database.windows.net;Authentication=Active Directory Password;User ID=a;Password=b
    /// <summary>Authentication=Active Directory Password;Password=b</summary>
    string AuthenticationPassword = ""Server=tcp:contoso.database.windows.net;Authentication=Active Directory Default"";
#if NEVER
    string Old = ""Server=tcp:contoso.database.windows.net;Authentication=Active Directory Password;User ID=a;Password=b"";
#endif
}";
            var test = new Verify4007.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.Add(Sql(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task OneStringWithTheWordsManyTimes_IsReportedOnce()
        {
            const string source = @"
class Connections
{
    string Sql = {|#0:""Authentication=Active Directory Password;Server=auth.contoso.com;User ID=auth@contoso.com;Password=password""|};
}";
            var test = new Verify4007.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.Add(Sql(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task BothStringRules_ReadTheSameTree()
        {
            const string source = @"
class Connections
{
    string Sql = ""Authentication=Active Directory Password;Server=contoso.database.windows.net;User ID=a;Password=b"";
    string Crm = {|#0:""AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=a@contoso.com;Password=b""|};
}";
            var test = new Verify4006.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.Add(Verify4006.Diagnostic("CFA4006").WithLocation(0).WithArguments("This connection string", "AuthType=Office365"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ConstantsJoinedWhereTheyAreUsed_AreReportedOnce_AtTheLiteralThatSignsIn()
        {
            const string source = @"
class Connections
{
    const string Server = ""Server=tcp:contoso.database.windows.net;"";
    const string SignIn = {|#0:""Authentication=Active Directory Password;User ID=a;Password=b""|};
    string Cs = Server + SignIn;
}";
            var test = new Verify4007.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.Add(Sql(0));
            await test.RunAsync();
        }
    }
}
