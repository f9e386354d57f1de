using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace CredentialFlowAnalyzers.Tests.Robustness
{
    /// <summary>
    /// The robustness harness: every test source, sample file, credential shape, script and config text, mutated
    /// (truncated at every k-th token, one token deleted, braces and quotes unbalanced, vendor references removed),
    /// through every analyzer and every code fix. No exception, no fix that breaks code that compiled, no secret in a
    /// message, property or fix title.
    /// </summary>
    public class MutationHarnessTests
    {
        /// <summary>Variants the harness aims for; the per-source stride adapts to the number of sources.</summary>
        private const int TargetVariants = 11_000;

        private readonly ITestOutputHelper _output;

        public MutationHarnessTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task MutatedSources_NeverCrash_NeverBreakCode_NeverLeakSecrets()
        {
            var stopwatch = Stopwatch.StartNew();
            List<HarnessSource> sources = HarnessEnvironment.CollectSources();
            var runner = new HarnessRunner();
            var worlds = HarnessEnvironment.Worlds;
            int csharp = sources.Count(s => s.Kind == SourceKind.CSharp);
            int budget = Math.Max(40, TargetVariants / Math.Max(1, sources.Count));

            // Adapt the stride: short sources yield fewer variants than the budget, so raise it until the target is met.
            for (int round = 0; round < 4; round++)
            {
                int planned = sources.Sum(s => s.Kind == SourceKind.CSharp ? worlds.Length + CSharpMutations(s.Text, budget).Count() : 1 + TextMutations(s.Text, budget).Count());
                if (planned >= TargetVariants)
                {
                    break;
                }

                budget = (int)(budget * Math.Min(4.0, 1.1 * TargetVariants / Math.Max(1, planned)));
            }

            var work = new List<Func<Task>>();
            var perKind = new Dictionary<string, int>();
            void Count(string kind) => perKind[kind] = perKind.TryGetValue(kind, out int n) ? n + 1 : 1;
            foreach (HarnessSource source in sources)
            {
                if (source.Kind == SourceKind.CSharp)
                {
                    foreach (World world in worlds)
                    {
                        Count(world == HarnessEnvironment.Full ? "original" : world == HarnessEnvironment.NoVendor ? "missing references" : "other reference world");
                        work.Add(() => runner.RunCSharpAsync($"{source.Origin} [{world.Name}]", source.Text, world));
                    }

                    int i = 0;
                    foreach (var (kind, text) in CSharpMutations(source.Text, budget))
                    {
                        Count(kind);
                        World world = i++ % 5 == 4 ? HarnessEnvironment.NoVendor : HarnessEnvironment.Full;
                        string label = $"{source.Origin} [{kind}{(world == HarnessEnvironment.NoVendor ? ", no vendor references" : "")}]";
                        work.Add(() => runner.RunCSharpAsync(label, text, world));
                    }
                }
                else
                {
                    Count("original additional file");
                    work.Add(() => runner.RunAdditionalAsync(source.Origin, source.FileName, source.Text, HarnessEnvironment.Full));
                    foreach (var (kind, text) in TextMutations(source.Text, budget))
                    {
                        Count(kind + " (additional file)");
                        work.Add(() => runner.RunAdditionalAsync($"{source.Origin} [{kind}]", source.FileName, text, HarnessEnvironment.Full));
                    }
                }
            }

            // Bounded parallelism: the machine's cores, one queue.
            int next = -1;
            var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < work.Count)
                {
                    await work[index]().ConfigureAwait(false);
                }
            })).ToArray();
            await Task.WhenAll(workers);

            _output.WriteLine($"Robustness harness: {runner.Variants:N0} variants of {sources.Count} sources ({csharp} C#, {sources.Count - csharp} script/config) in {stopwatch.Elapsed.TotalSeconds:F0} s");
            _output.WriteLine($"  per-source budget: {budget} variants; analyzers: {runner.AnalyzerCount}, code fix providers: {runner.FixerCount}, worlds: {string.Join("; ", worlds.Select(w => w.Name))}");
            _output.WriteLine($"  variants by kind: {string.Join(", ", perKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value:N0}"))}");
            _output.WriteLine($"  diagnostics: {runner.Diagnostics:N0}, code actions applied: {runner.FixActions:N0}, of them checked to compile: {runner.CompiledFixChecks:N0}");
            _output.WriteLine($"  failures: {runner.Failures.Count}");
            foreach (string failure in runner.Failures.Take(50))
            {
                _output.WriteLine("  " + failure);
            }

            Assert.True(runner.Variants >= 10_000, $"Only {runner.Variants} variants were generated.");
            Assert.True(runner.FixActions > 0, "No code action ran: the harness would not notice a broken fix.");
            Assert.Empty(runner.Failures);
        }

        [Fact]
        public void Sources_CoverTestsSamplesAndShapes_AndPlantSecrets()
        {
            List<HarnessSource> sources = HarnessEnvironment.CollectSources();
            Assert.Contains(sources, s => s.Origin.StartsWith("CFA1001", StringComparison.Ordinal) && s.Kind == SourceKind.CSharp);
            Assert.Contains(sources, s => s.Origin.StartsWith("samples/", StringComparison.Ordinal));
            Assert.Contains(sources, s => s.Origin == "shape:MsalPublicRopc" && HarnessEnvironment.ContainsMarker(s.Text));
            Assert.Contains(sources, s => s.Kind == SourceKind.PowerShell && HarnessEnvironment.ContainsMarker(s.Text));
            Assert.Contains(sources, s => s.Kind == SourceKind.Config && HarnessEnvironment.ContainsMarker(s.Text));
            Assert.DoesNotContain(sources, s => s.Text.Contains("{|#0:", StringComparison.Ordinal));

            // Literals in password positions become markers; other literals stay.
            var planted = HarnessEnvironment.PlantSecrets(new HarnessSource("t", SourceKind.CSharp,
                "class C { string password = \"hunter22\"; string host = \"smtp.office365.com\"; string body = \"grant_type=password&password=abc123\"; }"));
            Assert.DoesNotContain("hunter22", planted);
            Assert.DoesNotContain("abc123", planted);
            Assert.Contains("smtp.office365.com", planted);
            Assert.Contains("grant_type=password", planted);
        }

        /// <summary>Truncations at every k-th token, single-token deletions, unbalanced braces and quotes.</summary>
        internal static IEnumerable<(string Kind, string Text)> CSharpMutations(string text, int budget)
        {
            var tokens = CSharpSyntaxTree.ParseText(text, HarnessEnvironment.ParseOptions).GetRoot()
                .DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                yield break;
            }

            int Step(int share) => Math.Max(1, (int)Math.Ceiling(tokens.Count / (double)Math.Max(1, share)));

            int truncate = Step(budget * 3 / 10);
            for (int i = truncate - 1; i < tokens.Count; i += truncate)
            {
                yield return ("truncated", text.Substring(0, tokens[i].Span.End));
            }

            int delete = Step(budget * 3 / 10);
            for (int i = delete / 2; i < tokens.Count; i += delete)
            {
                yield return ("token deleted", text.Remove(tokens[i].SpanStart, tokens[i].Span.Length));
            }

            var closeBraces = tokens.Where(t => t.IsKind(SyntaxKind.CloseBraceToken) || t.IsKind(SyntaxKind.CloseParenToken)).ToList();
            int brace = Math.Max(1, (int)Math.Ceiling(closeBraces.Count / (double)Math.Max(1, budget / 10)));
            for (int i = 0; i < closeBraces.Count; i += brace)
            {
                yield return ("unbalanced braces", text.Remove(closeBraces[i].SpanStart, 1));
            }

            int open = Step(budget / 10);
            for (int i = open / 3; i < tokens.Count; i += open)
            {
                yield return ("unbalanced braces", text.Insert(tokens[i].SpanStart, "{ "));
            }

            var strings = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringStartToken) || t.IsKind(SyntaxKind.CharacterLiteralToken)).ToList();
            int quote = Math.Max(1, (int)Math.Ceiling(strings.Count / (double)Math.Max(1, budget / 10)));
            for (int i = 0; i < strings.Count; i += quote)
            {
                // Drop the closing quote: the literal runs to the end of the line.
                yield return ("unbalanced quotes", text.Remove(strings[i].Span.End - 1, 1));
            }

            int insert = Step(budget / 10);
            for (int i = insert / 2; i < tokens.Count; i += insert)
            {
                yield return ("unbalanced quotes", text.Insert(tokens[i].SpanStart, "\""));
            }
        }

        /// <summary>The same for scripts and config files, at line and character level.</summary>
        internal static IEnumerable<(string Kind, string Text)> TextMutations(string text, int budget)
        {
            var lineStarts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' && i + 1 < text.Length)
                {
                    lineStarts.Add(i + 1);
                }
            }

            int step = Math.Max(1, text.Length / Math.Max(1, budget * 3 / 10));
            for (int i = step; i < text.Length; i += step)
            {
                yield return ("truncated", text.Substring(0, i));
            }

            int lineStep = Math.Max(1, lineStarts.Count / Math.Max(1, budget * 3 / 10));
            for (int l = 0; l < lineStarts.Count; l += lineStep)
            {
                int end = l + 1 < lineStarts.Count ? lineStarts[l + 1] : text.Length;
                yield return ("line deleted", text.Remove(lineStarts[l], end - lineStarts[l]));
            }

            var quotes = Enumerable.Range(0, text.Length).Where(i => text[i] == '"' || text[i] == '\'' || text[i] == '{' || text[i] == '}' || text[i] == '<' || text[i] == '>').ToList();
            int quoteStep = Math.Max(1, quotes.Count / Math.Max(1, budget * 4 / 10));
            for (int q = 0; q < quotes.Count; q += quoteStep)
            {
                yield return (text[quotes[q]] is '{' or '}' or '<' or '>' ? "unbalanced braces" : "unbalanced quotes", text.Remove(quotes[q], 1));
            }
        }
    }
}
