using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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
    }
}
