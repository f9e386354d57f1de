using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA4008ConfigConnectionStringAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA4008ConfigConnectionStringCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA4008ConfigConnectionStringTests
    {
        private const string Code = "class Program { static void Main() { } }";
        private const string SqlWhat = "Authentication=Active Directory Password";
        private const string SqlAdvice = "use Authentication=Active Directory Default, Managed Identity or Interactive without a password";
        private const string DataverseAdvice = "use AuthType=OAuth without a password (interactive sign-in), or AuthType=ClientSecret or Certificate with an application user";

        private static DiagnosticResult Sql(int location) =>
            VerifyCS.Diagnostic("CFA4008").WithLocation(location).WithArguments(SqlWhat, SqlAdvice);

        private static DiagnosticResult Dataverse(int location, string what = "AuthType=Office365") =>
            VerifyCS.Diagnostic("CFA4008").WithLocation(location).WithArguments(what, DataverseAdvice);

        private const string AppSettings = @"{
  ""ConnectionStrings"": {
    ""Orders"": ""{|#0:Server=tcp:contoso.database.windows.net;Database=Orders;Authentication=Active Directory Password;User ID=svc@contoso.com;Password=Winter2024!|}"",
    ""Crm"": ""{|#1:AuthType=Office365;Username=svc@contoso.com;Password=Winter2024!;Url=https://contoso.crm.dynamics.com|}"",
    ""Local"": ""Server=(localdb)\\mssqllocaldb;Integrated Security=True""
  }
}";

        private const string AppSettingsFixed = @"{
  ""ConnectionStrings"": {
    ""Orders"": ""Server=tcp:contoso.database.windows.net;Database=Orders;Authentication=Active Directory Default"",
    ""Crm"": ""AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto"",
    ""Local"": ""Server=(localdb)\\mssqllocaldb;Integrated Security=True""
  }
}";

        private const string AppConfig = @"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <!-- <add name=""Old"" connectionString=""Authentication=Active Directory Password;User ID=x;Password=y"" /> -->
  <connectionStrings>
    <add name=""Orders"" connectionString=""{|#0:Data Source=contoso.database.windows.net;Initial Catalog=Orders;Authentication=ActiveDirectoryPassword;UID=svc@contoso.com;PWD=Winter2024!|}"" providerName=""Microsoft.Data.SqlClient"" />
    <add name=""Crm"" connectionString='{|#1:AuthType=OAuth;Url=https://contoso.crm.dynamics.com;Username=svc@contoso.com;Password=Winter2024!;AppId=abc;RedirectUri=http://localhost|}' />
    <add name=""Reporting"" connectionString=""Server=contoso.database.windows.net;Authentication=Active Directory Service Principal;User ID=11111111-2222-3333-4444-555555555555;Password=app-secret"" />
  </connectionStrings>
  <appSettings>
    <add key=""MailHost"" value=""smtp.office365.com"" />
  </appSettings>
</configuration>";

        private const string AppConfigFixed = @"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <!-- <add name=""Old"" connectionString=""Authentication=Active Directory Password;User ID=x;Password=y"" /> -->
  <connectionStrings>
    <add name=""Orders"" connectionString=""Data Source=contoso.database.windows.net;Initial Catalog=Orders;Authentication=Active Directory Default"" providerName=""Microsoft.Data.SqlClient"" />
    <add name=""Crm"" connectionString='AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=abc;RedirectUri=http://localhost;LoginPrompt=Auto' />
    <add name=""Reporting"" connectionString=""Server=contoso.database.windows.net;Authentication=Active Directory Service Principal;User ID=11111111-2222-3333-4444-555555555555;Password=app-secret"" />
  </connectionStrings>
  <appSettings>
    <add key=""MailHost"" value=""smtp.office365.com"" />
  </appSettings>
</configuration>";

        [Fact]
        public async Task AppSettingsJson_IsReported_AndFixedToValidJson()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));
            test.ExpectedDiagnostics.Add(Sql(0));
            test.ExpectedDiagnostics.Add(Dataverse(1));
            await test.RunAsync();

            Assert.Equal(AppSettingsFixed, await ApplyFixesAsync("/0/appsettings.json", Unmarked(AppSettings)));

            using JsonDocument parsed = JsonDocument.Parse(AppSettingsFixed);
            Assert.Equal(3, parsed.RootElement.GetProperty("ConnectionStrings").EnumerateObject().Count());
            Assert.DoesNotContain("Password", parsed.RootElement.GetProperty("ConnectionStrings").GetProperty("Orders").GetString());
        }

        [Fact]
        public async Task AppConfig_IsReported_AndFixedToValidXml()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/App.config", AppConfig));
            test.ExpectedDiagnostics.Add(Sql(0));
            test.ExpectedDiagnostics.Add(Dataverse(1, "AuthType=OAuth with Username and Password"));
            await test.RunAsync();

            Assert.Equal(AppConfigFixed, await ApplyFixesAsync("/0/App.config", Unmarked(AppConfig)));

            XDocument parsed = XDocument.Parse(AppConfigFixed);
            Assert.Equal(3, parsed.Root!.Element("connectionStrings")!.Elements("add").Count());
            Assert.DoesNotContain("PWD", (string)parsed.Root.Element("connectionStrings")!.Elements("add").First().Attribute("connectionString")!);
        }

        [Fact]
        public async Task AppConfig_SystemDataSqlClientProvider_IsReported_ButOnlyTheDataverseStringIsRewritten()
        {
            // Modelled on .NET Framework partner tools of 2016-2019 (web.config connection strings for Azure SQL with
            // providerName System.Data.SqlClient): that library has no Active Directory Default, so the string stays.
            const string config = @"<configuration>
  <connectionStrings>
    <add name=""Billing"" connectionString=""{|#0:Server=tcp:x.database.windows.net;Authentication=Active Directory Password;User ID=u;Password=p|}"" providerName=""System.Data.SqlClient"" />
    <add name=""Crm"" connectionString=""{|#1:AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=u;Password=p|}"" />
  </connectionStrings>
</configuration>";
            const string fixedConfig = @"<configuration>
  <connectionStrings>
    <add name=""Billing"" connectionString=""Server=tcp:x.database.windows.net;Authentication=Active Directory Password;User ID=u;Password=p"" providerName=""System.Data.SqlClient"" />
    <add name=""Crm"" connectionString=""AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto"" />
  </connectionStrings>
</configuration>";
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/Web.config", config));
            test.ExpectedDiagnostics.Add(Sql(0));
            test.ExpectedDiagnostics.Add(Dataverse(1, "AuthType=Office365"));
            await test.RunAsync();

            Assert.Equal(fixedConfig, await ApplyFixesAsync("/0/Web.config", Unmarked(config)));
        }

        [Fact]
        public async Task DiagnosticLocation_PointsAtTheValueLine()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(
                new CredentialFlowAnalyzers.Rules.CFA4008ConfigConnectionStringAnalyzer(), Code, System.Collections.Immutable.ImmutableArray<MetadataReference>.Empty,
                ("/src/web.config", "<configuration>\n  <connectionStrings>\n    <add name=\"Db\" connectionString=\"Server=x;Authentication=Active Directory Password;User ID=u;Password=p\" />\n  </connectionStrings>\n</configuration>\n"));
            Diagnostic diagnostic = Assert.Single(diagnostics);
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            Assert.Equal("/src/web.config", span.Path);
            Assert.Equal(2, span.StartLinePosition.Line);
            Assert.Equal(37, span.StartLinePosition.Character);
        }

        [Fact]
        public async Task OtherFiles_AndPasswordlessStrings_AreNotReported()
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/notes.txt", "Authentication=Active Directory Password;User ID=u;Password=p"));
            test.TestState.AdditionalFiles.Add(("/0/settings.json", "{ \"Db\": \"Server=x;Authentication=Active Directory Password;User ID=u;Password=p\" }"));
            test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", "{ \"Db\": \"Server=x;Authentication=Active Directory Managed Identity\", \"Crm\": \"AuthType=ClientSecret;Url=https://x.crm.dynamics.com;ClientId=a;ClientSecret=b\" }"));
            await test.RunAsync();
        }

        [Fact]
        public async Task EveryConnectionString_InAFile_IsRewritten()
        {
            const string source = "{ \"A\": \"{|#0:Server=a;Authentication=Active Directory Password;User ID=u;Password=p|}\", \"B\": \"{|#1:Server=b;Authentication=Active Directory Password;Password=p;|}\" }";
            const string fixedText = "{ \"A\": \"Server=a;Authentication=Active Directory Default\", \"B\": \"Server=b;Authentication=Active Directory Default;\" }";
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", source));
            test.ExpectedDiagnostics.Add(Sql(0));
            test.ExpectedDiagnostics.Add(Sql(1));
            await test.RunAsync();

            Assert.Equal(fixedText, await ApplyFixesAsync("/0/appsettings.json", Unmarked(source)));
            using JsonDocument parsed = JsonDocument.Parse(fixedText);
            Assert.Equal(2, parsed.RootElement.EnumerateObject().Count());
        }

        private static string Unmarked(string marked) =>
            System.Text.RegularExpressions.Regex.Replace(marked, @"\{\|#\d+:|\|\}", string.Empty);

        /// <summary>
        /// Applies the first code action of the fix to the configuration file as an IDE would (an additional document in a
        /// workspace), one diagnostic at a time with re-analysis in between, until none is left.
        /// </summary>
        private static async Task<string> ApplyFixesAsync(string path, string text)
        {
            var provider = new CredentialFlowAnalyzers.CodeFixes.Rules.CFA4008ConfigConnectionStringCodeFix();
            using var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject("Probe", LanguageNames.CSharp);
            DocumentId id = DocumentId.CreateNewId(project.Id);
            Solution solution = project.Solution.AddAdditionalDocument(id, System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);

            for (int iteration = 0; iteration < 10; iteration++)
            {
                TextDocument document = solution.GetAdditionalDocument(id)!;
                string current = (await document.GetTextAsync()).ToString();
                var diagnostics = await AnalyzerRunner.RunAsync(new CredentialFlowAnalyzers.Rules.CFA4008ConfigConnectionStringAnalyzer(), Code, ImmutableArray<MetadataReference>.Empty, (path, current));
                // The first diagnostic the fix has an action for (some sites have none).
                var actions = new List<CodeAction>();
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    if (actions.Count > 0)
                    {
                        break;
                    }
                }

                if (actions.Count == 0)
                {
                    return current;
                }

                CodeAction chosen = actions[0];
                var operations = await chosen.GetOperationsAsync(CancellationToken.None);
                solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }

            throw new System.InvalidOperationException("The fix did not converge.");
        }

        [Fact]
        public async Task Message_AndProperties_NeverContainThePassword()
        {
            var diagnostics = await AnalyzerRunner.RunAsync(
                new CredentialFlowAnalyzers.Rules.CFA4008ConfigConnectionStringAnalyzer(), Code, System.Collections.Immutable.ImmutableArray<MetadataReference>.Empty,
                ("/src/appsettings.json", "{ \"Db\": \"Server=x;Authentication=Active Directory Password;User ID=u;Password=Hunter2-Secret!\" }"));
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2-Secret!");
            AnalyzerRunner.AssertNoSecret(diagnostics, "Server=x");
        }
    }
}
