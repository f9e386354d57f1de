using System;
using System.Runtime;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Benchmarks
{
    internal sealed class RunSample
    {
        public double ParseMs { get; set; }
        public double EmitMs { get; set; }
        public double CompileMs { get; set; }
        public double CatalogMs { get; set; }
        public double AnalysisWallMs { get; set; }
        public Dictionary<string, double> PackageTimes { get; } = new Dictionary<string, double>();
        public Dictionary<string, double> PeerTimes { get; } = new Dictionary<string, double>();
        public Dictionary<string, int> PackageDiagnostics { get; } = new Dictionary<string, int>();
        public Dictionary<string, int> PeerDiagnostics { get; } = new Dictionary<string, int>();
    }

    /// <summary>Everything measured on one corpus.</summary>
    internal sealed class CorpusResult
    {
        public CorpusResult(BenchCorpus corpus)
        {
            Corpus = corpus;
        }

        public BenchCorpus Corpus { get; }
        public int CompileErrors { get; set; }
        public List<string> FirstErrors { get; } = new List<string>();
        public List<string> AnalyzerExceptions { get; } = new List<string>();
        public List<RunSample> Samples { get; } = new List<RunSample>();
    }

    /// <summary>
    /// Measures one corpus, all in this process and single-threaded: per run, parse + emit of a fresh compilation
    /// (compile time), the catalog resolution on a fresh compilation, and one driver run with the package and the peer
    /// together on a fresh compilation (their per-analyzer execution-time telemetry).
    /// </summary>
    internal static class Measurement
    {
        public static async Task<CorpusResult> RunAsync(BenchCorpus corpus, AnalyzerSet package, AnalyzerSet peer, string bannedSymbols, BenchSettings settings)
        {
            var result = new CorpusResult(corpus);
            var analyzers = package.Analyzers.AddRange(peer.Analyzers);
            var additional = corpus.Additional.Select(f => (AdditionalText)new InMemoryAdditionalText("/" + corpus.Name + "/" + f.Path, f.Text))
                .Append(new InMemoryAdditionalText("/" + corpus.Name + "/BannedSymbols.txt", bannedSymbols))
                .ToImmutableArray();
            var options = new AnalyzerOptions(additional, corpus.ConfigOptions);
            var packageIds = new HashSet<string>(package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));

            for (int run = 0; run < settings.Warmup + settings.Runs; run++)
            {
                bool warm = run < settings.Warmup;
                var sample = new RunSample();

                Collect();
                var sw = Stopwatch.StartNew();
                var trees = corpus.Parse();
                sample.ParseMs = sw.Elapsed.TotalMilliseconds;

                // What csc does: Emit binds every method body and reports all compiler diagnostics.
                Collect();
                sw.Restart();
                var compilation = corpus.Compile(trees);
                ImmutableArray<Diagnostic> compilerDiagnostics;
                using (var pe = new MemoryStream())
                {
                    compilerDiagnostics = compilation.Emit(pe).Diagnostics;
                }

                sample.EmitMs = sw.Elapsed.TotalMilliseconds;
                sample.CompileMs = sample.ParseMs + sample.EmitMs;
                var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (run == 0)
                {
                    result.CompileErrors = errors.Count;
                    result.FirstErrors.AddRange(errors.Take(10).Select(d => d.ToString()));
                }

                // The one-time catalog resolution, alone: on a fresh compilation whose references are bound (any
                // build does that first), as the analyzers' compilation-start actions meet it. It includes the
                // namespace and type symbols it is the first to ask for.
                var fresh = corpus.Compile(trees);
                _ = fresh.GetSpecialType(SpecialType.System_Object);
                sw.Restart();
                PackageSurface.ResolveCatalog(fresh);
                sample.CatalogMs = sw.Elapsed.TotalMilliseconds;

                // Both sets in one driver run (single-threaded): the telemetry is per analyzer, and the compiler's
                // binding, which the driver triggers, is paid once.
                var (wall, times, diagnostics) = await RunAnalyzersAsync(CompilationToAnalyze(corpus, trees), analyzers, options, result.AnalyzerExceptions);
                sample.AnalysisWallMs = wall;
                foreach (var a in package.Analyzers)
                {
                    sample.PackageTimes[a.GetType().Name] = times[a.GetType().Name];
                }

                foreach (var a in peer.Analyzers)
                {
                    sample.PeerTimes[a.GetType().Name] = times[a.GetType().Name];
                }

                foreach (var kv in diagnostics)
                {
                    (packageIds.Contains(kv.Key) ? sample.PackageDiagnostics : sample.PeerDiagnostics)[kv.Key] = kv.Value;
                }

                Console.WriteLine($"  {(warm ? "warm-up" : "run " + (run - settings.Warmup + 1)),-8} compile {sample.CompileMs,8:F0} ms (parse {sample.ParseMs:F0}, emit {sample.EmitMs:F0}; {errors.Count} errors) | catalog {sample.CatalogMs,5:F1} ms | analysis wall {sample.AnalysisWallMs,7:F0} ms | package {sample.PackageTimes.Values.Sum(),7:F1} ms, {sample.PackageDiagnostics.Values.Sum()} diagnostics | {peer.Name} {sample.PeerTimes.Values.Sum(),7:F1} ms, {sample.PeerDiagnostics.Values.Sum()} diagnostics");
                if (!warm)
                {
                    result.Samples.Add(sample);
                }
            }

            return result;
        }

        /// <summary>
        /// A fresh compilation for a driver run, with its references bound. A build binds them before anything else
        /// (the compiler's declaration stage runs beside the analyzers' start); without this, whichever analyzer asks
        /// for a symbol first (the first in the list) would be charged for loading every referenced assembly.
        /// </summary>
        public static Compilation CompilationToAnalyze(BenchCorpus corpus, IEnumerable<SyntaxTree> trees)
        {
            Compilation compilation = corpus.Compile(trees);
            _ = compilation.GetSpecialType(SpecialType.System_Object);
            return compilation;
        }

        public static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        /// <summary>
        /// Runs the analyzer driver with blocking generation-2 collections held off (low-latency mode). The driver charges
        /// each pause to the analyzer that is running when it comes, and a full collection of a large compilation's heap
        /// takes hundreds of milliseconds: without this, one such pause decides which set looks cheaper in a run. Short
        /// (generation 0 and 1) collections still happen and are charged as before. The heap is collected first. The
        /// compile time is measured as csc runs, without this mode.
        /// </summary>
        public static T Timed<T>(Func<T> section)
        {
            Collect();
            GCLatencyMode before = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.LowLatency;
            try
            {
                return section();
            }
            finally
            {
                GCSettings.LatencyMode = before;
            }
        }

        private static async Task<(double WallMs, Dictionary<string, double> Times, Dictionary<string, int> Diagnostics)> RunAnalyzersAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, List<string> exceptions)
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (ex, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        string text = analyzer.GetType().Name + ": " + ex.GetType().Name + ": " + ex.Message;
                        if (!exceptions.Contains(text))
                        {
                            exceptions.Add(text);
                        }
                    }
                },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
            var sw = new Stopwatch();
            var diagnostics = Timed(() =>
            {
                sw.Restart();
                // Single-threaded analysis completes on this thread; waiting here keeps the section's GC mode around it.
                var all = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                sw.Stop();
                return all;
            });
            double wall = sw.Elapsed.TotalMilliseconds;

            var times = new Dictionary<string, double>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                times[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
            }

            var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
            return (wall, times, byId);
        }
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
    /// Times the PowerShell tokenizer and the whole script scan the analyzer runs on a <c>.ps1</c> additional file
    /// (pre-filter, tokenize, commands, findings) on the generated script: one warm-up call, then the median of <c>runs</c> calls.
    /// </summary>
    internal static class TokenizerBench
    {
        public static TokenizerResult Run(Corpus.CorpusFile? script, int runs)
        {
            var result = new TokenizerResult();
            if (script is null)
            {
                result.Note = "no script in the corpus";
                return result;
            }

            result.ScriptLines = script.Lines;
            result.ScriptChars = script.Text.Length;
            result.Method = PackageSurface.TokenizerMethod;
            result.FinderMethod = PackageSurface.ScriptScanMethod;
            var times = new List<double>();
            var finderTimes = new List<double>();
            for (int i = 0; i < runs + 1; i++)
            {
                var sw = Stopwatch.StartNew();
                result.Tokens = PackageSurface.TokenCount(script.Text);
                sw.Stop();
                var sw2 = Stopwatch.StartNew();
                result.Findings = PackageSurface.FindingCount(script.Text);
                sw2.Stop();
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
}
