using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using Xunit.Abstractions;

namespace CredentialFlowAnalyzers.Tests.FixQuality
{
    /// <summary>
    /// The fix-quality suite: realistic partner projects (<c>Cases/</c>), fixed with the package's fixes the ways users
    /// apply them, compared with the exact files a reviewer who knows Microsoft identity would merge.
    /// </summary>
    public class FixQualityTests
    {
        private readonly ITestOutputHelper _output;

        public FixQualityTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> Cases() => FixQualityCase.Names().Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Input_CompilesWithoutWarnings(string name)
        {
            FixQualityCase fixCase = FixQualityCase.Load(name);
            AssertClean(await FixApplier.CompilerDiagnosticsAsync(await fixCase.BeforeAsync()), "before");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Expected_CompilesWithWarningsAsErrors(string name)
        {
            FixQualityCase fixCase = FixQualityCase.Load(name);
            AssertClean(await FixApplier.CompilerDiagnosticsAsync(await fixCase.AfterAsync()), "after");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task DotnetFormat_GivesTheExpectedFiles(string name)
        {
            FixQualityCase fixCase = FixQualityCase.Load(name);
            Solution fixedSolution = await FixApplier.DotnetFormatAsync(await fixCase.BeforeAsync(), FixApplier.AllIds, Trigger.First);
            var files = await FixQualityProject.FilesAsync(fixedSolution);
            if (Environment.GetEnvironmentVariable("FIXQUALITY_ACTUAL") is { Length: > 0 } folder)
            {
                // For whoever updates a case: the files the fixes wrote, next to before/ and after/.
                foreach (var file in files)
                {
                    string path = System.IO.Path.Combine(folder, name, file.Key);
                    System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                    System.IO.File.WriteAllText(path, file.Value);
                }
            }

            AssertFiles(fixCase.After, files, "dotnet format");
        }

        /// <summary>The real tool takes the ids and the triggering diagnostic in an order that changes between runs.</summary>
        [Theory]
        [MemberData(nameof(Cases))]
        public async Task DotnetFormat_InAnotherOrder_GivesTheSameFiles(string name)
        {
            FixQualityCase fixCase = FixQualityCase.Load(name);
            Solution fixedSolution = await FixApplier.DotnetFormatAsync(await fixCase.BeforeAsync(), FixApplier.AllIds.Reverse(), Trigger.Last);
            AssertFiles(fixCase.After, await FixQualityProject.FilesAsync(fixedSolution), "dotnet format, ids and trigger reversed");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task SiteBySite_AndFixAllInEveryScope_GiveTheExpectedFiles(string name)
        {
            FixQualityCase fixCase = FixQualityCase.Load(name);
            Solution before = await fixCase.BeforeAsync();
            AssertFiles(fixCase.After, await FixQualityProject.FilesAsync(await FixApplier.OneByOneAsync(before, FixApplier.AllIds)), "site by site");
            foreach (FixAllScope scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                AssertFiles(fixCase.After, await FixQualityProject.FilesAsync(await FixApplier.FixAllAsync(before, FixApplier.AllIds, scope)), "Fix All in " + scope);
            }
        }

        /// <summary>
        /// <c>dotnet format</c> fixes at least 90 % of the C# CFA warnings of the suite; the table (per rule: sites, fixed,
        /// compiler warnings added) goes to the test output.
        /// </summary>
        [Fact]
        public async Task DotnetFormat_FixesNineInTenWarnings()
        {
            var rows = new SortedDictionary<string, (int Sites, int Left)>(StringComparer.Ordinal);
            int newWarnings = 0;
            var report = new StringBuilder();
            foreach (string name in FixQualityCase.Names())
            {
                FixQualityCase fixCase = FixQualityCase.Load(name);
                Solution before = await fixCase.BeforeAsync();
                Solution after = await FixApplier.DotnetFormatAsync(before, FixApplier.AllIds, Trigger.First);
                Count(rows, await FixApplier.AnalyzeAsync(before), add: true);
                Count(rows, await FixApplier.AnalyzeAsync(after), add: false);
                var beforeCompiler = (await FixApplier.CompilerDiagnosticsAsync(before)).Select(d => d.Id + " " + d.GetMessage()).ToList();
                var added = (await FixApplier.CompilerDiagnosticsAsync(after)).Where(d => !beforeCompiler.Remove(d.Id + " " + d.GetMessage())).ToList();
                newWarnings += added.Count;
                report.AppendLine($"{name}: {added.Count} compiler warnings or errors added{string.Concat(added.Select(d => "\n    " + d))}");
            }

            int sites = rows.Values.Sum(r => r.Sites);
            int fixedSites = rows.Values.Sum(r => Math.Max(0, r.Sites - r.Left));
            report.AppendLine("| Rule | C# sites | fixed by dotnet format |");
            report.AppendLine("| --- | ---: | ---: |");
            foreach (var row in rows)
            {
                report.AppendLine($"| {row.Key} | {row.Value.Sites} | {Math.Max(0, row.Value.Sites - row.Value.Left)} |");
            }

            report.AppendLine($"| all | {sites} | {fixedSites} ({(sites == 0 ? 0 : 100.0 * fixedSites / sites):0.0} %) |");
            _output.WriteLine(report.ToString());

            Assert.True(sites > 0, "The suite has no C# site.");
            Assert.True(fixedSites * 10 >= sites * 9, report.ToString());
            Assert.True(newWarnings == 0, report.ToString());
        }

        private static void Count(SortedDictionary<string, (int Sites, int Left)> rows, ImmutableArray<Diagnostic> diagnostics, bool add)
        {
            foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".cs", StringComparison.Ordinal) == true))
            {
                rows.TryGetValue(diagnostic.Id, out var row);
                rows[diagnostic.Id] = add ? (row.Sites + 1, row.Left) : (row.Sites, row.Left + 1);
            }
        }

        private static void AssertClean(ImmutableArray<Diagnostic> diagnostics, string what) =>
            Assert.True(diagnostics.IsEmpty, $"The {what} files do not compile cleanly:\n" + string.Join("\n", diagnostics.Select(d => d.ToString())));

        private static void AssertFiles(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual, string how)
        {
            Assert.True(expected.Keys.SequenceEqual(actual.Keys), $"{how}: files differ: expected [{string.Join(", ", expected.Keys)}], got [{string.Join(", ", actual.Keys)}]");
            foreach (KeyValuePair<string, string> file in expected)
            {
                if (file.Value != actual[file.Key])
                {
                    Assert.Fail($"{how}: {file.Key} differs from the expected file.\n{Diff(file.Value, actual[file.Key])}\n---- actual ----\n{actual[file.Key]}");
                }
            }
        }

        /// <summary>The first differing line, with a few lines of context.</summary>
        private static string Diff(string expected, string actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i])
            {
                i++;
            }

            var text = new StringBuilder($"first difference at line {i + 1}:\n");
            for (int k = Math.Max(0, i - 2); k < Math.Min(Math.Max(e.Length, a.Length), i + 3); k++)
            {
                text.AppendLine($"  expected {k + 1,4}: {(k < e.Length ? e[k] : "<end>")}");
                text.AppendLine($"  actual   {k + 1,4}: {(k < a.Length ? a[k] : "<end>")}");
            }

            return text.ToString();
        }
    }
}
