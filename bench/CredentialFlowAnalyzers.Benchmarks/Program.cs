using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Benchmarks;
using CredentialFlowAnalyzers.Benchmarks.Corpus;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = BenchSettings.Parse(args);
Console.WriteLine($"CredentialFlowAnalyzers benchmark: {settings.Lines:N0} lines target, {settings.Warmup} warm-up + {settings.Runs} measured runs, single-threaded analysis");
Console.WriteLine($"Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, .NET {Environment.Version}, {Environment.ProcessorCount} cores");

// ---- References: .NET 10 reference pack + real vendor packages + compiled stubs for packages the registry does not serve.
var world = ReferenceWorld.Create();
Console.WriteLine($"References: {world.Framework.Length} framework, {world.Vendor.Length} vendor, {world.Stubs.Length} stub assemblies");

// ---- Corpus
var corpus = new CorpusGenerator(settings.Seed).Generate(settings.Lines);
Console.WriteLine($"Corpus: {corpus.CSharp.Count:N0} C# files, {corpus.CSharpLines:N0} lines, {corpus.CredentialSiteCount} credential sites ({corpus.CredentialSites.Count} shapes); additional files: {string.Join(", ", corpus.Additional.Select(f => $"{f.Path} ({f.Lines:N0} lines)"))}");
if (settings.WriteCorpus is { } corpusDir)
{
    foreach (var f in corpus.CSharp.Concat(corpus.Additional))
    {
        string path = Path.Combine(corpusDir, f.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, f.Text);
    }
}

if (settings.TokenizerOnly > 0)
{
    // Profiling aid: time only the PowerShell tokenizer and script scan, and print a digest of the tokens and findings.
    var script = corpus.Additional.First(f => f.Path.EndsWith(".ps1", StringComparison.Ordinal));
    var t = TokenizerBench.Run(script, settings.TokenizerOnly);
    long digest = 17;
    foreach (var token in CredentialFlowAnalyzers.PowerShell.PsTokenizer.Tokenize(script.Text))
    {
        digest = unchecked(digest * 31 + Fnv(token.Kind + "|" + token.Start + "|" + token.Length + "|" + token.Value + "|" + token.Flag + "|" + token.Unterminated));
    }

    foreach (var finding in CredentialFlowAnalyzers.PowerShell.PowerShellSignInFinder.Find(script.Text))
    {
        digest = unchecked(digest * 31 + Fnv(finding.Kind + "|" + finding.Start + "|" + finding.End));
    }

    Console.WriteLine($"tokenize median {t.MedianMs:F1} ms ({t.LinesPerSecond(t.MedianMs):N0} lines/s), {t.Tokens:N0} tokens; scan median {t.FinderMedianMs:F1} ms, {t.Findings} findings; digest {digest}");
    return 0;
}

var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release);
List<SyntaxTree> Parse() => corpus.CSharp.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parseOptions, "/corpus/" + f.Path)).ToList();
CSharpCompilation NewCompilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create("PartnerCorpus", trees, world.All, compilationOptions);

// ---- Analyzers: everything the package ships (found by reflection) and the peer.
var package = AnalyzerSet.Package();
var peer = AnalyzerSet.BannedApi(Path.Combine(AppContext.BaseDirectory, "peer"));
string bannedSymbols = string.Join("\n", KnownApiCatalog.All.Select(a => a.DocId).Distinct().Select(d => d + ";Signs in with a user name and password (breaks under MFA)")) + "\n";
var additional = corpus.Additional.Select(f => (AdditionalText)new InMemoryAdditionalText("/corpus/" + f.Path, f.Text)).ToList();
// As a user's .globalconfig would: CFA1900 reads the team's own password sign-in wrapper from the options.
var configOptions = new InMemoryAnalyzerConfigOptionsProvider(new Dictionary<string, string>
{
    ["cfa.password_sign_in_methods"] = CorpusGenerator.ConfiguredSignInMethods,
});
var combinedOptions = new AnalyzerOptions(additional.Append(new InMemoryAdditionalText("/corpus/BannedSymbols.txt", bannedSymbols)).ToImmutableArray(), configOptions);
Console.WriteLine($"Package analyzers ({package.Analyzers.Length}): {string.Join(", ", package.Analyzers.Select(a => a.GetType().Name))}");
Console.WriteLine($"Peer: {peer.Name} ({peer.Analyzers.Length} analyzers), {KnownApiCatalog.All.Select(a => a.DocId).Distinct().Count()} banned symbols from the catalog");

// ---- Sanity: the corpus compiles.
{
    var diagnostics = NewCompilation(Parse()).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    if (diagnostics.Count > 0)
    {
        Console.WriteLine($"The corpus has {diagnostics.Count} compiler errors (first 20):");
        foreach (var d in diagnostics.Take(20))
        {
            Console.WriteLine("  " + d);
        }

        if (!settings.AllowErrors)
        {
            return 2;
        }
    }
}

