using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Robustness;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.RealShapes
{
    /// <summary>What one case produced, compared with what it expects.</summary>
    internal sealed class CaseResult
    {
        public CaseResult(RealShapeCase @case)
        {
            Case = @case;
        }

        public RealShapeCase Case { get; }

        /// <summary>Compiler errors: a case must compile (it models code that builds in its own repository).</summary>
        public List<string> CompileErrors { get; } = new List<string>();

        /// <summary>Expected diagnostics reported with the same id at the same span.</summary>
        public List<ExpectedDiagnostic> Found { get; } = new List<ExpectedDiagnostic>();

        /// <summary>Found, but with other additional locations than expected.</summary>
        public List<(ExpectedDiagnostic Expected, Diagnostic Actual)> WrongAdditionalLocations { get; } = new List<(ExpectedDiagnostic, Diagnostic)>();

        /// <summary>Expected diagnostics reported with the same id in the same document, but at another span.</summary>
        public List<(ExpectedDiagnostic Expected, Diagnostic Actual)> Misplaced { get; } = new List<(ExpectedDiagnostic, Diagnostic)>();

        public List<ExpectedDiagnostic> Missed { get; } = new List<ExpectedDiagnostic>();

        /// <summary>Diagnostics no expectation accounts for.</summary>
        public List<Diagnostic> FalsePositives { get; } = new List<Diagnostic>();

        public bool IsExact => CompileErrors.Count == 0 && Missed.Count == 0 && Misplaced.Count == 0 && FalsePositives.Count == 0 && WrongAdditionalLocations.Count == 0;

        public string Describe()
        {
            var lines = new List<string>();
            lines.AddRange(CompileErrors.Select(e => "does not compile: " + e));
            lines.AddRange(Missed.Select(e => $"missed {e.Id} at {Where(e.Path, e.Span)}"));
            lines.AddRange(Misplaced.Select(m => $"{m.Expected.Id} expected at {Where(m.Expected.Path, m.Expected.Span)}, reported at {Where(m.Actual.Location)}"));
            lines.AddRange(WrongAdditionalLocations.Select(m => $"{m.Expected.Id} at {Where(m.Expected.Path, m.Expected.Span)}: additional locations [{string.Join(", ", m.Actual.AdditionalLocations.Select(Where))}], expected [{string.Join(", ", m.Expected.AdditionalLocations.Select(a => Where(a.Path, a.Span)))}]"));
            lines.AddRange(FalsePositives.Select(d => $"unexpected {d.Id} at {Where(d.Location)}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
            return string.Join(Environment.NewLine, lines);
        }

        private string Where(string path, TextSpan span)
        {
            CaseDocument? document = Case.Documents.FirstOrDefault(d => d.Path == path);
            if (document is null)
            {
                return $"{path}{span}";
            }

            LinePosition start = SourceText.From(document.Text).Lines.GetLinePosition(span.Start);
            string text = document.Text.Substring(span.Start, Math.Min(span.Length, 60)).Replace("\n", " ");
            return $"{path}({start.Line + 1},{start.Character + 1}, length {span.Length}) '{text}'";
        }

        private string Where(Location location) => Where(System.IO.Path.GetFileName(location.GetLineSpan().Path ?? location.SourceTree?.FilePath ?? string.Empty), location.SourceSpan);
    }

    /// <summary>
    /// Compiles a <see cref="RealShapeCase"/> against the references it names and runs every analyzer of the package on it
    /// (C# documents as syntax trees, the others as additional files), so one-site-one-finding across rules is checked.
    /// Reference presets (<c>refs:</c>): <c>modern</c>, <c>handrolled</c>, <c>mailkit</c>, <c>sql</c>, <c>ps76</c>,
    /// <c>psstd</c> on net10 (default <c>modern, handrolled</c>); <c>adal-netfx</c>, <c>msal-netfx</c>, <c>psstd-netfx</c>
    /// on net472 (default none). Stubs (<c>stubs:</c>) are the files of <c>Stubs/</c> by name.
    /// </summary>
    internal static class RealShapeRunner
    {
        public static async Task<CaseResult> RunAsync(RealShapeCase @case)
        {
            var result = new CaseResult(@case);
            bool framework = @case.Target == "net472";
            ReferenceAssemblies target = framework ? TestReferences.Net472 : TestReferences.Net100;
            var references = new List<MetadataReference>(await target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
            IEnumerable<string> presets = @case.References.Count > 0 || framework ? @case.References : new[] { "modern", "handrolled" };
            foreach (string preset in presets)
            {
                references.AddRange(Preset(preset));
            }

            if (@case.Stubs.Count > 0)
            {
                references.AddRange(StubAssemblies.For(target, @case.Stubs.ToArray()));
            }

            LanguageVersion language = LanguageVersion.Latest;
            if (@case.LanguageVersion != null && !LanguageVersionFacts.TryParse(@case.LanguageVersion, out language))
            {
                throw new InvalidOperationException($"Case {@case.Name}: unknown language version {@case.LanguageVersion}.");
            }

            var parseOptions = new CSharpParseOptions(language);
            var trees = @case.Documents.Where(d => d.IsCSharp).Select(d => CSharpSyntaxTree.ParseText(d.Text, parseOptions, path: d.Path)).ToList();
            if (trees.Count == 0)
            {
                trees.Add(CSharpSyntaxTree.ParseText("class Host { }", parseOptions, path: "Host.cs"));
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "RealShape",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            result.CompileErrors.AddRange(compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString()));

            var additionalFiles = @case.Documents.Where(d => !d.IsCSharp)
                .Select(d => (AdditionalText)new InMemoryAdditionalText(d.Path, d.Text))
                .ToImmutableArray();
            var withAnalyzers = compilation.WithAnalyzers(
                HarnessEnvironment.NewAnalyzers(),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            ImmutableArray<Diagnostic> actual = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            foreach (Diagnostic crash in actual.Where(d => d.Id == "AD0001"))
            {
                result.CompileErrors.Add("analyzer exception: " + crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            Compare(result, actual.Where(d => d.Id.StartsWith("CFA", StringComparison.Ordinal)).ToList());
            return result;
        }

        private static void Compare(CaseResult result, List<Diagnostic> actual)
        {
            var unmatched = new List<ExpectedDiagnostic>();
            foreach (ExpectedDiagnostic expected in result.Case.Expected)
            {
                Diagnostic? exact = actual.FirstOrDefault(d => d.Id == expected.Id && PathOf(d.Location) == expected.Path && d.Location.SourceSpan == expected.Span);
                if (exact is null)
                {
                    unmatched.Add(expected);
                    continue;
                }

                actual.Remove(exact);
                result.Found.Add(expected);
                var want = expected.AdditionalLocations.Select(a => (a.Path, a.Span)).OrderBy(a => a.Path).ThenBy(a => a.Span.Start).ToList();
                var got = exact.AdditionalLocations.Select(l => (Path: PathOf(l), Span: l.SourceSpan)).OrderBy(a => a.Path).ThenBy(a => a.Span.Start).ToList();
                if (!want.SequenceEqual(got))
                {
                    result.WrongAdditionalLocations.Add((expected, exact));
                }
            }

            foreach (ExpectedDiagnostic expected in unmatched)
            {
                Diagnostic? elsewhere = actual.FirstOrDefault(d => d.Id == expected.Id && PathOf(d.Location) == expected.Path);
                if (elsewhere is null)
                {
                    result.Missed.Add(expected);
                }
                else
                {
                    actual.Remove(elsewhere);
                    result.Misplaced.Add((expected, elsewhere));
                }
            }

            result.FalsePositives.AddRange(actual);
        }

        private static string PathOf(Location location) => System.IO.Path.GetFileName(location.GetLineSpan().Path ?? string.Empty);

        private static ImmutableArray<MetadataReference> Preset(string name) => name switch
        {
            "none" => ImmutableArray<MetadataReference>.Empty,
            "modern" => TestReferences.Modern,
            "handrolled" => TestReferences.HandRolled,
            "mailkit" => TestReferences.MailKit,
            "sql" => TestReferences.SqlClient,
            "ps76" => TestReferences.PowerShell76,
            "psstd" => TestReferences.PowerShellStandard,
            "adal-netfx" => TestReferences.AdalNetFramework,
            "msal-netfx" => TestReferences.AdalAndMsalNetFramework.RemoveAt(0),
            "psstd-netfx" => TestReferences.PowerShellStandardNetFramework,
            _ => throw new InvalidOperationException("Unknown reference preset " + name),
        };
    }
}
