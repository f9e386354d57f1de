using System.Linq;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1001MsalUsernamePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1001MsalUsernamePasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Configuration
{
    /// <summary>
    /// The ecosystem's configuration surface works for our rules: per-rule and per-category severities in
    /// .editorconfig and global configs (category-wide severities: see .ci/package-e2e), <c>#pragma warning disable</c> and <c>[SuppressMessage]</c>.
    /// CFA1001 stands in for every rule; the category test covers every category in use.
    /// </summary>
    public class ConfigurationTests
    {
        private const string Source = @"
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
#pragma warning restore CS0618
    }
}";

        private static DiagnosticResult Expected(DiagnosticSeverity severity) =>
            VerifyCS.Diagnostic("CFA1001").WithLocation(0).WithSeverity(severity).WithArguments(
                "IPublicClientApplication.AcquireTokenByUsernamePassword",
                "a refresh token from a secret store (IByRefreshToken.AcquireTokenByRefreshToken), app-only AcquireTokenForClient, or AcquireTokenWithDeviceCode/AcquireTokenInteractive");

        private static Task Run(string source, string? editorconfig, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source };
            if (editorconfig != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorconfig + "\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        // Raising a warning to error and category-wide severities (dotnet_analyzer_diagnostic.category-<Category>.severity)
        // are applied by the compiler's command-line pipeline, not by the testing library's analyzer driver: those are
        // checked in a real build of a consumer project by .ci/package-e2e. These tests cover what the driver applies.
        [Theory]
        [InlineData("suggestion", DiagnosticSeverity.Info)]
        [InlineData("silent", DiagnosticSeverity.Hidden)]
        [InlineData("warning", DiagnosticSeverity.Warning)]
        public Task RuleSeverity_FromEditorConfig(string value, DiagnosticSeverity severity) =>
            Run(Source, $"dotnet_diagnostic.CFA1001.severity = {value}", Expected(severity));

        [Fact]
        public Task RuleSeverityNone_Silences() =>
            Run(Source.Replace("{|#0:", "").Replace(")|};", ");"), "dotnet_diagnostic.CFA1001.severity = none");

        [Fact]
        public Task GlobalConfig_AtAnalysisModeLevel_IsOverriddenByEditorConfig()
        {
            // The shipped analysis-mode files use global_level = -100, so any .editorconfig entry wins over them.
            var test = new VerifyCS.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nglobal_level = -100\ndotnet_diagnostic.CFA1001.severity = none\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CFA1001.severity = suggestion\n"));
            test.ExpectedDiagnostics.Add(Expected(DiagnosticSeverity.Info));
            return test.RunAsync();
        }

        [Fact]
        public Task GlobalConfig_AloneSetsTheSeverity()
        {
            var test = new VerifyCS.Test { TestCode = Source };
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nglobal_level = -100\ndotnet_diagnostic.CFA1001.severity = suggestion\n"));
            test.ExpectedDiagnostics.Add(Expected(DiagnosticSeverity.Info));
            return test.RunAsync();
        }

        [Fact]
        public void EveryCategory_IsAValidEditorConfigKeySegment()
        {
            // Roslyn reads dotnet_analyzer_diagnostic.category-<Category>.severity; dots, spaces or '=' in a category
            // name would make the key unreadable. Checked for whatever categories the rules use.
            var categories = RuleCatalogTests.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Category).Distinct().ToList();
            Assert.NotEmpty(categories);
            Assert.All(categories, c => Assert.Matches("^[A-Za-z][A-Za-z0-9_-]*$", c));
        }

        [Fact]
        public Task PragmaWarningDisable_Suppresses() =>
            Run(@"
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618, CFA1001 // test tenant without MFA
        return app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password);
#pragma warning restore CS0618, CFA1001
    }
}", null);

        [Fact]
        public Task PragmaWarningRestore_ReportsAgain()
        {
            var test = new VerifyCS.Test
            {
                // The library's own check wraps the code in '#pragma warning disable'; the restore here re-enables the rule.
                TestBehaviors = TestBehaviors.SkipSuppressionCheck,
                TestCode = @"
using Microsoft.Identity.Client;

class Sync
{
    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
#pragma warning disable CFA1001
        var a = app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password);
#pragma warning restore CFA1001
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
#pragma warning restore CS0618
    }
}",
            };
            test.ExpectedDiagnostics.Add(Expected(DiagnosticSeverity.Warning));
            return test.RunAsync();
        }

        [Fact]
        public Task SuppressMessageAttribute_OnMember_Suppresses() =>
            Run(@"
using System.Diagnostics.CodeAnalysis;
using Microsoft.Identity.Client;

class Sync
{
    [SuppressMessage(""PasswordGrant"", ""CFA1001:MSAL token acquisition with a user name and password"", Justification = ""Test tenant without MFA"")]
    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        return app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password);
#pragma warning restore CS0618
    }
}", null);

        [Fact]
        public Task SuppressMessageAttribute_AssemblyLevelWithTarget_Suppresses() =>
            Run(@"
using System.Diagnostics.CodeAnalysis;
using Microsoft.Identity.Client;

[assembly: SuppressMessage(""PasswordGrant"", ""CFA1001"", Justification = ""Test tenant without MFA"", Scope = ""member"", Target = ""~M:Sync.Get(Microsoft.Identity.Client.IPublicClientApplication,System.String,System.String)~System.Object"")]

class Sync
{
    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        return app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password);
#pragma warning restore CS0618
    }
}", null);

        [Fact]
        public Task SuppressMessageAttribute_OnOtherMember_DoesNotSuppress() =>
            Run(@"
using System.Diagnostics.CodeAnalysis;
using Microsoft.Identity.Client;

class Sync
{
    [SuppressMessage(""PasswordGrant"", ""CFA1001"", Justification = ""Only this one"")]
    void Other() { }

    object Get(IPublicClientApplication app, string user, string password)
    {
#pragma warning disable CS0618
        return {|#0:app.AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, user, password)|};
#pragma warning restore CS0618
    }
}", null, Expected(DiagnosticSeverity.Warning));
    }
}
