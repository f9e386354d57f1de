using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// The wrappers forward every registration to the analyzer they wrap: the analyzer rules about what an analyzer
// itself registers (attribute, concurrency, generated code, start actions) and the obsolete test-only constructor of
// OperationBlockStartAnalysisContext do not apply to a forwarding context.
#pragma warning disable RS1001, RS1012, RS1025, RS1026, CS0618

namespace CredentialFlowAnalyzers.Benchmarks.Breakdown
{
    /// <summary>Time (wall and this thread's CPU time) and call count of one kind of callback of one analyzer.</summary>
    internal sealed class CallbackTiming
    {
        private long _ticks;
        private long _cpuNanoseconds;
        private long _calls;

        public long Calls => Interlocked.Read(ref _calls);
        public double Milliseconds => Interlocked.Read(ref _ticks) * 1000.0 / Stopwatch.Frequency;

        /// <summary>Thread CPU time: unlike wall time, it does not grow when other processes take the core.</summary>
        public double CpuMilliseconds => Interlocked.Read(ref _cpuNanoseconds) / 1_000_000.0;

        public void Add(long ticks, long cpuNanoseconds)
        {
            Interlocked.Add(ref _ticks, ticks);
            Interlocked.Add(ref _cpuNanoseconds, cpuNanoseconds);
            Interlocked.Increment(ref _calls);
        }
    }

    /// <summary>The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; 0 elsewhere).</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTime = 3;
        private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

        public static long Nanoseconds()
        {
            if (!Available)
            {
                return 0;
            }

            clock_gettime(ClockThreadCpuTime, out TimeSpec t);
            return t.Seconds * 1_000_000_000L + t.Nanoseconds;
        }

