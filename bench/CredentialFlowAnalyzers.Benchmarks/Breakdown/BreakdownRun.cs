using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Benchmarks.Breakdown
{
    /// <summary>
    /// <c>--breakdown</c>: where each analyzer's time goes, per callback kind. Per run: compile (parse + emit), a driver
    /// run with only an analyzer that registers nothing (the driver's own cost: binding, events), and a driver run with
    /// the package's analyzers, each wrapped by <see cref="TimingAnalyzer"/>. The difference of the two wall times is
    /// what the package really adds, including work the driver does on its behalf (operation trees) that the
    /// per-analyzer telemetry does not show.
    /// </summary>
    internal static class BreakdownRun
    {
        public static async Task<string> RunAsync(BenchCorpus corpus, AnalyzerSet package, BenchSettings settings)
        {
            var additional = corpus.Additional.Select(f => (AdditionalText)new InMemoryAdditionalText("/" + corpus.Name + "/" + f.Path, f.Text)).ToImmutableArray();
            var options = new AnalyzerOptions(additional, corpus.ConfigOptions);
            var compileMs = new List<double>();
            var operationWall = new List<double>();
            var packageWall = new List<double>();
            var telemetry = new Dictionary<string, List<double>>();
            var callbacks = new Dictionary<(string Analyzer, string Callback), List<(double Ms, long Calls)>>();

            for (int run = 0; run < settings.Warmup + settings.Runs; run++)
            {
                bool warm = run < settings.Warmup;
                Measurement.Collect();
                var sw = Stopwatch.StartNew();
                var trees = corpus.Parse();
                using (var pe = new MemoryStream())
                {
                    corpus.Compile(trees).Emit(pe);
                }

                double compile = sw.Elapsed.TotalMilliseconds;
                double operations = await WallAsync(corpus.Compile(trees), ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationAnalyzer()), options);

                var wrapped = package.Analyzers.Select(a => new TimingAnalyzer(Fresh(a))).ToList();
                var withAnalyzers = corpus.Compile(trees).WithAnalyzers(wrapped.Cast<DiagnosticAnalyzer>().ToImmutableArray(), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                Measurement.Collect();
                sw.Restart();
                await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
                double wall = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine($"  {(warm ? "warm-up" : "run " + (run - settings.Warmup + 1)),-8} compile {compile,8:F0} ms | driver with an empty operation action {operations,7:F0} ms | with the package {wall,7:F0} ms | package telemetry {wrapped.Sum(w => Telemetry(withAnalyzers, w)),7:F1} ms");
                if (warm)
                {
                    continue;
                }

                compileMs.Add(compile);
                operationWall.Add(operations);
                packageWall.Add(wall);
                foreach (var w in wrapped)
                {
                    Add(telemetry, w.Timings.Analyzer, Telemetry(withAnalyzers, w));
                    foreach (var kv in w.Timings.ByCallback)
                    {
                        var key = (w.Timings.Analyzer, kv.Key);
                        if (!callbacks.TryGetValue(key, out var list))
                        {
                            callbacks[key] = list = new List<(double, long)>();
                        }

                        list.Add((kv.Value.Milliseconds, kv.Value.Calls));
                    }
                }
            }

            double c = Report.Median(compileMs);
            string Pct(double ms) => (100.0 * ms / c).ToString("F3", CultureInfo.InvariantCulture) + " %";
            string Ms(double ms) => ms.ToString("F2", CultureInfo.InvariantCulture);
            var md = new StringBuilder();
            md.AppendLine($"## {corpus.Name}: where the time goes");
            md.AppendLine();
            md.AppendLine($"{corpus.Lines:N0} lines; {settings.Runs} runs, medians. Compile (parse + emit) {Ms(c)} ms. Driver run with one analyzer that registers an empty operation action for invocations (the driver binds every method body and builds its operation tree: what any analyzer with operation actions, such as the SDK's code-quality analyzers, already pays): {Ms(Report.Median(operationWall))} ms; with the package's analyzers (wrapped): {Ms(Report.Median(packageWall))} ms; difference **{Ms(Report.Median(packageWall) - Report.Median(operationWall))} ms = {Pct(Report.Median(packageWall) - Report.Median(operationWall))}** of compile (the package's wall time beyond that). Telemetry of the wrapped analyzers: {Ms(telemetry.Values.Sum(Report.Median))} ms.");
            md.AppendLine();
            md.AppendLine("| Analyzer | Callback | Calls | Time (ms) | % of compile | µs per call |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var analyzer in telemetry.OrderByDescending(kv => Report.Median(kv.Value)))
            {
                md.AppendLine($"| **{analyzer.Key}** | telemetry (all callbacks) | | **{Ms(Report.Median(analyzer.Value))}** | **{Pct(Report.Median(analyzer.Value))}** | |");
                foreach (var cb in callbacks.Where(kv => kv.Key.Analyzer == analyzer.Key).Select(kv => (kv.Key.Callback, Ms: Report.Median(kv.Value.Select(v => v.Ms)), Calls: (long)Report.Median(kv.Value.Select(v => (double)v.Calls)))).OrderByDescending(x => x.Ms))
                {
                    md.AppendLine($"| | {cb.Callback} | {cb.Calls:N0} | {Ms(cb.Ms)} | {Pct(cb.Ms)} | {(cb.Calls == 0 ? "" : (1000.0 * cb.Ms / cb.Calls).ToString("F2", CultureInfo.InvariantCulture))} |");
                }
            }

            md.AppendLine();
            return md.ToString();
        }

        private static double Telemetry(CompilationWithAnalyzers withAnalyzers, DiagnosticAnalyzer analyzer) =>
            withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;

        private static void Add(Dictionary<string, List<double>> map, string key, double value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<double>();
            }

            list.Add(value);
        }

        /// <summary>A new instance per run, so the wrapper's counters start at zero.</summary>
        private static DiagnosticAnalyzer Fresh(DiagnosticAnalyzer analyzer) => (DiagnosticAnalyzer)Activator.CreateInstance(analyzer.GetType())!;

        private static async Task<double> WallAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            Measurement.Collect();
            var sw = Stopwatch.StartNew();
            await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return sw.Elapsed.TotalMilliseconds;
        }

        /// <summary>Registers an empty operation action: the driver run it takes is what any operation analyzer makes the driver and compiler do.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("BENCH0001", "Empty", "Empty", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
            }
        }
    }
}
