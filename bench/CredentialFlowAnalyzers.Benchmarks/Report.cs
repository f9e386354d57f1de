using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using CredentialFlowAnalyzers.Benchmarks.Corpus;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Benchmarks
{
    internal sealed class RunSample
    {
        public double ParseMs { get; set; }
        public double BindMs { get; set; }
        public double EmitMs { get; set; }
        public double CompileMs { get; set; }
        public double AnalysisWallMs { get; set; }
        public Dictionary<string, double> PackageTimes { get; set; } = new Dictionary<string, double>();
        public Dictionary<string, double> PeerTimes { get; set; } = new Dictionary<string, double>();
        public Dictionary<string, int> PackageDiagnostics { get; set; } = new Dictionary<string, int>();
        public Dictionary<string, int> PeerDiagnostics { get; set; } = new Dictionary<string, int>();
    }

    internal sealed class TokenizerResult
    {
        public string? Method { get; set; }
        public string? Note { get; set; }
        public int ScriptLines { get; set; }
        public int ScriptChars { get; set; }
        public double MedianMs { get; set; }
        public int Tokens { get; set; }
        public string? FinderMethod { get; set; }
        public double FinderMedianMs { get; set; }
        public int Findings { get; set; }

        public double LinesPerSecond(double ms) => ms <= 0 ? 0 : ScriptLines / (ms / 1000.0);

        public double MegabytesPerSecond(double ms) => ms <= 0 ? 0 : ScriptChars * 2 / 1_048_576.0 / (ms / 1000.0);
    }

    /// <summary>
    /// Times the PowerShell tokenizer (<c>PsTokenizer.Tokenize</c>) and the whole script scan the analyzer runs on a
    /// <c>.ps1</c> AdditionalFile (<c>PowerShellSignInFinder.Find</c>: pre-filter, tokenize, commands, findings) on the
    /// generated script: one warm-up call, then the median of <c>runs</c> calls.
    /// </summary>
    internal static class TokenizerBench
    {
        public static TokenizerResult Run(CorpusFile? script, int runs)
        {
            var result = new TokenizerResult();
            if (script is null)
            {
                result.Note = "no script in the corpus";
                return result;
            }

            result.ScriptLines = script.Lines;
            result.ScriptChars = script.Text.Length;
            result.Method = typeof(PsTokenizer).FullName + "." + nameof(PsTokenizer.Tokenize);
            result.FinderMethod = typeof(PowerShellSignInFinder).FullName + "." + nameof(PowerShellSignInFinder.Find);
            var times = new List<double>();
            var finderTimes = new List<double>();
            for (int i = 0; i < runs + 1; i++)
            {
                var sw = Stopwatch.StartNew();
                var tokens = PsTokenizer.Tokenize(script.Text);
                sw.Stop();
                result.Tokens = tokens.Length;
                var sw2 = Stopwatch.StartNew();
                var findings = PowerShellSignInFinder.Find(script.Text);
                sw2.Stop();
                result.Findings = findings.Length;
                if (i > 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    finderTimes.Add(sw2.Elapsed.TotalMilliseconds);
                }
            }

            result.MedianMs = Report.Median(times);
            result.FinderMedianMs = Report.Median(finderTimes);
            return result;
        }
    }

    internal sealed class Report
    {
        public string Markdown { get; private set; } = "";
        public string Json { get; private set; } = "";
        public string ReadmeTable { get; private set; } = "";

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0)
            {
                return 0;
            }

            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        public static Report Build(BenchSettings settings, GeneratedCorpus corpus, AnalyzerSet package, AnalyzerSet peer, List<RunSample> samples, TokenizerResult tokenizer, ReferenceWorld world)
        {
            double compile = Median(samples.Select(s => s.CompileMs));
            double kloc = corpus.CSharpLines / 1000.0;
            string Pct(double ms) => (100.0 * ms / compile).ToString("F3", CultureInfo.InvariantCulture) + "%";
            string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
            string PerK(double ms) => (ms / kloc).ToString("F3", CultureInfo.InvariantCulture);

            double packageTotal = Median(samples.Select(s => s.PackageTimes.Values.Sum()));
            double peerTotal = Median(samples.Select(s => s.PeerTimes.Values.Sum()));
            var perAnalyzer = package.Analyzers.Select(a => a.GetType().Name)
                .Select(n => (Name: n, Ms: Median(samples.Select(s => s.PackageTimes.TryGetValue(n, out double v) ? v : 0))))
                .OrderByDescending(x => x.Ms).ToList();
            var peerPerAnalyzer = peer.Analyzers.Select(a => a.GetType().Name)
                .Select(n => (Name: n, Ms: Median(samples.Select(s => s.PeerTimes.TryGetValue(n, out double v) ? v : 0))))
                .OrderByDescending(x => x.Ms).ToList();
            var last = samples.Last();

            bool packageOk = packageTotal <= compile * 0.03;
            bool belowPeer = packageTotal < peerTotal;
            var misses = perAnalyzer.Where(a => a.Ms > compile * 0.01).ToList();
            var ruleCounts = package.Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id).Distinct().Select(id => (Id: id, Analyzer: a.GetType().Name)))
                .GroupBy(r => r.Id).Select(g => g.First())
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => (r.Id, r.Analyzer, Count: last.PackageDiagnostics.TryGetValue(r.Id, out int c) ? c : 0))
                .ToList();

            var md = new StringBuilder();
            md.AppendLine("# Benchmark results");
            md.AppendLine();
            md.AppendLine($"Generated by `dotnet run -c Release --project bench/CredentialFlowAnalyzers.Benchmarks` on {DateTime.UtcNow:yyyy-MM-dd} (UTC).");
            md.AppendLine();
            md.AppendLine($"- Corpus (seed {settings.Seed}): {corpus.CSharp.Count:N0} C# files, **{corpus.CSharpLines:N0} lines**, {corpus.CredentialSiteCount} credential sites in {corpus.CredentialSites.Count} shapes (about one per {corpus.CSharpLines / Math.Max(1, corpus.CredentialSiteCount):N0} lines); additional files: {string.Join(", ", corpus.Additional.Select(f => $"`{f.Path}` ({f.Lines:N0} lines)"))}.");
            md.AppendLine($"- References: {world.FrameworkDescription}, {world.Vendor.Length} vendor assemblies (MSAL, Azure.Identity, ADAL net45, MailKit, Microsoft.Data.SqlClient, System.Management.Automation, ...), {world.Stubs.Length} compiled stubs of unserved vendor packages.");
            md.AppendLine($"- Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, .NET {Environment.Version}, {Environment.ProcessorCount} cores; analysis single-threaded (`concurrentAnalysis: false`, `logAnalyzerExecutionTime: true`); {settings.Warmup} warm-up + {samples.Count} measured runs; medians.");
            md.AppendLine($"- **Compile time** = parse + `Emit` of a fresh compilation (as csc: Emit binds every method body and reports all compiler diagnostics): median **{Ms(compile)} ms** (parse {Ms(Median(samples.Select(s => s.ParseMs)))}, emit {Ms(Median(samples.Select(s => s.EmitMs)))}).");
            md.AppendLine("- **Analyzer time** = `AnalyzerTelemetryInfo.ExecutionTime` (what `-p:ReportAnalyzer=true` prints), summed over the set's analyzers. The package and the peer run in the same single-threaded driver run on a fresh compilation.");
            md.AppendLine($"- Machine load (1-minute load average) at start/end: {settings.LoadAtStart} / {LoadAverage()}. On a shared machine absolute times are inflated; the percentages compare times taken in the same process under the same load.");
            md.AppendLine($"- Peer: {peer.Name} configured with a `BannedSymbols.txt` that bans every catalog member ({KnownApiCatalogCount()} DocIds).");
            md.AppendLine();
            md.AppendLine("| Analyzer set | Analyzer time (ms) | % of compile | ms per 1,000 lines | Diagnostics |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            md.AppendLine($"| **CredentialFlowAnalyzers** ({package.Analyzers.Length} analyzer{(package.Analyzers.Length == 1 ? "" : "s")}) | {Ms(packageTotal)} | **{Pct(packageTotal)}** | {PerK(packageTotal)} | {last.PackageDiagnostics.Values.Sum()} |");
            md.AppendLine($"| {peer.Name} (baseline) | {Ms(peerTotal)} | {Pct(peerTotal)} | {PerK(peerTotal)} | {last.PeerDiagnostics.Values.Sum()} |");
            md.AppendLine();
            md.AppendLine("Per analyzer:");
            md.AppendLine();
            md.AppendLine("| Analyzer | Time (ms) | % of compile | ms per 1,000 lines | Diagnostics | Target ≤ 1% |");
            md.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
            foreach (var (name, ms) in perAnalyzer)
            {
                var analyzer = package.Analyzers.First(a => a.GetType().Name == name);
                string ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Select(id => $"{id}: {(last.PackageDiagnostics.TryGetValue(id, out int c) ? c : 0)}"));
                md.AppendLine($"| {name} | {Ms(ms)} | {Pct(ms)} | {PerK(ms)} | {ids} | {(ms <= compile * 0.01 ? "yes" : "**no**")} |");
            }

            foreach (var (name, ms) in peerPerAnalyzer)
            {
                md.AppendLine($"| {name} (peer) | {Ms(ms)} | {Pct(ms)} | {PerK(ms)} | {string.Join(", ", last.PeerDiagnostics.Select(kv => kv.Key + ": " + kv.Value))} | |");
            }

            md.AppendLine();
            md.AppendLine($"Wall time of the analysis run (`GetAnalyzerDiagnosticsAsync` on a fresh compilation, both sets; includes the compiler's own binding, which the driver triggers): {Ms(Median(samples.Select(s => s.AnalysisWallMs)))} ms.");
            md.AppendLine();
            md.AppendLine(tokenizer.Method != null
                ? $"PowerShell tokenizer (`{tokenizer.Method}`) on the {tokenizer.ScriptLines:N0}-line script ({tokenizer.ScriptChars:N0} characters): median {Ms(tokenizer.MedianMs)} ms = **{tokenizer.LinesPerSecond(tokenizer.MedianMs):N0} lines/s** ({tokenizer.MegabytesPerSecond(tokenizer.MedianMs).ToString("F1", CultureInfo.InvariantCulture)} MB/s of UTF-16 text), {tokenizer.Tokens:N0} tokens. Whole script scan as the analyzer runs it (`{tokenizer.FinderMethod}`: pre-filter, tokenize, commands, findings): median {Ms(tokenizer.FinderMedianMs)} ms = {tokenizer.LinesPerSecond(tokenizer.FinderMedianMs):N0} lines/s, {tokenizer.Findings} findings."
                : $"PowerShell tokenizer: skipped ({tokenizer.Note}).");
            md.AppendLine();
            md.AppendLine("Diagnostics per rule (every rule must fire at least once, so each rule's code path is exercised):");
            md.AppendLine();
            md.AppendLine("| Rule | Analyzer | Diagnostics |");
            md.AppendLine("| --- | --- | ---: |");
            foreach (var (id, analyzerName, count) in ruleCounts)
            {
                md.AppendLine($"| {id} | {analyzerName} | {(count == 0 ? "**0**" : count.ToString(CultureInfo.InvariantCulture))} |");
            }

            md.AppendLine();
            md.AppendLine("## Targets");
            md.AppendLine();
            md.AppendLine($"- Package ≤ 3% of compile (aim ≤ 1%): **{(packageOk ? "met" : "missed")}** ({Pct(packageTotal)}).");
            md.AppendLine($"- Every analyzer ≤ 1%: **{(misses.Count == 0 ? "met" : "missed by " + string.Join(", ", misses.Select(m => m.Name + " (" + Pct(m.Ms) + ")")))}**.");
            md.AppendLine($"- Below the {peer.Name} baseline: **{(belowPeer ? "met" : "missed")}** ({Ms(packageTotal)} ms vs {Ms(peerTotal)} ms).");
            md.AppendLine($"- Every rule fires on the corpus: **{(ruleCounts.All(r => r.Count > 0) ? "met" : "missed by " + string.Join(", ", ruleCounts.Where(r => r.Count == 0).Select(r => r.Id)))}** ({ruleCounts.Count} rules).");
            md.AppendLine();
            md.AppendLine("Credential sites in the corpus by shape: " + string.Join(", ", corpus.CredentialSites.OrderBy(k => k.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ×{kv.Value}")) + ".");

            var readme = new StringBuilder();
            readme.AppendLine($"Median of {samples.Count} single-threaded runs over a generated {corpus.CSharpLines:N0}-line partner-integration corpus ({corpus.CredentialSiteCount} credential sites, plus a {corpus.Additional.FirstOrDefault(f => f.Path.EndsWith(".ps1", StringComparison.Ordinal))?.Lines ?? 0:N0}-line script and config files), against the real vendor packages. Compile = parse + emit: {Ms(compile)} ms (1-minute load average {settings.LoadAtStart} on {Environment.ProcessorCount} cores; on a shared machine absolute times are inflated, the percentages are measured in the same process). Analyzer time = the driver's execution-time telemetry (as `-p:ReportAnalyzer=true`). Details: [bench/results/latest.md](bench/results/latest.md).");
            readme.AppendLine();
            readme.AppendLine("| Analyzers | Time (ms) | % of compile | ms per 1,000 lines |");
            readme.AppendLine("| --- | ---: | ---: | ---: |");
            readme.AppendLine($"| CredentialFlowAnalyzers ({package.Analyzers.Length} analyzer{(package.Analyzers.Length == 1 ? "" : "s")}) | {Ms(packageTotal)} | {Pct(packageTotal)} | {PerK(packageTotal)} |");
            if (perAnalyzer.Count > 0)
            {
                readme.AppendLine($"| slowest single analyzer ({perAnalyzer[0].Name}) | {Ms(perAnalyzer[0].Ms)} | {Pct(perAnalyzer[0].Ms)} | {PerK(perAnalyzer[0].Ms)} |");
            }

            readme.AppendLine($"| {peer.Name}, banning the same APIs (baseline) | {Ms(peerTotal)} | {Pct(peerTotal)} | {PerK(peerTotal)} |");
            readme.AppendLine();
            if (tokenizer.Method != null)
            {
                readme.AppendLine($"PowerShell tokenizer: {tokenizer.LinesPerSecond(tokenizer.MedianMs):N0} lines/s on the {tokenizer.ScriptLines:N0}-line script ({Ms(tokenizer.MedianMs)} ms); the whole script scan the analyzer runs: {Ms(tokenizer.FinderMedianMs)} ms. Every one of the {ruleCounts.Count} rules reports on the corpus ({string.Join(", ", ruleCounts.Select(r => r.Id + " " + r.Count.ToString(CultureInfo.InvariantCulture)))}).");
                readme.AppendLine();
            }

            readme.AppendLine("Run it yourself: `dotnet run -c Release --project bench/CredentialFlowAnalyzers.Benchmarks` (writes `bench/results/latest.md` and `latest.json` and refreshes this table).");

            var json = new
            {
                date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                roslyn = typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version?.ToString(),
                runtime = Environment.Version.ToString(),
                cores = Environment.ProcessorCount,
                seed = settings.Seed,
                runs = samples.Count,
                warmup = settings.Warmup,
                corpus = new
                {
                    files = corpus.CSharp.Count,
                    lines = corpus.CSharpLines,
                    credentialSites = corpus.CredentialSiteCount,
                    shapes = corpus.CredentialSites,
                    additionalFiles = corpus.Additional.Select(f => new { path = f.Path, lines = f.Lines }),
                },
                compileMs = new
                {
                    median = compile,
                    parse = Median(samples.Select(s => s.ParseMs)),
                    emit = Median(samples.Select(s => s.EmitMs)),
                    samples = samples.Select(s => s.CompileMs),
                },
                package = new
                {
                    name = package.Name,
                    analyzerMs = packageTotal,
                    percentOfCompile = 100.0 * packageTotal / compile,
                    msPer1000Lines = packageTotal / kloc,
                    diagnostics = last.PackageDiagnostics,
                    analyzers = perAnalyzer.Select(a => new { name = a.Name, ms = a.Ms, percentOfCompile = 100.0 * a.Ms / compile, msPer1000Lines = a.Ms / kloc }),
                },
                peer = new
                {
                    name = peer.Name,
                    analyzerMs = peerTotal,
                    percentOfCompile = 100.0 * peerTotal / compile,
                    msPer1000Lines = peerTotal / kloc,
                    diagnostics = last.PeerDiagnostics,
                    analyzers = peerPerAnalyzer.Select(a => new { name = a.Name, ms = a.Ms, percentOfCompile = 100.0 * a.Ms / compile }),
                },
                tokenizer = new
                {
                    method = tokenizer.Method,
                    note = tokenizer.Note,
                    scriptLines = tokenizer.ScriptLines,
                    scriptChars = tokenizer.ScriptChars,
                    medianMs = tokenizer.MedianMs,
                    linesPerSecond = tokenizer.LinesPerSecond(tokenizer.MedianMs),
                    megabytesPerSecond = tokenizer.MegabytesPerSecond(tokenizer.MedianMs),
                    tokens = tokenizer.Tokens,
                    finder = tokenizer.FinderMethod,
                    finderMedianMs = tokenizer.FinderMedianMs,
                    finderLinesPerSecond = tokenizer.LinesPerSecond(tokenizer.FinderMedianMs),
                    findings = tokenizer.Findings,
                },
                rules = ruleCounts.ToDictionary(r => r.Id, r => r.Count),
                rulesWithoutDiagnostics = ruleCounts.Where(r => r.Count == 0).Select(r => r.Id),
                targets = new { packageAtMost3Percent = packageOk, everyAnalyzerAtMost1Percent = misses.Count == 0, belowPeer },
            };

            return new Report
            {
                Markdown = md.ToString(),
                ReadmeTable = readme.ToString(),
                Json = JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }) + "\n",
            };
        }

        public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        private static int KnownApiCatalogCount() => CredentialFlowAnalyzers.Catalog.KnownApiCatalog.All.Select(a => a.DocId).Distinct().Count();

        /// <summary>Replaces the body of the README's <c>## Performance</c> section (adds the section when missing).</summary>
        public static void UpdateReadme(string path, string table)
        {
            const string Start = "<!-- performance -->";
            const string End = "<!-- /performance -->";
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            string block = Start + "\n" + table.Replace("\r\n", "\n").TrimEnd('\n') + "\n" + End;
            int s = text.IndexOf(Start, StringComparison.Ordinal);
            int e = text.IndexOf(End, StringComparison.Ordinal);
            if (s >= 0 && e > s)
            {
                text = text.Substring(0, s) + block + text.Substring(e + End.Length);
            }
            else
            {
                text = text.TrimEnd('\n') + "\n\n## Performance\n\n" + block + "\n";
            }

            File.WriteAllText(path, text);
        }
    }
}
