using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Analysis;
using CredentialFlowAnalyzers.Tool.Loading;
using CredentialFlowAnalyzers.Tool.Reports;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary><c>cfa scan &lt;path&gt;</c>: the inventory.</summary>
    internal static class ScanCommand
    {
        /// <summary>Width of the text report when it does not go to a terminal (files, pipes, CI logs): stable output.</summary>
        private const int FileWidth = 160;

        public static Command Create(Argument<string> path)
        {
            var format = new Option<string>("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif");
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
            Option<string[]> diagnostics = CommandLine.DiagnosticsOption();
            Option<string> severity = CommandLine.SeverityOption("Lowest severity listed, after .editorconfig: error, warning or info (default: warning, as the build shows them; info adds suggestions).");
            var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when a finding at or above this severity exists (error, warning or info): a CI gate." };
            failOn.AcceptOnlyFromAmong("error", "warning", "warn", "info");

            var command = new Command("scan", "Inventory every sign-in with a user name and password: per rule, per project or folder, each site with file:line and whether a fix exists.")
            {
                path, format, output, diagnostics, severity, failOn,
            };
            command.SetAction((parse, cancellationToken) => RunAsync(
                parse.GetValue(path)!,
                parse.GetValue(format)!,
                parse.GetValue(output),
                parse.GetValue(diagnostics),
                parse.GetValue(severity)!,
                parse.GetValue(failOn),
                cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(string path, string format, string? output, string[]? ids, string severity, string? failOn, CancellationToken cancellationToken)
        {
            ScanInput input = ScanInput.Resolve(path);
            PackageRules rules = PackageRules.Load();
            DiagnosticFilter filter = CommandLine.Filter(rules, ids, severity);
            ScanResult result = await ProgressDisplay.RunAsync(true, async progress =>
            {
                using LoadedWorkspace loaded = await WorkspaceLoader.LoadAsync(input, progress, cancellationToken).ConfigureAwait(false);
                return await Scanner.ScanAsync(loaded, rules, filter, progress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

            bool toTerminal = output is null && !Console.IsOutputRedirected;
            if (output is null)
            {
                using Stream stdout = Console.OpenStandardOutput();
                Write(result, input, format, stdout, toTerminal);
            }
            else
            {
                try
                {
                    using var file = new FileStream(output, FileMode.Create, FileAccess.Write);
                    Write(result, input, format, file, toTerminal: false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new ToolException($"cannot write '{output}': {SolutionFile.OneLine(e.Message)}");
                }

                Console.WriteLine($"Wrote {format} to {output}. {ReportFacts.Summary(result)}");
            }

            if (format != "text" || output != null)
            {
                foreach (LoadProblem problem in result.Problems)
                {
                    Console.Error.WriteLine($"cfa: {problem.Path}: {problem.Message}");
                }
            }

            if (result.Problems.Length > 0)
            {
                return ExitCodes.UsageOrLoadError;
            }

            if (failOn != null && result.Findings.Any(f => f.Severity >= CommandLine.ParseSeverity(failOn)))
            {
                return ExitCodes.FindingsAtOrAboveGate;
            }

            return ExitCodes.Success;
        }

        private static void Write(ScanResult result, ScanInput input, string format, Stream stream, bool toTerminal)
        {
            switch (format)
            {
                case "json":
                    JsonReport.Write(result, stream);
                    break;
                case "sarif":
                    SarifReport.Write(result, input.RootDirectory, stream);
                    break;
                default:
                    using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
                    {
                        if (format == "markdown")
                        {
                            MarkdownReport.Write(result, writer);
                        }
                        else
                        {
                            TextReport.Write(result, writer, toTerminal ? TerminalWidth() : FileWidth, color: toTerminal);
                        }
                    }

                    break;
            }
        }

        private static int TerminalWidth()
        {
            try
            {
                return Math.Max(80, Console.WindowWidth);
            }
            catch (IOException)
            {
                return FileWidth;
            }
        }
    }
}
