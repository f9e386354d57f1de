using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CredentialFlowAnalyzers.Benchmarks
{
    /// <summary>The medians of one corpus, as the report prints them.</summary>
    internal sealed class CorpusSummary
    {
        /// <summary>Targets on real code: the package at most this share of compile, and below the peer.</summary>
        public const double RealCodePackageTarget = 1.0;

        /// <summary>Targets on real code: no single analyzer above this share of compile.</summary>
        public const double RealCodeAnalyzerTarget = 0.2;

        public CorpusSummary(CorpusResult result, AnalyzerSet package, AnalyzerSet peer)
        {
            Result = result;
            var samples = result.Samples;
            CompileMs = Report.Median(samples.Select(s => s.CompileMs));
            ParseMs = Report.Median(samples.Select(s => s.ParseMs));
            EmitMs = Report.Median(samples.Select(s => s.EmitMs));
            CatalogMs = Report.Median(samples.Select(s => s.CatalogMs));
            WallMs = Report.Median(samples.Select(s => s.AnalysisWallMs));
            PackageMs = Report.Median(samples.Select(s => s.PackageTimes.Values.Sum()));
            PeerMs = Report.Median(samples.Select(s => s.PeerTimes.Values.Sum()));
            PerAnalyzer = package.Analyzers.Select(a => a.GetType().Name)
                .Select(n => (n, Report.Median(samples.Select(s => s.PackageTimes.TryGetValue(n, out double v) ? v : 0))))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.n, StringComparer.Ordinal).ToList();
            PeerPerAnalyzer = peer.Analyzers.Select(a => a.GetType().Name)
                .Select(n => (n, Report.Median(samples.Select(s => s.PeerTimes.TryGetValue(n, out double v) ? v : 0))))
                .OrderByDescending(x => x.Item2).ToList();
            Last = samples.Last();
        }

        public CorpusResult Result { get; }
        public BenchCorpus Corpus => Result.Corpus;
        public double CompileMs { get; }
        public double ParseMs { get; }
        public double EmitMs { get; }
        public double CatalogMs { get; }
        public double WallMs { get; }
        public double PackageMs { get; }
        public double PeerMs { get; }
        public List<(string Name, double Ms)> PerAnalyzer { get; }
        public List<(string Name, double Ms)> PeerPerAnalyzer { get; }
        public RunSample Last { get; }

        public double Percent(double ms) => CompileMs <= 0 ? 0 : 100.0 * ms / CompileMs;

        public string Pct(double ms) => Percent(ms).ToString("F3", CultureInfo.InvariantCulture) + " %";

        public double PerKloc(double ms) => ms / Math.Max(1, Corpus.Lines / 1000.0);

        public (string Name, double Ms) Slowest => PerAnalyzer.Count > 0 ? PerAnalyzer[0] : ("-", 0);

        public bool BelowPeer => PackageMs < PeerMs;

        public bool PackageWithinTarget => Percent(PackageMs) <= RealCodePackageTarget;

        public List<(string Name, double Ms)> AnalyzersAboveTarget => PerAnalyzer.Where(a => Percent(a.Ms) > RealCodeAnalyzerTarget).ToList();

        /// <summary>Issue targets: on real code, the package ≤ 1 % of compile, below the peer, no analyzer above 0.2 %; on the generated corpus, below the peer.</summary>
        public bool TargetsMet => Corpus.IsGenerated ? BelowPeer : BelowPeer && PackageWithinTarget && AnalyzersAboveTarget.Count == 0;

        public string TargetText()
        {
            if (Corpus.IsGenerated)
            {
                return BelowPeer ? "met (below the peer)" : "**missed**: not below the peer";
            }

            var misses = new List<string>();
            if (!PackageWithinTarget)
            {
                misses.Add($"package above {RealCodePackageTarget:F0} %");
            }

            if (!BelowPeer)
            {
                misses.Add("not below the peer");
            }

            if (AnalyzersAboveTarget.Count > 0)
            {
                misses.Add($"{AnalyzersAboveTarget.Count} analyzer{(AnalyzersAboveTarget.Count == 1 ? "" : "s")} above {RealCodeAnalyzerTarget.ToString("F1", CultureInfo.InvariantCulture)} %");
            }

            return misses.Count == 0 ? "met" : "**missed**: " + string.Join("; ", misses);
        }
    }

    internal sealed class Report
    {
        public string Markdown { get; private set; } = "";
        public string Json { get; private set; } = "";
        public string ReadmeSection { get; private set; } = "";

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0)
            {
                return 0;
            }

            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static string Ms(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);

        private static string F3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

        public static Report Build(BenchSettings settings, List<CorpusResult> results, AnalyzerSet package, AnalyzerSet peer, int bannedCount, TokenizerResult tokenizer)
        {
            var summaries = results.Select(r => new CorpusSummary(r, package, peer)).ToList();
            string runs = results.FirstOrDefault()?.Samples.Count.ToString(CultureInfo.InvariantCulture) ?? "0";
            string load = $"{settings.LoadAtStart} / {LoadAverage()}";

            var md = new StringBuilder();
            md.AppendLine("# Benchmark results");
            md.AppendLine();
            md.AppendLine($"Generated by `dotnet run -c Release --project bench/CredentialFlowAnalyzers.Benchmarks` on {DateTime.UtcNow:yyyy-MM-dd} (UTC), with {summaries.Count(s => !s.Corpus.IsGenerated)} folder{(summaries.Count(s => !s.Corpus.IsGenerated) == 1 ? "" : "s")} of real code passed with `--corpus`.");
            md.AppendLine();
            md.AppendLine($"- Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, .NET {Environment.Version}, {Environment.ProcessorCount} cores; everything in one process, single-threaded (`concurrentBuild: false`, `concurrentAnalysis: false`); per corpus {settings.Warmup} warm-up + {runs} measured runs; medians.");
            md.AppendLine("- **Compile** = parse + `Emit` of a fresh compilation (as csc: Emit binds every method body and reports all compiler diagnostics).");
            md.AppendLine("- **Analyzer time** = `AnalyzerTelemetryInfo.ExecutionTime` (what `-p:ReportAnalyzer=true` prints) from one driver run per measured run, with the package and the peer together on a fresh compilation whose references are bound (as the compiler binds them at the start of a build, so no analyzer is charged for loading them), with blocking full (generation 2) collections held off during that run (low-latency mode: the driver charges a pause to whichever analyzer is running, and one full collection of the corpus's heap would decide the comparison at random; short collections are still charged). % = analyzer time / compile time of the same run set.");
            md.AppendLine($"- **Peer**: {peer.Name} with a `BannedSymbols.txt` banning every catalog member ({bannedCount} documentation ids), the same members the package looks for.");
            md.AppendLine($"- **Catalog resolution** = `{PackageSurface.CatalogResolution}` on a fresh compilation whose references are bound, timed alone: the one-time cost at compilation start (inside the analyzer times, charged to whichever analyzer asks first).");
            md.AppendLine($"- **Targets** (on real code): the package ≤ {CorpusSummary.RealCodePackageTarget:F0} % of compile and below the peer, no single analyzer above {CorpusSummary.RealCodeAnalyzerTarget.ToString("F1", CultureInfo.InvariantCulture)} %; on the generated corpus: below the peer.");
            md.AppendLine($"- Machine load (1-minute load average) at start/end: {load}. Absolute times on a shared machine are inflated; the percentages compare times taken in the same process under the same load.");
            md.AppendLine();
            md.AppendLine("## Summary");
            md.AppendLine();
            AppendSummaryTable(md, summaries);
            md.AppendLine();

            foreach (var s in summaries)
            {
                AppendCorpus(md, s, package, peer);
            }

            if (tokenizer.Method != null)
            {
                md.AppendLine("## PowerShell script scan");
                md.AppendLine();
                md.AppendLine($"Tokenizer (`{tokenizer.Method}`) on the generated {tokenizer.ScriptLines:N0}-line script ({tokenizer.ScriptChars:N0} characters): median {Ms(tokenizer.MedianMs)} ms = **{tokenizer.LinesPerSecond(tokenizer.MedianMs):N0} lines/s** ({tokenizer.MegabytesPerSecond(tokenizer.MedianMs).ToString("F1", CultureInfo.InvariantCulture)} MB/s of UTF-16 text), {tokenizer.Tokens:N0} tokens. Whole script scan as the analyzer runs it (`{tokenizer.FinderMethod}`: pre-filter, tokenize, commands, findings): median {Ms(tokenizer.FinderMedianMs)} ms = {tokenizer.LinesPerSecond(tokenizer.FinderMedianMs):N0} lines/s, {tokenizer.Findings} findings.");
                md.AppendLine();
            }

            return new Report
            {
                Markdown = md.ToString(),
                ReadmeSection = Readme(summaries, settings, runs, peer),
                Json = JsonSerializer.Serialize(JsonModel(settings, summaries, package, peer, bannedCount, tokenizer, load), new JsonSerializerOptions { WriteIndented = true }) + "\n",
            };
        }

        private static void AppendSummaryTable(StringBuilder md, List<CorpusSummary> summaries)
        {
            md.AppendLine("| Corpus | Lines | Compile errors | Compile (ms) | CFA total | Slowest CFA analyzer | BannedApiAnalyzers | Catalog resolution | Targets |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |");
            foreach (var s in summaries)
            {
                string errors = s.Result.CompileErrors == 0 ? "0" : $"**{s.Result.CompileErrors}** (flagged)";
                md.AppendLine($"| {s.Corpus.Name} | {s.Corpus.Lines:N0} | {errors} | {Ms(s.CompileMs)} | **{s.Pct(s.PackageMs)}** ({Ms(s.PackageMs)} ms) | {Short(s.Slowest.Name)} {s.Pct(s.Slowest.Ms)} | {s.Pct(s.PeerMs)} ({Ms(s.PeerMs)} ms) | {Ms(s.CatalogMs)} ms | {s.TargetText()} |");
            }
        }

        private static void AppendCorpus(StringBuilder md, CorpusSummary s, AnalyzerSet package, AnalyzerSet peer)
        {
            var corpus = s.Corpus;
            md.AppendLine($"## {corpus.Name}");
            md.AppendLine();
            if (corpus.GeneratedSource is { } g)
            {
                md.AppendLine($"- Generated partner-integration code where every rule fires: {corpus.CSharp.Count:N0} C# files, **{corpus.Lines:N0} lines**, {g.CredentialSiteCount} credential sites in {g.CredentialSites.Count} shapes (about one per {corpus.Lines / Math.Max(1, g.CredentialSiteCount):N0} lines); additional files: {string.Join(", ", corpus.Additional.Select(f => $"`{f.Path}` ({f.Lines:N0} lines)"))}.");
            }
            else
            {
                md.AppendLine($"- Real code: {corpus.CSharp.Count:N0} C# files, **{corpus.Lines:N0} lines**" + (corpus.Additional.Count > 0 ? $"; additional files: {string.Join(", ", corpus.Additional.Select(f => $"`{f.Path}` ({f.Lines:N0} lines)"))}." : "; no script or configuration files."));
            }

            md.AppendLine($"- Options: {corpus.OptionsSummary}.");
            md.AppendLine($"- References: {corpus.ReferencesSummary}.");
            md.AppendLine($"- Compile: median **{Ms(s.CompileMs)} ms** (parse {Ms(s.ParseMs)}, emit {Ms(s.EmitMs)}); compile errors: {(s.Result.CompileErrors == 0 ? "0" : $"**{s.Result.CompileErrors} (flagged: the compiler skips what it cannot bind, so analyzer times may be low)**")}.");
            md.AppendLine($"- Catalog resolution (`{PackageSurface.CatalogResolution}`): median {Ms(s.CatalogMs)} ms = {s.Pct(s.CatalogMs)} of compile.");
            md.AppendLine($"- Analysis run wall time (both sets; includes the compiler's own binding, which the driver triggers): {Ms(s.WallMs)} ms.");
            if (s.Result.AnalyzerExceptions.Count > 0)
            {
                md.AppendLine($"- **Analyzer exceptions** ({s.Result.AnalyzerExceptions.Count}): {string.Join("; ", s.Result.AnalyzerExceptions.Take(5))}.");
            }

            md.AppendLine();
            md.AppendLine("| Analyzer | Time (ms) | % of compile | ms per 1,000 lines | Diagnostics |");
            md.AppendLine("| --- | ---: | ---: | ---: | --- |");
            md.AppendLine($"| **CredentialFlowAnalyzers** ({package.Analyzers.Length} analyzers) | **{Ms(s.PackageMs)}** | **{s.Pct(s.PackageMs)}** | {F3(s.PerKloc(s.PackageMs))} | {s.Last.PackageDiagnostics.Values.Sum()} |");
            md.AppendLine($"| **{peer.Name}** (peer) | **{Ms(s.PeerMs)}** | **{s.Pct(s.PeerMs)}** | {F3(s.PerKloc(s.PeerMs))} | {s.Last.PeerDiagnostics.Values.Sum()} |");
            foreach (var (name, ms) in s.PerAnalyzer)
            {
                var analyzer = package.Analyzers.First(a => a.GetType().Name == name);
                string ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Select(id => $"{id}: {(s.Last.PackageDiagnostics.TryGetValue(id, out int c) ? c : 0)}"));
                string mark = !corpus.IsGenerated && s.Percent(ms) > CorpusSummary.RealCodeAnalyzerTarget ? " ⚠" : "";
                md.AppendLine($"| {name} | {Ms(ms)} | {s.Pct(ms)}{mark} | {F3(s.PerKloc(ms))} | {ids} |");
            }

            foreach (var (name, ms) in s.PeerPerAnalyzer)
            {
                md.AppendLine($"| {name} (peer) | {Ms(ms)} | {s.Pct(ms)} | {F3(s.PerKloc(ms))} | {string.Join(", ", s.Last.PeerDiagnostics.Select(kv => kv.Key + ": " + kv.Value))} |");
            }

            md.AppendLine();
            if (corpus.GeneratedSource is { } generated)
            {
                var rules = RuleCounts(package, s.Last);
                md.AppendLine($"Every rule must fire at least once, so each rule's code path is exercised: **{(rules.All(r => r.Count > 0) ? "met" : "missed by " + string.Join(", ", rules.Where(r => r.Count == 0).Select(r => r.Id)))}** ({string.Join(", ", rules.Select(r => r.Id + " " + r.Count.ToString(CultureInfo.InvariantCulture)))}).");
                md.AppendLine();
                md.AppendLine("Credential sites by shape: " + string.Join(", ", generated.CredentialSites.OrderBy(k => k.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ×{kv.Value}")) + ".");
                md.AppendLine();
            }
        }

        private static string Readme(List<CorpusSummary> summaries, BenchSettings settings, string runs, AnalyzerSet peer)
        {
            var readme = new StringBuilder();
            readme.AppendLine($"What the analyzers cost next to the compiler, in one process, single-threaded, median of {runs} runs ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, 1-minute load average {settings.LoadAtStart}). Each corpus is compiled (parse + emit) and analyzed with the package and, in the same driver run, {peer.Name} banning the same catalog members: the cost of the cheapest possible check for these APIs.");
            readme.AppendLine();
            readme.AppendLine("| Corpus | Lines | Compile (ms) | CFA total, % of compile | Slowest CFA analyzer | BannedApiAnalyzers | Catalog resolution (once per compilation) |");
            readme.AppendLine("| --- | ---: | ---: | ---: | --- | ---: | ---: |");
            foreach (var s in summaries)
            {
                string name = s.Corpus.IsGenerated ? "generated partner corpus (every rule fires)" : s.Corpus.Name + (s.Result.CompileErrors > 0 ? $" ({s.Result.CompileErrors} compile errors)" : "");
                readme.AppendLine($"| {name} | {s.Corpus.Lines:N0} | {Ms(s.CompileMs)} | {s.Pct(s.PackageMs)} | {Short(s.Slowest.Name)} {s.Pct(s.Slowest.Ms)} | {s.Pct(s.PeerMs)} | {Ms(s.CatalogMs)} ms |");
            }

            readme.AppendLine();
            readme.AppendLine("How to read it: the percentages are analyzer time (the driver's per-analyzer telemetry, what `-p:ReportAnalyzer=true` prints) over compile time of the same corpus in the same process, so they hold on a loaded machine where absolute times do not; during the analysis run full garbage collections are held off, so a pause of hundreds of milliseconds is not charged to whichever analyzer happens to be running (with it, both sets' absolute times came out about 1.5 times higher in our runs, so the percentages err high). Real code without credential libraries is where most of a solution lives: there the package should cost well under 1 % of compile and less than BannedApiAnalyzers; the generated corpus shows the cost when every rule has work to do. Per-analyzer times, options and references of each corpus: [bench/results/latest.md](bench/results/latest.md); where each analyzer's time goes, per kind of callback (`--breakdown`): [bench/results/breakdown.md](bench/results/breakdown.md).");
            readme.AppendLine();
            readme.AppendLine("Run it on your own code: `dotnet run -c Release --project bench/CredentialFlowAnalyzers.Benchmarks -- --corpus path/to/YourProject --no-readme --out my-results` (repeat `--corpus` for several folders, e.g. a checkout of Newtonsoft.Json's `Src/Newtonsoft.Json`; `--no-generated` skips the generated corpus). Compile options come from a `*.csproj` (or `*.csproj.original`) in the folder and the nearest `Directory.Build.props`; after a `--corpus`, `--langversion`, `--nullable`, `--define`, `--checked` and `--reference` (a .dll or a folder of them, for package dependencies) override them. A corpus that does not compile is still measured, with its error count flagged. To see where one rule's time goes on your code, add `--breakdown --analyzers CFA2002` (ids separated by commas).");
            return readme.ToString();
        }

        private static object JsonModel(BenchSettings settings, List<CorpusSummary> summaries, AnalyzerSet package, AnalyzerSet peer, int bannedCount, TokenizerResult tokenizer, string load) => new
        {
            date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            roslyn = typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version?.ToString(),
            runtime = Environment.Version.ToString(),
            cores = Environment.ProcessorCount,
            runs = summaries.FirstOrDefault()?.Result.Samples.Count ?? 0,
            warmup = settings.Warmup,
            load,
            peer = new { name = peer.Name, bannedSymbols = bannedCount },
            corpora = summaries.Select(s => new
            {
                name = s.Corpus.Name,
                kind = s.Corpus.IsGenerated ? "generated" : "folder",
                files = s.Corpus.CSharp.Count,
                lines = s.Corpus.Lines,
                additionalFiles = s.Corpus.Additional.Select(f => new { path = f.Path, lines = f.Lines }),
                options = s.Corpus.OptionsSummary,
                references = s.Corpus.ReferencesSummary,
                seed = s.Corpus.IsGenerated ? settings.Seed : (int?)null,
                credentialSites = s.Corpus.GeneratedSource?.CredentialSites,
                compileErrors = s.Result.CompileErrors,
                firstCompileErrors = s.Result.FirstErrors,
                analyzerExceptions = s.Result.AnalyzerExceptions,
                compileMs = new { median = s.CompileMs, parse = s.ParseMs, emit = s.EmitMs, samples = s.Result.Samples.Select(x => x.CompileMs) },
                catalogResolutionMs = new { median = s.CatalogMs, percentOfCompile = s.Percent(s.CatalogMs), samples = s.Result.Samples.Select(x => x.CatalogMs) },
                analysisWallMs = s.WallMs,
                package = new
                {
                    name = package.Name,
                    analyzerMs = s.PackageMs,
                    percentOfCompile = s.Percent(s.PackageMs),
                    msPer1000Lines = s.PerKloc(s.PackageMs),
                    samples = s.Result.Samples.Select(x => x.PackageTimes.Values.Sum()),
                    diagnostics = s.Last.PackageDiagnostics,
                    analyzers = s.PerAnalyzer.Select(a => new { name = a.Name, ms = a.Ms, percentOfCompile = s.Percent(a.Ms), msPer1000Lines = s.PerKloc(a.Ms) }),
                },
                peer = new
                {
                    name = peer.Name,
                    analyzerMs = s.PeerMs,
                    percentOfCompile = s.Percent(s.PeerMs),
                    msPer1000Lines = s.PerKloc(s.PeerMs),
                    samples = s.Result.Samples.Select(x => x.PeerTimes.Values.Sum()),
                    diagnostics = s.Last.PeerDiagnostics,
                    analyzers = s.PeerPerAnalyzer.Select(a => new { name = a.Name, ms = a.Ms, percentOfCompile = s.Percent(a.Ms) }),
                },
                rules = s.Corpus.IsGenerated ? RuleCounts(package, s.Last).ToDictionary(r => r.Id, r => r.Count) : null,
                targets = new
                {
                    met = s.TargetsMet,
                    belowPeer = s.BelowPeer,
                    packageAtMost1Percent = s.Corpus.IsGenerated ? (bool?)null : s.PackageWithinTarget,
                    analyzersAbove02Percent = s.Corpus.IsGenerated ? null : s.AnalyzersAboveTarget.Select(a => a.Name),
                },
            }),
            tokenizer = tokenizer.Method is null ? null : new
            {
                method = tokenizer.Method,
                scriptLines = tokenizer.ScriptLines,
                scriptChars = tokenizer.ScriptChars,
                medianMs = tokenizer.MedianMs,
                linesPerSecond = tokenizer.LinesPerSecond(tokenizer.MedianMs),
                tokens = tokenizer.Tokens,
                finder = tokenizer.FinderMethod,
                finderMedianMs = tokenizer.FinderMedianMs,
                findings = tokenizer.Findings,
            },
        };

        private static List<(string Id, string Analyzer, int Count)> RuleCounts(AnalyzerSet package, RunSample sample) =>
            package.Analyzers.SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id).Distinct().Select(id => (Id: id, Analyzer: a.GetType().Name)))
                .GroupBy(r => r.Id).Select(g => g.First())
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => (r.Id, r.Analyzer, sample.PackageDiagnostics.TryGetValue(r.Id, out int c) ? c : 0))
                .ToList();

        /// <summary>An analyzer's rule id and subject without the "Analyzer" suffix, short enough for a table cell.</summary>
        private static string Short(string analyzerName) => analyzerName.EndsWith("Analyzer", StringComparison.Ordinal) ? analyzerName.Substring(0, analyzerName.Length - "Analyzer".Length) : analyzerName;

        public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

        /// <summary>Replaces the text between the README's performance markers (adds a section when they are missing).</summary>
        public static void UpdateReadme(string path, string section)
        {
            const string Start = "<!-- performance -->";
            const string End = "<!-- /performance -->";
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            string block = Start + "\n" + section.Replace("\r\n", "\n").TrimEnd('\n') + "\n" + End;
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