        private static bool Probe()
        {
            try
            {
                return clock_gettime(ClockThreadCpuTime, out _) == 0;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>Callback timings of one analyzer, keyed by a description of the callback ("operation [Invocation]").</summary>
    internal sealed class AnalyzerTimings
    {
        public AnalyzerTimings(string analyzer)
        {
            Analyzer = analyzer;
        }

        public string Analyzer { get; }
        public ConcurrentDictionary<string, CallbackTiming> ByCallback { get; } = new ConcurrentDictionary<string, CallbackTiming>(StringComparer.Ordinal);

        public CallbackTiming For(string callback) => ByCallback.GetOrAdd(callback, _ => new CallbackTiming());

        /// <summary>Wraps a callback so its time and calls are counted under <paramref name="callback"/>.</summary>
        public Action<T> Timed<T>(string callback, Action<T> action)
        {
            CallbackTiming timing = For(callback);
            return context =>
            {
                long start = Stopwatch.GetTimestamp();
                long cpu = ThreadCpu.Nanoseconds();
                try
                {
                    action(context);
                }
                finally
                {
                    timing.Add(Stopwatch.GetTimestamp() - start, ThreadCpu.Nanoseconds() - cpu);
                }
            };
        }

        /// <summary>What one empty timed call measures (the clock reads themselves), to subtract per call.</summary>
        public static (double WallMicroseconds, double CpuMicroseconds) Overhead()
        {
            var timings = new AnalyzerTimings("calibration");
            Action<int> empty = timings.Timed<int>("empty", _ => { });
            for (int i = 0; i < 200_000; i++)
            {
                empty(i);
            }

            CallbackTiming t = timings.For("empty");
            return (1000.0 * t.Milliseconds / t.Calls, 1000.0 * t.CpuMilliseconds / t.Calls);
        }

        public static string Kinds<TKind>(ImmutableArray<TKind> kinds) => "[" + string.Join(", ", kinds.Select(k => k!.ToString())) + "]";
    }

    /// <summary>
    /// Runs an analyzer with every callback it registers wrapped in a stopwatch, so its time splits by callback kind
    /// (compilation start, operation actions per operation kind, operation blocks, additional files, ...). Needs no
    /// change to the analyzer: the contexts it registers on are forwarding wrappers.
    /// </summary>
    internal sealed class TimingAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer _inner;

        public TimingAnalyzer(DiagnosticAnalyzer inner)
        {
            _inner = inner;
            Timings = new AnalyzerTimings(inner.GetType().Name);
        }

        public AnalyzerTimings Timings { get; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimingAnalysisContext(context, Timings));
    }

    internal sealed class TimingAnalysisContext : AnalysisContext
    {
        private readonly AnalysisContext _c;
        private readonly AnalyzerTimings _t;

        public TimingAnalysisContext(AnalysisContext context, AnalyzerTimings timings)
        {
            _c = context;
            _t = timings;
        }

        public override void EnableConcurrentExecution() => _c.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _c.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _c.RegisterCompilationStartAction(_t.Timed<CompilationStartAnalysisContext>("compilation start", ctx => action(new TimingCompilationStartContext(ctx, _t))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _c.RegisterCompilationAction(_t.Timed("compilation", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _c.RegisterSemanticModelAction(_t.Timed("semantic model", action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _c.RegisterSymbolAction(_t.Timed("symbol " + AnalyzerTimings.Kinds(symbolKinds), action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _c.RegisterCodeBlockStartAction(_t.Timed("code block start", action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _c.RegisterCodeBlockAction(_t.Timed("code block", action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _c.RegisterSyntaxTreeAction(_t.Timed("syntax tree", action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _c.RegisterAdditionalFileAction(_t.Timed("additional file", action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _c.RegisterSyntaxNodeAction(_t.Timed("syntax node " + AnalyzerTimings.Kinds(syntaxKinds), action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _c.RegisterOperationAction(_t.Timed("operation " + AnalyzerTimings.Kinds(operationKinds), action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            _c.RegisterOperationBlockStartAction(_t.Timed<OperationBlockStartAnalysisContext>("operation block start", ctx => action(new TimingOperationBlockStartContext(ctx, _t))));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _c.RegisterOperationBlockAction(_t.Timed("operation block", action));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _c.RegisterSymbolStartAction(_t.Timed("symbol start " + symbolKind, action), symbolKind);
    }

    internal sealed class TimingCompilationStartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _c;
        private readonly AnalyzerTimings _t;

        public TimingCompilationStartContext(CompilationStartAnalysisContext context, AnalyzerTimings timings)
            : base(context.Compilation, context.Options, context.CancellationToken)
        {
            _c = context;
            _t = timings;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _c.RegisterCompilationEndAction(_t.Timed("compilation end", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _c.RegisterSemanticModelAction(_t.Timed("semantic model", action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _c.RegisterSymbolAction(_t.Timed("symbol " + AnalyzerTimings.Kinds(symbolKinds), action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _c.RegisterSymbolStartAction(_t.Timed("symbol start " + symbolKind, action), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _c.RegisterCodeBlockStartAction(_t.Timed("code block start", action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _c.RegisterCodeBlockAction(_t.Timed("code block", action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _c.RegisterSyntaxTreeAction(_t.Timed("syntax tree", action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _c.RegisterAdditionalFileAction(_t.Timed("additional file", action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _c.RegisterSyntaxNodeAction(_t.Timed("syntax node " + AnalyzerTimings.Kinds(syntaxKinds), action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _c.RegisterOperationAction(_t.Timed("operation " + AnalyzerTimings.Kinds(operationKinds), action), operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            _c.RegisterOperationBlockStartAction(_t.Timed<OperationBlockStartAnalysisContext>("operation block start", ctx => action(new TimingOperationBlockStartContext(ctx, _t))));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _c.RegisterOperationBlockAction(_t.Timed("operation block", action));
    }

    internal sealed class TimingOperationBlockStartContext : OperationBlockStartAnalysisContext
    {
        private readonly OperationBlockStartAnalysisContext _c;
        private readonly AnalyzerTimings _t;

        public TimingOperationBlockStartContext(OperationBlockStartAnalysisContext context, AnalyzerTimings timings)
            : base(context.OperationBlocks, context.OwningSymbol, context.Compilation, context.Options, context.CancellationToken)
        {
            _c = context;
            _t = timings;
        }

        public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) => _c.RegisterOperationBlockEndAction(_t.Timed("operation block end", action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _c.RegisterOperationAction(_t.Timed("operation in block " + AnalyzerTimings.Kinds(operationKinds), action), operationKinds);
    }
}
