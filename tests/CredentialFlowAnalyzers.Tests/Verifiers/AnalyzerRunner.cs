using System.Collections.Immutable;
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
    /// Runs analyzers on a source text outside the verifier, for assertions the verifier cannot make (for example that
    /// no rendered message or diagnostic property contains a secret from the code). Compiles against .NET 10 with the
    /// modern vendor set and the hand-rolled request libraries.
    /// </summary>
    internal static class AnalyzerRunner
    {
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, params DiagnosticAnalyzer[] analyzers)
        {
            ImmutableArray<MetadataReference> references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.Modern)
                .AddRange(TestReferences.HandRolled);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "SecretCheck",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return await compilation.WithAnalyzers(analyzers.ToImmutableArray()).GetAnalyzerDiagnosticsAsync();
        }

        /// <summary>
        /// Runs one analyzer over <paramref name="source"/> with the modern vendor set plus <paramref name="vendor"/>, and
        /// optional additional files (scripts, configuration), as SARIF would see the diagnostics.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string source, ImmutableArray<MetadataReference> vendor, params (string Path, string Text)[] additionalFiles)
        {
            ImmutableArray<MetadataReference> references = (await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(TestReferences.Modern)
                .AddRange(vendor);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "SecretCheck",
                new[] { CSharpSyntaxTree.ParseText(source, path: "Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new AnalyzerOptions(additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray());
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        }

        /// <summary>Asserts that diagnostics were reported and that none of them shows <paramref name="secret"/> in its message or properties.</summary>
        public static void AssertNoSecret(ImmutableArray<Diagnostic> diagnostics, string secret)
        {
            Assert.NotEmpty(diagnostics);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                Assert.DoesNotContain(secret, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                Assert.DoesNotContain(secret, diagnostic.Descriptor.Title.ToString());
                foreach (var property in diagnostic.Properties)
                {
                    Assert.DoesNotContain(secret, property.Key);
                    Assert.DoesNotContain(secret, property.Value ?? string.Empty);
                }
            }
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