var samples = new List<RunSample>();
for (int run = 0; run < settings.Warmup + settings.Runs; run++)
{
    bool warm = run < settings.Warmup;
    var sample = new RunSample();

    Collect();
    var sw = Stopwatch.StartNew();
    var trees = Parse();
    sample.ParseMs = sw.Elapsed.TotalMilliseconds;

    // What csc does: Emit binds every method body and reports all compiler diagnostics.
    Collect();
    sw.Restart();
    var compilation = NewCompilation(trees);
    int errors;
    using (var pe = new MemoryStream())
    {
        errors = compilation.Emit(pe).Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    sample.EmitMs = sw.Elapsed.TotalMilliseconds;
    sample.CompileMs = sample.ParseMs + sample.EmitMs;

    // Both sets in one driver run (single-threaded): the telemetry is per analyzer, and the compiler's binding,
    // which the driver triggers, is paid once.
    var (wall, times, diagnostics) = await RunAnalyzersAsync(NewCompilation(trees), package.Analyzers.AddRange(peer.Analyzers), combinedOptions);
    sample.AnalysisWallMs = wall;
    foreach (var a in package.Analyzers)
    {
        sample.PackageTimes[a.GetType().Name] = times[a.GetType().Name];
    }

    foreach (var a in peer.Analyzers)
    {
        sample.PeerTimes[a.GetType().Name] = times[a.GetType().Name];
    }

    var packageIds = new HashSet<string>(package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));
    foreach (var kv in diagnostics)
    {
        (packageIds.Contains(kv.Key) ? sample.PackageDiagnostics : sample.PeerDiagnostics)[kv.Key] = kv.Value;
    }

    Console.WriteLine($"{(warm ? "warm-up" : "run " + (run - settings.Warmup + 1)),-8} compile {sample.CompileMs,8:F0} ms (parse {sample.ParseMs:F0}, emit {sample.EmitMs:F0}; {errors} errors) | analysis wall {sample.AnalysisWallMs,7:F0} ms | package {sample.PackageTimes.Values.Sum(),7:F1} ms, {sample.PackageDiagnostics.Values.Sum()} diagnostics | {peer.Name} {sample.PeerTimes.Values.Sum(),7:F1} ms, {sample.PeerDiagnostics.Values.Sum()} diagnostics");
    if (run == 0 || run == settings.Warmup + settings.Runs - 1)
    {
        Console.WriteLine("         per rule: " + string.Join(", ", package.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).Select(id => id + " " + (sample.PackageDiagnostics.TryGetValue(id, out int c) ? c : 0))));
    }

    if (!warm)
    {
        samples.Add(sample);
    }
}

var tokenizer = TokenizerBench.Run(corpus.Additional.FirstOrDefault(f => f.Path.EndsWith(".ps1", StringComparison.Ordinal)), settings.Runs);
var report = Report.Build(settings, corpus, package, peer, samples, tokenizer, world);
Console.WriteLine();
Console.WriteLine(report.Markdown);

string resultsDir = Path.Combine(Paths.RepositoryRoot, "bench", "results");
Directory.CreateDirectory(resultsDir);
File.WriteAllText(Path.Combine(resultsDir, "latest.md"), report.Markdown);
File.WriteAllText(Path.Combine(resultsDir, "latest.json"), report.Json);
if (!settings.NoReadme)
{
    Report.UpdateReadme(Path.Combine(Paths.RepositoryRoot, "README.md"), report.ReadmeTable);
}

Console.WriteLine($"Wrote {Path.Combine("bench", "results", "latest.md")} and latest.json" + (settings.NoReadme ? "" : "; updated the README's Performance section"));
return 0;

static long Fnv(string text)
{
    long hash = unchecked((long)14695981039346656037UL);
    foreach (char c in text)
    {
        hash = unchecked((hash ^ c) * 1099511628211L);
    }

    return hash;
}

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static async Task<(double WallMs, Dictionary<string, double> Times, Dictionary<string, int> Diagnostics)> RunAnalyzersAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
{
    var exceptions = new List<string>();
    var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        options,
        onAnalyzerException: (ex, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + ex.Message); } },
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: true,
        reportSuppressedDiagnostics: false));
    Collect();
    var sw = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    double wall = sw.Elapsed.TotalMilliseconds;
    if (exceptions.Count > 0)
    {
        throw new InvalidOperationException("Analyzer exceptions:\n" + string.Join("\n", exceptions.Distinct().Take(20)));
    }

    var times = new Dictionary<string, double>();
    foreach (var analyzer in analyzers)
    {
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        times[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
    }

    var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
    return (wall, times, byId);
}
