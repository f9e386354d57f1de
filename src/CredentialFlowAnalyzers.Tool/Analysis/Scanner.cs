using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Cli;
using CredentialFlowAnalyzers.Tool.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>Which findings a command looks at.</summary>
    /// <param name="Ids">Rule ids to run (<c>--diagnostics</c>); empty for every rule.</param>
    /// <param name="MinimumSeverity">The lowest effective severity reported (<c>--severity</c>).</param>
    internal sealed record DiagnosticFilter(ImmutableHashSet<string> Ids, DiagnosticSeverity MinimumSeverity)
    {
        public bool Includes(Diagnostic diagnostic) =>
            diagnostic.Id.StartsWith("CFA", StringComparison.Ordinal)
            && (Ids.IsEmpty || Ids.Contains(diagnostic.Id))
            && diagnostic.Severity >= MinimumSeverity;

        public ImmutableArray<DiagnosticAnalyzer> Analyzers(PackageRules rules) =>
            Ids.IsEmpty ? rules.Analyzers : rules.AnalyzersFor(Ids);
    }

    /// <summary>Runs the rules over every target of a loaded workspace and turns the diagnostics into findings.</summary>
    internal static class Scanner
    {
        public static async Task<ScanResult> ScanAsync(LoadedWorkspace loaded, PackageRules rules, DiagnosticFilter filter, ProgressDisplay progress, CancellationToken cancellationToken)
        {
            var findings = new Dictionary<(string, string, int, int, int, int), Finding>();
            var problems = ImmutableArray.CreateBuilder<LoadProblem>();
            problems.AddRange(loaded.Problems);
            string root = loaded.Input.RootDirectory;
            ImmutableArray<DiagnosticAnalyzer> analyzers = filter.Analyzers(rules);

            progress.Phase("Analyzing", loaded.Targets.Length);
            foreach (AnalysisTarget target in loaded.Targets)
            {
                Project project = loaded.Solution.GetProject(target.Id)!;
                progress.Step("Analyzing " + (target.IsLooseFiles ? "scripts and configuration files" : target.Group));
                ImmutableArray<Diagnostic> diagnostics = await ProjectAnalysis.RunAsync(project, analyzers, cancellationToken).ConfigureAwait(false);
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    if (diagnostic.Id == ProjectAnalysis.AnalyzerExceptionId)
                    {
                        problems.Add(new LoadProblem(target.IsLooseFiles ? "." : target.Group, "a rule failed while analyzing it: " + SolutionFile.OneLine(diagnostic.GetMessage())));
                        continue;
                    }

                    if (!filter.Includes(diagnostic))
                    {
                        continue;
                    }

                    FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                    if (string.IsNullOrEmpty(span.Path))
                    {
                        continue;
                    }

                    string fullPath = PathComparer.Normalize(span.Path);
                    var key = (diagnostic.Id, fullPath, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character);
                    if (findings.ContainsKey(key))
                    {
                        continue; // the same site seen again through another target framework of the project
                    }

                    FixAvailability fix = await ProbeFixAsync(rules, project, diagnostic, cancellationToken).ConfigureAwait(false);
                    string group = target.IsLooseFiles ? FolderGroup(fullPath, root) : target.Group;
                    findings.Add(key, new Finding(
                        diagnostic.Id,
                        diagnostic.Severity,
                        diagnostic.GetMessage(),
                        fullPath,
                        PathComparer.Display(fullPath, root),
                        span.StartLinePosition.Line + 1,
                        span.StartLinePosition.Character + 1,
                        span.EndLinePosition.Line + 1,
                        span.EndLinePosition.Character + 1,
                        group,
                        fix));
                }
            }

            ImmutableArray<Finding> ordered = findings.Values
                .OrderBy(f => f.Group, StringComparer.Ordinal)
                .ThenBy(f => f.File, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToImmutableArray();
            ImmutableArray<string> groups = loaded.Targets.Where(t => !t.IsLooseFiles).Select(t => t.Group)
                .Concat(ordered.Select(f => f.Group))
                .Distinct()
                .OrderBy(g => g, StringComparer.Ordinal)
                .ToImmutableArray();
            return new ScanResult(
                loaded.Input.Display,
                ordered,
                rules.Descriptors,
                groups,
                problems.OrderBy(p => p.Path, StringComparer.Ordinal).ToImmutableArray());
        }

        /// <summary>The folder a loose file is listed under: its folder relative to the root, with a trailing slash.</summary>
        public static string FolderGroup(string fullPath, string root)
        {
            string folder = PathComparer.Display(Path.GetDirectoryName(fullPath)!, root);
            return folder == "." ? "./" : folder + "/";
        }

        private static async Task<FixAvailability> ProbeFixAsync(PackageRules rules, Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (FixActions.DocumentOf(project, diagnostic) is not { } document)
            {
                return FixAvailability.None;
            }

            foreach (var fixer in rules.FixersFor(diagnostic.Id))
            {
                if (await FixActions.FirstActionAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false) != null)
                {
                    return document is Document ? FixAvailability.Batch : FixAvailability.ToolAndIde;
                }
            }

            return FixAvailability.None;
        }
    }
}
