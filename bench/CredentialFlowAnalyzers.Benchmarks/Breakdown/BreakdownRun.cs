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
    /// <c>--breakdown</c>: where each analyzer's time goes, per callback kind. Per run: compile (parse + emit), then one
    /// driver run with the package's analyzers alone, each wrapped by <see cref="TimingAnalyzer"/>, which counts calls,
    /// wall time and this thread's CPU time per kind of callback. CPU time is what to read on a loaded machine: wall
    /// time (and the driver's telemetry) also counts the time other processes hold the core.
    /// </summary>
    internal static class BreakdownRun
    {
        public static async Task<string> RunAsync(BenchCorpus corpus, AnalyzerSet package, BenchSettings settings)
        {
            var additional = corpus.Additional.Select(f => (AdditionalText)new InMemoryAdditionalText("/" + corpus.Name + "/" + f.Path, f.Text)).ToImmutableArray();
            var options = new AnalyzerOptions(additional, corpus.ConfigOptions);
            var compileMs = new List<double>();
            var compileCpuMs = new List<double>();
            var telemetry = new Dictionary<string, List<double>>();
            var callbacks = new Dictionary<(string Analyzer, string Callback), List<(double Ms, double CpuMs, long Calls)>>();

            for (int run = 0; run < settings.Warmup + settings.Runs; run++)
            {
                bool warm = run < settings.Warmup;
                Measurement.Collect();
                var sw = Stopwatch.StartNew();
                long threadCpu = ThreadCpu.Nanoseconds();
                var trees = corpus.Parse();
                using (var pe = new MemoryStream())
                {
                    corpus.Compile(trees).Emit(pe);
                }

                double compile = sw.Elapsed.TotalMilliseconds;
                double compileCpu = (ThreadCpu.Nanoseconds() - threadCpu) / 1_000_000.0;
                var wrapped = package.Analyzers.Select(a => new TimingAnalyzer(Fresh(a))).ToList();
                var withAnalyzers = Measurement.CompilationToAnalyze(corpus, trees).WithAnalyzers(wrapped.Cast<DiagnosticAnalyzer>().ToImmutableArray(), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                Measurement.Collect();
                await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

                // Callback timings first: asking the driver for telemetry runs compilation-start actions again.
                var timings = wrapped.Select(w => (w.Timings.Analyzer, Callbacks: w.Timings.ByCallback.ToDictionary(kv => kv.Key, kv => (kv.Value.Milliseconds, kv.Value.CpuMilliseconds, kv.Value.Calls)))).ToList();
                var executionTimes = wrapped.ToDictionary(w => w.Timings.Analyzer, w => Telemetry(withAnalyzers, w));
                Console.WriteLine($"  {(warm ? "warm-up" : "run " + (run - settings.Warmup + 1)),-8} compile {compile,8:F0} ms wall, {compileCpu,8:F0} ms CPU | package telemetry {executionTimes.Values.Sum(),7:F1} ms");
                if (warm)
                {
                    continue;
                }

                compileMs.Add(compile);
                compileCpuMs.Add(compileCpu);
                foreach (var (analyzer, byCallback) in timings)
                {
                    Add(telemetry, analyzer, executionTimes[analyzer]);
                    foreach (var kv in byCallback)
                    {
                        var key = (analyzer, kv.Key);
                        if (!callbacks.TryGetValue(key, out var list))
                        {
                            callbacks[key] = list = new List<(double, double, long)>();
                        }

                        list.Add(kv.Value);
                    }
                }
            }

            double c = Report.Median(compileMs);
            double cCpu = Report.Median(compileCpuMs);
            string PctCpu(double ms) => (100.0 * ms / cCpu).ToString("F3", CultureInfo.InvariantCulture) + " %";
            string Ms(double ms) => ms.ToString("F2", CultureInfo.InvariantCulture);
            var md = new StringBuilder();
            md.AppendLine($"## {corpus.Name}: where the time goes");
            md.AppendLine();
            md.AppendLine($"{corpus.Lines:N0} lines; {settings.Runs} runs, medians. Compile (parse + emit): {Ms(c)} ms wall, {Ms(cCpu)} ms CPU time of this thread. Telemetry of the wrapped analyzers: {Ms(telemetry.Values.Sum(Report.Median))} ms (wall).");
            md.AppendLine();
            var (overheadWall, overheadCpu) = AnalyzerTimings.Overhead();
            md.AppendLine($"Per callback kind: calls, wall time, and this thread's CPU time (not inflated by other processes; the share is of compile CPU time, and the CPU µs per call has the clocks' own {overheadCpu.ToString("F2", CultureInfo.InvariantCulture)} µs per call taken off). Telemetry rows are the driver's wall-time telemetry of the wrapped analyzer.");
            md.AppendLine();
            md.AppendLine("| Analyzer | Callback | Calls | Wall (ms) | CPU (ms) | CPU % of compile | CPU µs per call |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
            foreach (var analyzer in telemetry.OrderByDescending(kv => callbacks.Where(c => c.Key.Analyzer == kv.Key).Sum(c => Report.Median(c.Value.Select(v => v.CpuMs)))))
            {
                var rows = callbacks.Where(kv => kv.Key.Analyzer == analyzer.Key)
                    .Select(kv => (kv.Key.Callback, Ms: Report.Median(kv.Value.Select(v => v.Ms)), Cpu: Report.Median(kv.Value.Select(v => v.CpuMs)), Calls: (long)Report.Median(kv.Value.Select(v => (double)v.Calls))))
                    .OrderByDescending(x => x.Cpu).ToList();
                double cpuTotal = rows.Sum(r => r.Cpu);
                md.AppendLine($"| **{analyzer.Key}** | all callbacks (telemetry: {Ms(Report.Median(analyzer.Value))} ms) | {rows.Sum(r => r.Calls):N0} | {Ms(rows.Sum(r => r.Ms))} | **{Ms(cpuTotal)}** | **{PctCpu(cpuTotal)}** | |");
                foreach (var cb in rows.Where(r => r.Calls > 0))
                {
                    md.AppendLine($"| | {cb.Callback} | {cb.Calls:N0} | {Ms(cb.Ms)} | {Ms(cb.Cpu)} | {PctCpu(cb.Cpu)} | {Math.Max(0, 1000.0 * cb.Cpu / cb.Calls - overheadCpu).ToString("F2", CultureInfo.InvariantCulture)} |");
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
    }
}
