using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Tests.FixQuality
{
    /// <summary>Which reported diagnostic <c>dotnet format</c> happens to take first (its order is not stable).</summary>
    internal enum Trigger
    {
        First,
        Last,
    }

    /// <summary>
    /// Applies the package's fixes to a solution the ways users do: as <c>dotnet format analyzers</c> does, site by site
    /// with the first action (a user pressing the light bulb on each warning), and with Fix All in document, project or
    /// solution scope from the IDE.
    /// </summary>
    internal static class FixApplier
    {
        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = RuleCatalogTests.AllAnalyzers().ToImmutableArray();

        private static readonly ImmutableArray<CodeFixProvider> Fixers = RuleCatalogTests.AllCodeFixes().ToImmutableArray();

        /// <summary>Every CFA id, sorted: the ids <c>dotnet format analyzers --diagnostics ...</c> is given.</summary>
        public static ImmutableArray<string> AllIds { get; } = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();

        /// <summary>
        /// <c>dotnet format analyzers --diagnostics &lt;every CFA id&gt; --severity info</c>, as its analyzer formatter and
        /// solution code-fix applier do it: the ids reported by a first analysis are taken one by one (in
        /// <paramref name="idOrder"/>: the real tool's order varies between runs); for each, the analyzers that support
        /// the id run again on the current solution, the fixer is asked for actions for the first diagnostic they reported
        /// (of any of their ids, in source), and Fix All in solution scope runs for the id with that action's
        /// equivalence key (null when that diagnostic got no action).
        /// </summary>
        public static async Task<Solution> DotnetFormatAsync(Solution solution, IEnumerable<string> idOrder, Trigger trigger)
        {
            ImmutableHashSet<string> reported = (await AnalyzeAsync(solution, Analyzers)).Select(d => d.Id).ToImmutableHashSet();
            foreach (string id in idOrder.Where(reported.Contains))
            {
                var fixers = Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)).ToList();
                if (fixers.Count == 0)
                {
                    continue;
                }

                ImmutableArray<DiagnosticAnalyzer> analyzers = Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(solution, analyzers);
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                foreach (CodeFixProvider fixer in fixers)
                {
                    solution = await ApplyLikeDotnetFormatAsync(solution, diagnostics, fixer, id, trigger);
                }
            }

            return solution;
        }

        private static async Task<Solution> ApplyLikeDotnetFormatAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CodeFixProvider fixer, string id, Trigger trigger)
        {
            FixAllProvider? fixAll = fixer.GetFixAllProvider();
            if (fixAll?.GetSupportedFixAllScopes().Contains(FixAllScope.Solution) != true)
            {
                return solution;
            }

            var inSource = diagnostics.Where(d => d.Location.SourceTree != null).ToList();
            Diagnostic? first = trigger == Trigger.First ? inSource.FirstOrDefault() : inSource.LastOrDefault();
            if (first is null || solution.GetDocument(first.Location.SourceTree) is not { } document)
            {
                return solution;
            }

            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));

            var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
            CodeAction? fix = await fixAll.GetFixAsync(context);
            return fix is null ? solution : await ApplyAsync(solution, fix);
        }

        /// <summary>
        /// Fixes the sites of each id one by one, as a user taking the first action of the light bulb would: the first
        /// diagnostic (by file and position) that gets an action is fixed, the analyzers run again, and so on.
        /// </summary>
        public static async Task<Solution> OneByOneAsync(Solution solution, IEnumerable<string> idOrder)
        {
            foreach (string id in idOrder)
            {
                var fixers = Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)).ToList();
                ImmutableArray<DiagnosticAnalyzer> analyzers = Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
                for (int iteration = 0; fixers.Count > 0; iteration++)
                {
                    if (iteration > 200)
                    {
                        throw new InvalidOperationException("Fixing " + id + " site by site does not converge.");
                    }

                    (CodeAction Action, Diagnostic Diagnostic)? next = await FirstActionAsync(solution, analyzers, fixers, id);
                    if (next is null)
                    {
                        break;
                    }

                    solution = await ApplyAsync(solution, next.Value.Action);
                }
            }

            return solution;
        }

        /// <summary>
        /// Fix All from the IDE for each id: started on the first site that has an action, with that action's key, in
        /// <paramref name="scope"/>; in document scope once per document that still has a site.
        /// </summary>
        public static async Task<Solution> FixAllAsync(Solution solution, IEnumerable<string> idOrder, FixAllScope scope)
        {
            foreach (string id in idOrder)
            {
                var fixers = Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)).ToList();
                ImmutableArray<DiagnosticAnalyzer> analyzers = Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
                var done = new HashSet<string>(StringComparer.Ordinal);
                for (int iteration = 0; fixers.Count > 0; iteration++)
                {
                    if (iteration > 200)
                    {
                        throw new InvalidOperationException("Fix All for " + id + " does not converge.");
                    }

                    (CodeAction Action, Diagnostic Diagnostic)? next = await FirstActionAsync(solution, analyzers, fixers, id, done);
                    if (next is null)
                    {
                        break;
                    }

                    Diagnostic diagnostic = next.Value.Diagnostic;
                    Document document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                    done.Add(scope == FixAllScope.Document ? document.FilePath! : "*");
                    CodeFixProvider fixer = fixers.First(f => f.FixableDiagnosticIds.Contains(id));
                    ImmutableArray<Diagnostic> all = await AnalyzeAsync(solution, analyzers);
                    var context = new FixAllContext(document, fixer, scope, next.Value.Action.EquivalenceKey!, new[] { id }, new FixedDiagnostics(all), CancellationToken.None);
                    CodeAction? fix = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                    if (fix != null)
                    {
                        solution = await ApplyAsync(solution, fix);
                    }
                }
            }

            return solution;
        }

        private static async Task<(CodeAction Action, Diagnostic Diagnostic)?> FirstActionAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers, List<CodeFixProvider> fixers, string id, HashSet<string>? skipFiles = null)
        {
            foreach (Diagnostic diagnostic in (await AnalyzeAsync(solution, analyzers)).Where(d => d.Id == id && d.Location.SourceTree != null))
            {
                if (solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                    || skipFiles != null && (skipFiles.Contains("*") || skipFiles.Contains(document.FilePath!)))
                {
                    continue;
                }

                foreach (CodeFixProvider fixer in fixers)
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                    if (actions.Count > 0)
                    {
                        return (actions[0], diagnostic);
                    }
                }
            }

            return null;
        }

        private static async Task<Solution> ApplyAsync(Solution solution, CodeAction action)
        {
            ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? solution;
        }

        /// <summary>
        /// The analyzers' diagnostics (severity info and above, not suppressed) for every project, in a stable order:
        /// file, position, id.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var result = new List<Diagnostic>();
            foreach (Project project in solution.Projects)
            {
                Compilation compilation = (await project.GetCompilationAsync())!;
                ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
                result.AddRange(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info && !d.IsSuppressed));
            }

            return result
                .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>All analyzer diagnostics of <paramref name="solution"/> (every CFA rule).</summary>
        public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Solution solution) => AnalyzeAsync(solution, Analyzers);

        /// <summary>The compiler's own warnings and errors (what a build with warnings as errors fails on).</summary>
        public static async Task<ImmutableArray<Diagnostic>> CompilerDiagnosticsAsync(Solution solution)
        {
            var result = new List<Diagnostic>();
            foreach (Project project in solution.Projects)
            {
                Compilation compilation = (await project.GetCompilationAsync())!;
                result.AddRange(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed));
            }

            return result.ToImmutableArray();
        }

        /// <summary>The diagnostics a Fix All sees, as <c>dotnet format</c> hands them over (every id its analyzers reported).</summary>
        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics)
            {
                _diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                GetProjectDiagnosticsAsync(project, cancellationToken);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree is { } tree && project.GetDocument(tree) != null || d.Location.SourceTree is null));
        }
    }
}
