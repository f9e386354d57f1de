using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// The CS0618 suppressor against the real vendor packages, which mark their password sign-ins [Obsolete]: MSAL 4.92
    /// (AcquireTokenByUsernamePassword) and Azure.Identity 1.21 (UsernamePasswordCredential). The call shapes follow
    /// MSAL's own username/password sample (https://github.com/Azure-Samples/active-directory-dotnetcore-console-up-v2)
    /// and Azure.Identity's UsernamePasswordCredential samples (https://github.com/Azure/azure-sdk-for-net).
    /// Compiled in a workspace so .editorconfig applies as in a build.
    /// </summary>
    public class VendorObsoleteSuppressorTests
    {
        private const string Msal = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;

public static class GraphToken
{
    public static async Task<string> GetAsync(IPublicClientApplication app, string user, string password)
    {
        AuthenticationResult result = await app.AcquireTokenByUsernamePassword(new[] { ""https://graph.microsoft.com/.default"" }, user, password).ExecuteAsync();
        return result.AccessToken;
    }
}
";

        private const string AzureIdentity = @"
using Azure.Core;
using Azure.Identity;

public static class ArmCredential
{
    public static TokenCredential Create(string tenant, string client, string user, string password) =>
        new UsernamePasswordCredential(user, password, tenant, client);

    // A field of the obsolete type is no sign-in: no CFA rule reports it, so its CS0618 stays.
    public static UsernamePasswordCredential? Cached;
}
";

        private const string OwnObsolete = @"
public static class Legacy
{
    [System.Obsolete(""Use New"")]
    public static void Old() { }

    public static void Caller() => Old();
}
";

        [Fact]
        public async Task Msal_UsernamePassword_CS0618_IsSuppressed()
        {
            Diagnostic cs0618 = Assert.Single(await ObsoleteWarningsAsync(Msal, editorConfig: null));
            Assert.True(cs0618.IsSuppressed);
            Assert.Contains("AcquireTokenByUsernamePassword", Line(Msal, cs0618));
        }

        [Fact]
        public async Task AzureIdentity_Constructor_IsSuppressed_ButNotTheFieldOfTheObsoleteType()
        {
            ImmutableArray<Diagnostic> warnings = await ObsoleteWarningsAsync(AzureIdentity, editorConfig: null);
            Assert.True(Assert.Single(warnings, d => Line(AzureIdentity, d).Contains("new UsernamePasswordCredential")).IsSuppressed);
            Diagnostic[] field = warnings.Where(d => Line(AzureIdentity, d).Contains("Cached")).ToArray();
            Assert.NotEmpty(field);
            Assert.All(field, d => Assert.False(d.IsSuppressed));
        }

        [Fact]
        public async Task ObsoleteMember_OutsideTheCatalog_IsNotSuppressed()
        {
            Diagnostic cs0618 = Assert.Single(await ObsoleteWarningsAsync(OwnObsolete, editorConfig: null));
            Assert.False(cs0618.IsSuppressed);
        }

        [Fact]
        public async Task Switch_KeepsBothWarnings()
        {
            Diagnostic cs0618 = Assert.Single(await ObsoleteWarningsAsync(Msal, "[*.cs]\ncfa.suppress_vendor_obsolete = false\n"));
            Assert.False(cs0618.IsSuppressed);
        }

        [Fact]
        public async Task RuleTurnedOff_ForTheFile_KeepsTheVendorWarning()
        {
            Diagnostic cs0618 = Assert.Single(await ObsoleteWarningsAsync(Msal, "[*.cs]\ndotnet_diagnostic.CFA1001.severity = none\n"));
            Assert.False(cs0618.IsSuppressed);
        }

        [Fact]
        public async Task RuleOn_InAnotherFolderOnly_StillSuppressesWhereItIsOn()
        {
            Diagnostic cs0618 = Assert.Single(await ObsoleteWarningsAsync(Msal, "[tests/**.cs]\ndotnet_diagnostic.CFA1001.severity = none\n"));
            Assert.True(cs0618.IsSuppressed);
        }

        private static string Line(string source, Diagnostic diagnostic) =>
            SourceText.From(source).Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();

        /// <summary>Every CS0618 of the compilation, suppressed ones included, after the suppressor ran.</summary>
        private static async Task<ImmutableArray<Diagnostic>> ObsoleteWarningsAsync(string source, string? editorConfig)
        {
            ImmutableArray<MetadataReference> references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.Modern);
            using var workspace = new AdhocWorkspace();
            string root = System.IO.Path.GetFullPath("/repo");
            Project project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "Consumer",
                "Consumer",
                LanguageNames.CSharp,
                filePath: System.IO.Path.Combine(root, "Consumer.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: references));
            project = project.AddDocument("Sign.cs", source, filePath: System.IO.Path.Combine(root, "src", "Sign.cs")).Project;
            if (editorConfig != null)
            {
                project = project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n" + editorConfig), filePath: System.IO.Path.Combine(root, ".editorconfig")).Project;
            }

            Compilation compilation = (await project.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
            ImmutableArray<Diagnostic> all = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new VendorObsoleteSuppressor()), options)
                .GetAllDiagnosticsAsync();
            return all.Where(d => d.Id == "CS0618").OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }
    }
}
