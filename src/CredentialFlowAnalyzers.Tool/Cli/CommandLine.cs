using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Analysis;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary>The verbs and options. Parsing errors and every <see cref="ToolException"/> end as one line on standard error and exit code 2.</summary>
    internal static class CommandLine
    {
        private static readonly Argument<string> PathArgument = new("path")
        {
            Description = "A solution (.sln, .slnx), a C# project (.csproj), or a folder: every solution and project under it, plus the PowerShell scripts (.ps1, .psm1) and configuration files (*.config, appsettings*.json) no project includes.",
        };

        public static async Task<int> RunAsync(string[] args)
        {
            var root = new RootCommand("cfa: finds every sign-in with a user name and password (they break when MFA is enforced) in solutions, projects, PowerShell scripts and configuration files, and applies the CredentialFlowAnalyzers fixes.");
            root.Subcommands.Add(ScanCommand.Create(PathArgument));
            root.Subcommands.Add(FixCommand.Create(PathArgument));

            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                return Fail(parse.Errors[0].Message + " (see 'cfa --help')");
            }

            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };

            try
            {
                return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token).ConfigureAwait(false);
            }
            catch (ToolException e)
            {
                return Fail(e.Message);
            }
            catch (OperationCanceledException)
            {
                return Fail("cancelled");
            }
            catch (Exception e)
            {
                // Never a stack trace: one line that names the failure, so a user can report it.
                return Fail($"unexpected {e.GetType().Name}: {Loading.SolutionFile.OneLine(e.Message)}");
            }
        }

        public static int Fail(string message)
        {
            Console.Error.WriteLine("cfa: " + message);
            return ExitCodes.UsageOrLoadError;
        }

        public static Option<string[]> DiagnosticsOption() => new("--diagnostics", "-d")
        {
            Description = "Only these rule ids (space or comma separated), e.g. --diagnostics CFA1001 CFA4008.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };

        public static Option<string> SeverityOption(string description) => SeverityOption("--severity", description, "warning");

        public static Option<string> SeverityOption(string name, string description, string defaultValue)
        {
            var option = new Option<string>(name)
            {
                Description = description,
                DefaultValueFactory = _ => defaultValue,
            };
            option.AcceptOnlyFromAmong("error", "warning", "warn", "info");
            return option;
        }

        public static DiagnosticSeverity ParseSeverity(string value) => value switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" or "warn" => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };

        /// <summary>The filter from <c>--diagnostics</c> and <c>--severity</c>; an id the package does not have is a usage error.</summary>
        public static DiagnosticFilter Filter(PackageRules rules, string[]? ids, string severity)
        {
            ImmutableHashSet<string> wanted = (ids ?? Array.Empty<string>())
                .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(v => v.ToUpperInvariant())
                .ToImmutableHashSet(StringComparer.Ordinal);
            List<string> unknown = wanted.Where(id => !rules.Descriptors.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new ToolException($"unknown rule id{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown)} (the rules are {rules.Descriptors.Keys.First()} to {rules.Descriptors.Keys.Last()}; see the README's rule table)");
            }

            return new DiagnosticFilter(wanted, ParseSeverity(severity));
        }
    }
}
