using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Analysis;
using CredentialFlowAnalyzers.Tool.Fixing;
using CredentialFlowAnalyzers.Tool.Loading;

namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary><c>cfa fix &lt;path&gt;</c>: applies the first fix of every fixable site, in C# and in scripts and configuration files.</summary>
    internal static class FixCommand
    {
        public static Command Create(Argument<string> path)
        {
            Option<string[]> diagnostics = CommandLine.DiagnosticsOption();
            Option<string> severity = CommandLine.SeverityOption("Lowest severity fixed, after .editorconfig: error, warning or info (default: warning).");
            var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of what would change and write nothing (exit code 1 when something would change)." };
            var command = new Command("fix", "Apply the first fix of every fixable site (C#, PowerShell scripts, configuration files) and print what changed per file.")
            {
                path, diagnostics, severity, dryRun,
            };
            command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(path)!, parse.GetValue(diagnostics), parse.GetValue(severity)!, parse.GetValue(dryRun), cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(string path, string[]? ids, string severity, bool dryRun, CancellationToken cancellationToken)
        {
            ScanInput input = ScanInput.Resolve(path);
            PackageRules rules = PackageRules.Load();
            DiagnosticFilter filter = CommandLine.Filter(rules, ids, severity);
            (ImmutableArray<FileChange> changes, ImmutableArray<LoadProblem> problems) = await ProgressDisplay.RunAsync(true, async progress =>
            {
                using LoadedWorkspace loaded = await WorkspaceLoader.LoadAsync(input, progress, cancellationToken).ConfigureAwait(false);
                return (await FixEngine.FixAsync(loaded, rules, filter, progress, cancellationToken).ConfigureAwait(false), loaded.Problems);
            }).ConfigureAwait(false);

            foreach (LoadProblem problem in problems)
            {
                Console.Error.WriteLine($"cfa: {problem.Path}: {problem.Message}");
            }

            int failures = 0;
            int written = 0;
            foreach (FileChange change in changes)
            {
                string rulesText = string.Join(", ", change.RuleIds);
                if (dryRun)
                {
                    Console.Out.Write(UnifiedDiff.Create(change.Display, change.OldText, change.NewText));
                    continue;
                }

                (WriteOutcome outcome, string? message) = FileWriter.Write(change, input.RootDirectory);
                if (outcome == WriteOutcome.Written)
                {
                    written++;
                    Console.WriteLine($"Fixed {change.Display} ({rulesText})");
                }
                else
                {
                    failures++;
                    Console.Error.WriteLine($"cfa: {change.Display}: {message}");
                }
            }

            if (dryRun)
            {
                Console.WriteLine(changes.IsEmpty ? "Nothing to fix." : $"{changes.Length} file{(changes.Length == 1 ? "" : "s")} would change (--dry-run: nothing written).");
            }
            else
            {
                Console.WriteLine(written == 0 && failures == 0 ? "Nothing to fix." : $"{written} file{(written == 1 ? "" : "s")} fixed.");
            }

            if (!problems.IsEmpty || failures > 0)
            {
                return ExitCodes.UsageOrLoadError;
            }

            return dryRun && !changes.IsEmpty ? ExitCodes.FindingsAtOrAboveGate : ExitCodes.Success;
        }
    }
}
