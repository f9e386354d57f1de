using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace CredentialFlowAnalyzers.Tests.RealShapes
{
    /// <summary>
    /// The real-shapes corpus: cases modelled on public partner, sample and community code (each names its source), run
    /// with every analyzer of the package. Each case must produce exactly the diagnostics its markup expects; the report
    /// test measures recall and false positives per rule family over the whole corpus.
    /// </summary>
    public class RealShapesTests
    {
        private readonly ITestOutputHelper _output;

        public RealShapesTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> Cases() => RealShapeCase.Names().Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Case_HasExactlyTheExpectedDiagnostics(string name)
        {
            RealShapeCase @case = RealShapeCase.Load(name);
            Assert.Empty(@case.UnresolvedLabels);
            CaseResult result = await RealShapeRunner.RunAsync(@case);
            Assert.Empty(result.CompileErrors);
            if (@case.KnownMiss is { } reason)
            {
                // A shape not implemented yet: when it is, the case turns exact and this line must go.
                Assert.False(result.IsExact, name + " is exact now: remove its 'known-miss: " + reason + "' line");
                Assert.Empty(result.FalsePositives);
                return;
            }

            Assert.True(result.IsExact, name + ":" + Environment.NewLine + result.Describe());
        }

        [Fact]
        public void Corpus_CoversEveryFamily_AndSignInsDoneRight()
        {
            var cases = RealShapeCase.Names().Select(RealShapeCase.Load).ToList();
            Assert.True(cases.Count >= 40, $"{cases.Count} cases");
            foreach (string family in new[] { "CFA1xxx", "CFA2xxx", "CFA3xxx", "CFA4xxx" })
            {
                Assert.Contains(cases, c => c.Expected.Any(e => RealShapeCase.Family(e.Id) == family));
            }

            Assert.Contains(cases, c => c.Expected.Any(e => e.Id.StartsWith("CFA3", StringComparison.Ordinal) && e.Path.EndsWith(".ps1", StringComparison.Ordinal)));
            Assert.Contains(cases, c => c.Expected.Any(e => e.Id.StartsWith("CFA4", StringComparison.Ordinal) && (e.Path.EndsWith(".config", StringComparison.Ordinal) || e.Path.EndsWith(".json", StringComparison.Ordinal))));
            Assert.True(cases.Count(c => c.Expected.Count == 0) >= 5, "cases that sign in the right way (no diagnostic)");
        }

        /// <summary>
        /// Recall (expected sites reported at the expected location) and false positives per family. Writes the table to
        /// the test output and to <c>RealShapes/recall.md</c> beside the tests; it asserts only that every case ran.
        /// </summary>
        [Fact]
        public async Task RecallReport()
        {
            var results = new List<CaseResult>();
            foreach (string name in RealShapeCase.Names())
            {
                results.Add(await RealShapeRunner.RunAsync(RealShapeCase.Load(name)));
            }

            string table = Table(results);
            _output.WriteLine(table);
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "RealShapes", "recall.md"), table);
            Assert.NotEmpty(results);
        }

        private static string Table(List<CaseResult> results)
        {
            var text = new StringBuilder();
            text.AppendLine($"{results.Count} cases, {results.Count(r => r.IsExact)} exact, {results.Count(r => r.Case.KnownMiss != null)} known misses, {results.Count(r => r.CompileErrors.Count > 0)} not compiling");
            text.AppendLine();
            text.AppendLine("| family | sites | found at the expected location | found elsewhere | missed | false positives | wrong additional locations |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            var families = results.SelectMany(r => r.Case.Expected.Select(e => RealShapeCase.Family(e.Id))
                    .Concat(r.FalsePositives.Select(d => RealShapeCase.Family(d.Id))))
                .Distinct().OrderBy(f => f, StringComparer.Ordinal);
            foreach (string family in families)
            {
                bool In(string id) => RealShapeCase.Family(id) == family;
                int sites = results.Sum(r => r.Case.Expected.Count(e => In(e.Id)));
                int found = results.Sum(r => r.Found.Count(e => In(e.Id)));
                int elsewhere = results.Sum(r => r.Misplaced.Count(m => In(m.Expected.Id)));
                int missed = results.Sum(r => r.Missed.Count(e => In(e.Id)));
                int falsePositives = results.Sum(r => r.FalsePositives.Count(d => In(d.Id)));
                int wrongAdditional = results.Sum(r => r.WrongAdditionalLocations.Count(m => In(m.Expected.Id)));
                text.AppendLine($"| {family} | {sites} | {found} | {elsewhere} | {missed} | {falsePositives} | {wrongAdditional} |");
            }

            text.AppendLine();
            foreach (CaseResult result in results.Where(r => !r.IsExact))
            {
                text.AppendLine("- " + result.Case.Name + ": " + result.Describe().Replace(Environment.NewLine, "; "));
            }

            return text.ToString();
        }
    }
}
