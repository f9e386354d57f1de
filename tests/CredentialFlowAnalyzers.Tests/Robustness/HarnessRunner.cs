using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.Robustness
{
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>
    /// Runs every analyzer and, for every diagnostic, every code fix on one variant, and records what went wrong:
    /// analyzer exceptions (and AD0001), fix-provider and code-action exceptions, fixes that break code that compiled,
    /// and secret markers in messages, properties or fix titles.
    /// </summary>
    internal sealed class HarnessRunner
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = HarnessEnvironment.NewAnalyzers();
        private readonly Dictionary<string, ImmutableArray<CodeFixProvider>> _fixersById;
        private readonly ConcurrentDictionary<World, (Solution Solution, DocumentId Document)> _bases = new ConcurrentDictionary<World, (Solution, DocumentId)>();

        public HarnessRunner()
        {
            _fixersById = HarnessEnvironment.Fixers
                .SelectMany(f => f.FixableDiagnosticIds.Select(id => (id, f)))
                .GroupBy(x => x.id)
                .ToDictionary(g => g.Key, g => g.Select(x => x.f).ToImmutableArray());
        }

        public ConcurrentQueue<string> Failures { get; } = new ConcurrentQueue<string>();

        public int Variants;
        public int Diagnostics;
        public int FixActions;
        public int CompiledFixChecks;

        public ImmutableArray<DiagnosticAnalyzer> Analyzers => _analyzers;

        public int AnalyzerCount => _analyzers.Length;

        public int FixerCount => HarnessEnvironment.Fixers.Length;

        /// <summary>A C# variant: analyzers on the document, then all fixes for every diagnostic.</summary>
        public async Task RunCSharpAsync(string label, string text, World world, IReadOnlyList<AdditionalText>? additional = null)
        {
            Interlocked.Increment(ref Variants);
            var (solution, documentId) = Base(world);
            solution = solution.WithDocumentText(documentId, SourceText.From(text));
            Document document = solution.GetDocument(documentId)!;
            Compilation compilation = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!;
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(label, compilation, additional).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                return;
            }

            bool? compiled = null;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (!diagnostic.Location.IsInSource || !_fixersById.TryGetValue(diagnostic.Id, out var fixers))
                {
                    continue;
                }

                foreach (CodeFixProvider fixer in fixers)
                {
                    var actions = new List<CodeAction>();
                    try
                    {
                        var context = new CodeFixContext(document, diagnostic, (action, _) => { lock (actions) { actions.Add(action); } }, CancellationToken.None);
                        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        Fail(label, $"{fixer.GetType().Name}.RegisterCodeFixesAsync threw on {diagnostic.Id}: {ex.GetType().Name}: {ex.Message}");
                        continue;
                    }

                    foreach (CodeAction action in actions)
                    {
                        Interlocked.Increment(ref FixActions);
                        if (HarnessEnvironment.ContainsMarker(action.Title) || HarnessEnvironment.ContainsMarker(action.EquivalenceKey))
                        {
                            Fail(label, $"{fixer.GetType().Name} title leaks a secret: {action.Title}");
                        }

                        Solution? changed;
                        try
                        {
                            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
                            changed = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
                        }
                        catch (Exception ex)
                        {
                            Fail(label, $"{fixer.GetType().Name} action '{action.Title}' threw on {diagnostic.Id}: {ex.GetType().Name}: {ex.Message}");
                            continue;
                        }

                        compiled ??= !compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
                        if (changed is null || compiled != true)
                        {
                            continue;
                        }

                        Interlocked.Increment(ref CompiledFixChecks);
                        Compilation? after = await changed.GetDocument(documentId)!.Project.GetCompilationAsync().ConfigureAwait(false);
                        var errors = after!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        if (errors.Count > 0)
                        {
                            Fail(label, $"{fixer.GetType().Name} action '{action.Title}' on {diagnostic.Id} broke code that compiled: {errors[0]}");
                        }
                    }
                }
            }
        }

        /// <summary>An additional-file variant (script or config) next to a trivial C# file.</summary>
        public async Task RunAdditionalAsync(string label, string fileName, string text, World world)
        {
            Interlocked.Increment(ref Variants);
            var (solution, documentId) = Base(world);
            Compilation compilation = (await solution.GetDocument(documentId)!.Project.GetCompilationAsync().ConfigureAwait(false))!;
            await AnalyzeAsync(label, compilation, new[] { new InMemoryAdditionalText("/src/" + fileName, text) }).ConfigureAwait(false);
        }

        private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string label, Compilation compilation, IReadOnlyList<AdditionalText>? additional)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions((additional ?? Array.Empty<AdditionalText>()).ToImmutableArray()),
                onAnalyzerException: (ex, analyzer, diagnostic) => Fail(label, $"{analyzer.GetType().Name} threw {ex.GetType().Name}: {ex.Message}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (Diagnostic d in diagnostics)
            {
                Interlocked.Increment(ref Diagnostics);
                if (d.Id == "AD0001")
                {
                    Fail(label, "AD0001: " + d.GetMessage());
                }

                if (HarnessEnvironment.ContainsMarker(d.GetMessage()) || d.Properties.Values.Any(HarnessEnvironment.ContainsMarker))
                {
                    Fail(label, $"{d.Id} message or properties leak a secret: {d.GetMessage()}");
                }
            }

            return diagnostics;
        }

        private void Fail(string label, string message)
        {
            if (Failures.Count < 200)
            {
                Failures.Enqueue(label + ": " + message);
            }
        }

        private (Solution, DocumentId) Base(World world) => _bases.GetOrAdd(world, w =>
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            Solution solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Harness", "Harness", LanguageNames.CSharp,
                    compilationOptions: w.Empty.Options,
                    parseOptions: HarnessEnvironment.ParseOptions,
                    metadataReferences: w.References))
                .AddDocument(documentId, "Source.cs", SourceText.From("class Empty { }\n"));
            solution.GetProject(projectId)!.GetCompilationAsync().GetAwaiter().GetResult();
            return (solution, documentId);
        });
    }
}
