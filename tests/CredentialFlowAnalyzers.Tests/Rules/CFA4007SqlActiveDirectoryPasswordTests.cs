using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4007SqlActiveDirectoryPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4007SqlActiveDirectoryCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4007SqlActiveDirectoryPasswordTests
    {
        private static DiagnosticResult ForString(int location) =>
            VerifyCS.Diagnostic("CFA4007").WithLocation(location).WithArguments("This connection string");

        private static DiagnosticResult ForEnum(int location) =>
            VerifyCS.Diagnostic("CFA4007").WithLocation(location).WithArguments("'SqlAuthenticationMethod.ActiveDirectoryPassword'");

        private static VerifyCS.Test Test(string source, string? fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.With(TestReferences.SqlClient);
            if (fixedSource != null)
            {
                test.FixedCode = fixedSource;
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task SqlConnectionLiteral_IsRewrittenToDefault_WithoutUserAndPassword()
        {
            const string source = @"
using Microsoft.Data.SqlClient;

class Orders
{
    SqlConnection Open() =>
        new SqlConnection({|#0:""Server=tcp:contoso.database.windows.net,1433;Database=Orders;Authentication=Active Directory Password;User ID=svc@contoso.com;Password=Winter2024!;Encrypt=True;""|});
}";
            const string fixedSource = @"
using Microsoft.Data.SqlClient;

class Orders
{
    SqlConnection Open() =>
        new SqlConnection(""Server=tcp:contoso.database.windows.net,1433;Database=Orders;Authentication=Active Directory Default;Encrypt=True;"");
}";
            await Test(source, fixedSource, ForString(0)).RunAsync();
        }

        [Fact]
        public async Task CompactSpelling_AnyCase_Constant_ManagedIdentityAction()
        {
            const string source = @"
class Orders
{
    public const string Cs = {|#0:""Data Source=contoso.database.windows.net;authentication=activedirectorypassword;UID=svc@contoso.com;PWD=Winter2024!""|};
}";
            const string fixedSource = @"
class Orders
{
    public const string Cs = ""Data Source=contoso.database.windows.net;authentication=Active Directory Managed Identity"";
}";
            var test = Test(source, fixedSource, ForString(0));
            test.CodeActionEquivalenceKey = "CFA4007.ManagedIdentity";
            test.CodeActionIndex = 1;
            await test.RunAsync();
        }

        [Fact]
        public async Task InteractiveAction_KeepsUserAsLoginHint()
        {
            const string source = @"
class Orders
{
    string Cs = {|#0:""Server=contoso.database.windows.net;Authentication=ActiveDirectoryPassword;User ID=svc@contoso.com;Password=Winter2024!""|};
}";
            const string fixedSource = @"
class Orders
{
    string Cs = ""Server=contoso.database.windows.net;Authentication=Active Directory Interactive;User ID=svc@contoso.com"";
}";
            var test = Test(source, fixedSource, ForString(0));
            test.CodeActionEquivalenceKey = "CFA4007.Interactive";
            test.CodeActionIndex = 2;
            await test.RunAsync();
        }

        [Fact]
        public async Task Concatenations_AreFixed_AndPiecesLeftNextToEachOtherMerge()
        {
            const string source = @"
class Orders
{
    const string Whole = {|#0:""Server=contoso.database.windows.net;"" + ""Authentication=Active Directory Password;""|};

    string Build(string user, string password) =>
        {|#1:""Server=contoso.database.windows.net"" + "";Authentication=Active Directory Password;User ID=""|} + user + "";Password="" + password;
}";
            const string fixedSource = @"
class Orders
{
    const string Whole = ""Server=contoso.database.windows.net;Authentication=Active Directory Default;"";

    string Build() =>
        ""Server=contoso.database.windows.net;Authentication=Active Directory Default"";
}";
            await Test(source, fixedSource, ForString(0), ForString(1)).RunAsync();
        }

        [Fact]
        public async Task InterpolatedString_TextPartIsReported_AndFixed()
        {
            const string source = @"
class Orders
{
    string Build(string server, string user, string password) =>
        $""Server={server}{|#0:;Authentication=Active Directory Password;User ID=|}{user};Password={password}"";
}";
            const string fixedSource = @"
class Orders
{
    string Build(string server) =>
        $""Server={server};Authentication=Active Directory Default"";
}";
            await Test(source, fixedSource, ForString(0)).RunAsync();
        }

        [Fact]
        public async Task BuilderIndexer_IsReported_AndPasswordSettingsGo()
        {
            const string source = @"
using System.Data.Common;

class Orders
{
    string Build(string user, string password)
    {
        var builder = new DbConnectionStringBuilder();
        builder[""Server""] = ""contoso.database.windows.net"";
        builder[""Authentication""] = {|#0:""Active Directory Password""|};
        builder[""User ID""] = user;
        builder[""Password""] = password;
        return builder.ConnectionString;
    }
}";
            const string fixedSource = @"
using System.Data.Common;

class Orders
{
    string Build()
    {
        var builder = new DbConnectionStringBuilder();
        builder[""Server""] = ""contoso.database.windows.net"";
        builder[""Authentication""] = ""Active Directory Default"";
        return builder.ConnectionString;
    }
}";
            await Test(source, fixedSource, ForString(0)).RunAsync();
        }

        [Fact]
        public async Task EnumInObjectInitializer_IsRewrittenToDefault()
        {
            const string source = @"
using Microsoft.Data.SqlClient;

class Orders
{
    private const string ServicePassword = ""Winter2024!"";

    string Build(string user)
    {
#pragma warning disable CS0618
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = ""contoso.database.windows.net"",
            Authentication = {|#0:SqlAuthenticationMethod.ActiveDirectoryPassword|},
            UserID = user,
            Password = ServicePassword,
        };
#pragma warning restore CS0618
        return builder.ConnectionString;
    }
}";
            const string fixedSource = @"
using Microsoft.Data.SqlClient;

class Orders
{
    string Build()
    {
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = ""contoso.database.windows.net"",
            Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault,
        };
        return builder.ConnectionString;
    }
}";
            await Test(source, fixedSource, ForEnum(0)).RunAsync();
        }

        [Fact]
        public async Task EnumAssignmentStatement_PasswordStatementGoes()
        {
            const string source = @"
using Microsoft.Data.SqlClient;

class Orders
{
    void Configure(SqlConnectionStringBuilder builder, string password)
    {
#pragma warning disable CS0618
        builder.Authentication = {|#0:SqlAuthenticationMethod.ActiveDirectoryPassword|};
#pragma warning restore CS0618
        builder.Password = password;
    }
}";
            const string fixedSource = @"
using Microsoft.Data.SqlClient;

class Orders
{
    void Configure(SqlConnectionStringBuilder builder)
    {
        builder.Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault;
    }
}";
            await Test(source, fixedSource, ForEnum(0)).RunAsync();
        }

        [Fact]
        public async Task SystemDataSqlClientPackage_ConnectionStringIsReportedAndFixed()
        {
            // System.Data.SqlClient 4.9.1 (the package for .NET) has no SqlAuthenticationMethod: only the string shape exists.
            const string source = @"
using System.Data.SqlClient;

class Orders
{
#pragma warning disable CS0618
    SqlConnection Open() => new SqlConnection({|#0:""Server=x.database.windows.net;Authentication=Active Directory Password;User ID=u;Password=p""|});
#pragma warning restore CS0618
}";
            const string fixedSource = @"
using System.Data.SqlClient;
using TestProject;

class Orders
{
#pragma warning disable CS0618
    SqlConnection Open() => new SqlConnection(""Server=x.database.windows.net"") { AccessToken = SecureAppTokenProvider.GetAccessToken(""https://database.windows.net/.default"") };
#pragma warning restore CS0618
}";
            await Test(source, fixedSource, ForString(0)).WithTokenProvider().RunAsync();
        }

        [Fact]
        public async Task SystemDataSqlClient_StringInALocalUsedOnceByTheConnection_IsFixed()
        {
            // Modelled on the Azure SQL connection-string examples of 2016-2019 (a string local, then
            // using (var connection = new SqlConnection(connectionString))), as CSP billing tools copied them.
            const string source = @"
using System.Data.SqlClient;

class Orders
{
    int Count(string user, string password)
    {
        string connectionString = {|#0:""Server=x.database.windows.net;Authentication=Active Directory Password;User ID=""|} + user + "";Password="" + password;
        using (var connection = new SqlConnection(connectionString))
        {
            connection.Open();
            return 1;
        }
    }
}";
            const string fixedSource = @"
using System.Data.SqlClient;
using TestProject;

class Orders
{
    int Count()
    {
        string connectionString = ""Server=x.database.windows.net"";
        using (var connection = new SqlConnection(connectionString) { AccessToken = SecureAppTokenProvider.GetAccessToken(""https://database.windows.net/.default"") })
        {
            connection.Open();
            return 1;
        }
    }
}";
            await Test(source, fixedSource, ForString(0)).WithTokenProvider().RunAsync();
        }

        [Fact]
        public async Task SystemDataSqlClient_StringInALocalUsedTwice_HasNoFix()
        {
            // Near miss: the local also feeds something else, so adding a token to one connection would not cover it.
            const string source = @"
using System.Data.SqlClient;

class Orders
{
    string Count()
    {
        string connectionString = {|#0:""Server=x.database.windows.net;Authentication=Active Directory Password;User ID=u;Password=p""|};
        using (var connection = new SqlConnection(connectionString))
        {
            connection.Open();
        }

        return connectionString;
    }
}";
            var test = Test(source, source, ForString(0));
            test.FixedState.ExpectedDiagnostics.Add(ForString(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task NetFrameworkSystemData_BuilderWithoutItsConnection_HasNoFix()
        {
            // System.Data.SqlClient has no passwordless mode a service can use (Interactive needs a person): the fix gives the
            // connection an access token, so it needs the connection the builder is for, which this method does not show.
            const string source = @"
using System.Data.SqlClient;

class Orders
{
    void Configure(SqlConnectionStringBuilder builder)
    {
        builder.Authentication = {|#0:SqlAuthenticationMethod.ActiveDirectoryPassword|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.OnNetFramework(ImmutableArray<MetadataReference>.Empty);
            test.ReferenceAssemblies = TestReferences.Net472.AddAssemblies(ImmutableArray.Create("System.Data"));
            test.ExpectedDiagnostics.Add(ForEnum(0));
            test.FixedState.ExpectedDiagnostics.Add(ForEnum(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task PasswordlessAndServicePrincipal_AreNotReported()
        {
            const string source = @"
using Microsoft.Data.SqlClient;

class Orders
{
    void Open(string appId, string secret)
    {
        new SqlConnection(""Server=contoso.database.windows.net;Integrated Security=True"");
        new SqlConnection(""Server=contoso.database.windows.net;Authentication=Active Directory Managed Identity"");
        new SqlConnection(""Server=contoso.database.windows.net;Authentication=Active Directory Default"");
        new SqlConnection(""Server=contoso.database.windows.net;Authentication=Active Directory Service Principal;User ID=11111111-2222-3333-4444-555555555555;Password=app-secret"");
        new SqlConnection(""Server=onprem;User ID=sa;Password=pass"");
        var builder = new SqlConnectionStringBuilder { Authentication = SqlAuthenticationMethod.ActiveDirectoryServicePrincipal, UserID = appId, Password = secret };
        string note = ""Active Directory Password"";
    }
}";
            await Test(source, null).RunAsync();
        }

        [Fact]
        public async Task WithoutSqlClient_StringsAreStillReported_AndLookAlikeEnumIsNot()
        {
            const string source = @"
enum SqlAuthenticationMethod { ActiveDirectoryPassword }

class Orders
{
    string Cs = {|#0:""Server=x.database.windows.net;Authentication=Active Directory Password;User ID=a;Password=b""|};
    object M() => SqlAuthenticationMethod.ActiveDirectoryPassword;
}";
            var test = new VerifyCS.Test { TestCode = source }.WithoutVendorReferences();
            test.ExpectedDiagnostics.Add(ForString(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
using Microsoft.Data.SqlClient;

class Orders
{
    void M()
    {
        var c = new SqlConnection({|#0:""Server=x;Authentication=Active Directory Password;User ID=a;Password=b""|});
        c.
    }
}";
            var test = Test(source, null, ForString(0));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryString()
        {
            const string source = @"
class Orders
{
    string A = {|#0:""Server=a;Authentication=Active Directory Password;User ID=u;Password=p""|};
    string B = {|#1:""Server=b;Password=p;Authentication=Active Directory Password""|};
}";
            const string fixedSource = @"
class Orders
{
    string A = ""Server=a;Authentication=Active Directory Default"";
    string B = ""Server=b;Authentication=Active Directory Default"";
}";
            await Test(source, fixedSource, ForString(0), ForString(1)).RunAsync();
        }

        [Fact]
        public async Task Message_AndProperties_NeverContainThePassword()
        {
            const string source = @"class Orders { string A = ""Server=a;Authentication=Active Directory Password;User ID=u;Password=Hunter2-Secret!""; }";
            var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4007SqlActiveDirectoryPasswordAnalyzer(), source, TestReferences.SqlClient);
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
            AnalyzerRunner.AssertNoSecret(diagnostics, "Server=a");
        }
    }
}
