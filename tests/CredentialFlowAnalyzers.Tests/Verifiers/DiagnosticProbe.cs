using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs one analyzer over a source (and optional additional files) and hands back the diagnostics, so tests can look
    /// at the formatted message and the properties as SARIF would carry them.
    /// </summary>
    internal static class DiagnosticProbe
    {
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string source, ImmutableArray<MetadataReference> vendor, params (string Path, string Text)[] additionalFiles)
        {
            var references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).AddRange(TestReferences.Modern).AddRange(vendor);
            var compilation = CSharpCompilation.Create(
                "Probe",
                new[] { CSharpSyntaxTree.ParseText(source, path: "Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new AnalyzerOptions(additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray());
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        }

        /// <summary>Neither the message nor any property value holds <paramref name="secret"/>.</summary>
        public static void AssertNoSecret(ImmutableArray<Diagnostic> diagnostics, string secret)
        {
            Assert.All(diagnostics, d =>
            {
                Assert.DoesNotContain(secret, d.GetMessage(CultureInfo.InvariantCulture));
                Assert.All(d.Properties.Values, v => Assert.DoesNotContain(secret, v ?? string.Empty));
            });
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
