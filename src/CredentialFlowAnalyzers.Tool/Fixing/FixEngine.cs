using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Analysis;
using CredentialFlowAnalyzers.Tool.Cli;
using CredentialFlowAnalyzers.Tool.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tool.Fixing
{
    /// <summary>
    /// Applies the first fix of every fixable diagnostic, one rule id at a time (ordinal order):
    /// <list type="bullet">
    /// <item>C# documents, as <c>dotnet format analyzers</c> does: run the analyzers that support the id, ask each fix
    /// provider for the first action on the first diagnostic (by file and position), then run the provider's own Fix All
    /// provider over the solution with that action's equivalence key.</item>
    /// <item>Scripts and configuration files (additional documents), which <c>dotnet format</c> never fixes: as the IDE does
    /// on each site, the action with that same equivalence key is applied to the first site left, the file is analyzed
    /// again, and so on until no site of the id in the file offers it.</item>
    /// </list>
    /// Nothing is written here: the result is the list of changed files.
    /// </summary>
    internal static class FixEngine
    {
        public static async Task<ImmutableArray<FileChange>> FixAsync(LoadedWorkspace loaded, PackageRules rules, DiagnosticFilter filter, ProgressDisplay progress, CancellationToken cancellationToken)
        {
            // One target framework per project: the same file in two target frameworks is fixed once.
            AnalysisTarget[] targets = loaded.Targets.GroupBy(t => t.IsLooseFiles ? t.Id.ToString() : t.Group).Select(g => g.First()).ToArray();
            Solution solution = loaded.Solution;
            var changedBy = new Dictionary<DocumentId, SortedSet<string>>();

            progress.Phase("Finding fixable sites", targets.Length);
            var reported = new SortedSet<string>(StringComparer.Ordinal);
            foreach (AnalysisTarget target in targets)
            {
                progress.Step();
                foreach (Diagnostic diagnostic in await ProjectAnalysis.RunAsync(solution.GetProject(target.Id)!, filter.Analyzers(rules), cancellationToken).ConfigureAwait(false))
                {
                    if (filter.Includes(diagnostic) && !rules.FixersFor(diagnostic.Id).IsEmpty)
                    {
                        reported.Add(diagnostic.Id);
                    }
                }
            }

            progress.Phase("Fixing", reported.Count);
            foreach (string id in reported)
            {
                progress.Step("Fixing " + id);
                ImmutableArray<DiagnosticAnalyzer> analyzers = rules.AnalyzersFor(ImmutableHashSet.Create(id));
                foreach (CodeFixProvider fixer in rules.FixersFor(id))
                {
                    var diagnostics = await DiagnosticsAsync(solution, targets, analyzers, filter, id, cancellationToken).ConfigureAwait(false);
                    Solution fixedSolution = await FixSourceAsync(solution, fixer, id, diagnostics, cancellationToken).ConfigureAwait(false);
                    fixedSolution = await FixAdditionalFilesAsync(fixedSolution, fixer, id, diagnostics, analyzers, filter, cancellationToken).ConfigureAwait(false);
                    Record(solution, fixedSolution, id, changedBy);
                    solution = fixedSolution;
                }
            }

            return await ChangesAsync(loaded, solution, changedBy, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>>> DiagnosticsAsync(
            Solution solution, AnalysisTarget[] targets, ImmutableArray<DiagnosticAnalyzer> analyzers, DiagnosticFilter filter, string id, CancellationToken cancellationToken)
        {
            var byProject = ImmutableDictionary.CreateBuilder<ProjectId, ImmutableArray<Diagnostic>>();
            foreach (AnalysisTarget target in targets)
            {
                ImmutableArray<Diagnostic> diagnostics = (await ProjectAnalysis.RunAsync(solution.GetProject(target.Id)!, analyzers, cancellationToken).ConfigureAwait(false))
                    .Where(d => d.Id == id && filter.Includes(d))
                    .ToImmutableArray();
                if (!diagnostics.IsEmpty)
                {
                    byProject.Add(target.Id, diagnostics);
                }
            }

            return byProject.ToImmutable();
        }

        private static IEnumerable<(ProjectId Project, Diagnostic Diagnostic)> Ordered(ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>> diagnostics, bool inSource) =>
            diagnostics.SelectMany(p => p.Value.Where(d => d.Location.IsInSource == inSource).Select(d => (p.Key, d)))
                .OrderBy(p => p.d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(p => p.d.Location.SourceSpan.Start);

        private static async Task<Solution> FixSourceAsync(
            Solution solution, CodeFixProvider fixer, string id, ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>> diagnostics, CancellationToken cancellationToken)
        {
            if (fixer.GetFixAllProvider() is not { } fixAll || !fixAll.GetSupportedFixAllScopes().Contains(FixAllScope.Solution))
            {
                return solution;
            }

            foreach (var (projectId, diagnostic) in Ordered(diagnostics, inSource: true).Take(1))
            {
                if (solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                    || await FixActions.FirstActionAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false) is not { } first)
                {
                    return solution; // as in dotnet format: no action on the first site, nothing fixed for the id
                }

                var inSource = diagnostics.ToImmutableDictionary(p => p.Key, p => p.Value.Where(d => d.Location.IsInSource).ToImmutableArray());
                var context = new FixAllContext(document, fixer, FixAllScope.Solution, first.EquivalenceKey, new[] { id }, new FixAllDiagnostics(inSource), cancellationToken);
                if (await fixAll.GetFixAsync(context).ConfigureAwait(false) is not { } action)
                {
                    return solution;
                }

                return await AppliedAsync(solution, action, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        private static async Task<Solution> FixAdditionalFilesAsync(
            Solution solution,
            CodeFixProvider fixer,
            string id,
            ImmutableDictionary<ProjectId, ImmutableArray<Diagnostic>> diagnostics,
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            DiagnosticFilter filter,
            CancellationToken cancellationToken)
        {
            string? key = null;
            var files = new List<(ProjectId Project, DocumentId Document, int Sites)>();
            foreach (var group in Ordered(diagnostics, inSource: false).GroupBy(p => (p.Project, Path: p.Diagnostic.Location.GetLineSpan().Path)))
            {
                Project project = solution.GetProject(group.Key.Project)!;
                if (FixActions.DocumentOf(project, group.First().Diagnostic) is not { } document)
                {
                    continue;
                }

                if (key is null)
                {
                    foreach (var (_, diagnostic) in group)
                    {
                        if (await FixActions.FirstActionAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false) is { } first)
                        {
                            key = first.EquivalenceKey ?? string.Empty;
                            break;
                        }
                    }
                }

                files.Add((group.Key.Project, document.Id, group.Count()));
            }

            foreach (var (projectId, documentId, sites) in files)
            {
                // Each pass fixes one site; a fix that leaves its site in place cannot loop forever.
                for (int pass = 0; pass <= sites + 1 && key != null; pass++)
                {
                    TextDocument document = solution.GetProject(projectId)!.GetAdditionalDocument(documentId)!;
                    CodeAction? action = null;
                    foreach (Diagnostic diagnostic in await FileDiagnosticsAsync(document, analyzers, filter, id, cancellationToken).ConfigureAwait(false))
                    {
                        action = await ActionWithKeyAsync(fixer, document, diagnostic, key, cancellationToken).ConfigureAwait(false);
                        if (action != null)
                        {
                            break;
                        }
                    }

                    if (action is null)
                    {
                        break;
                    }

                    solution = await AppliedAsync(solution, action, cancellationToken).ConfigureAwait(false);
                }
            }

            return solution;
        }

        private static async Task<CodeAction?> ActionWithKeyAsync(CodeFixProvider fixer, TextDocument document, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), cancellationToken);
            try
            {
                await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }

            return actions.FirstOrDefault(a => (a.EquivalenceKey ?? string.Empty) == key);
        }

        /// <summary>The diagnostics of <paramref name="id"/> in one additional document, in text order.</summary>
        private static async Task<IEnumerable<Diagnostic>> FileDiagnosticsAsync(
            TextDocument document, ImmutableArray<DiagnosticAnalyzer> analyzers, DiagnosticFilter filter, string id, CancellationToken cancellationToken)
        {
            ImmutableArray<Diagnostic> diagnostics = await ProjectAnalysis.RunAsync(document.Project, analyzers, cancellationToken).ConfigureAwait(false);
            return diagnostics
                .Where(d => d.Id == id && filter.Includes(d) && !d.Location.IsInSource && d.Location.GetLineSpan().Path == document.FilePath)
                .OrderBy(d => d.Location.SourceSpan.Start);
        }

        private static async Task<Solution> AppliedAsync(Solution solution, CodeAction action, CancellationToken cancellationToken)
        {
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            return operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution ?? solution;
        }

        private static void Record(Solution before, Solution after, string id, Dictionary<DocumentId, SortedSet<string>> changedBy)
        {
            foreach (ProjectChanges project in after.GetChanges(before).GetProjectChanges())
            {
                foreach (DocumentId document in project.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Concat(project.GetChangedAdditionalDocuments()))
                {
                    if (!changedBy.TryGetValue(document, out SortedSet<string>? ids))
                    {
                        changedBy[document] = ids = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(id);
                }
            }
        }

        private static TextDocument? TextDocumentOf(Solution solution, DocumentId id) =>
            solution.GetDocument(id) ?? solution.GetAdditionalDocument(id);

        private static async Task<ImmutableArray<FileChange>> ChangesAsync(LoadedWorkspace loaded, Solution solution, Dictionary<DocumentId, SortedSet<string>> changedBy, CancellationToken cancellationToken)
        {
            var changes = new SortedDictionary<string, FileChange>(PathComparer.Instance);
            foreach (var (id, ids) in changedBy)
            {
                TextDocument? before = TextDocumentOf(loaded.Solution, id);
                TextDocument? after = TextDocumentOf(solution, id);
                if (before?.FilePath is not { } path || after is null)
                {
                    continue;
                }

                SourceText oldText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
                SourceText newText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
                string full = PathComparer.Normalize(path);
                if (!oldText.ContentEquals(newText) && !changes.ContainsKey(full))
                {
                    changes.Add(full, new FileChange(full, PathComparer.Display(full, loaded.Input.RootDirectory), oldText.ToString(), newText.ToString(), ids.ToImmutableSortedSet(StringComparer.Ordinal)));
                }
            }

            return changes.Values.ToImmutableArray();
        }
    }
}
