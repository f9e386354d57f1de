using System;
using System.Collections.Generic;
using System.Linq;
using CredentialFlowAnalyzers.Tool.Analysis;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Reports
{
    /// <summary>Counts and labels every report format shares, so the formats never disagree.</summary>
    internal static class ReportFacts
    {
        public const string FixLegend = "Fix: batch = `cfa fix`, `dotnet format analyzers` and the IDE; cfa/IDE = `cfa fix` and the IDE (scripts, configuration files); none = see the rule page.";

        /// <summary>The rule family of an id, by its first digit (CFA1xxx token libraries, ...).</summary>
        public static string Family(string id) => id.Length > 3 ? id[3] switch
        {
            '1' => "Token libraries (CFA1xxx)",
            '2' => "Grants and stored credentials (CFA2xxx)",
            '3' => "PowerShell (CFA3xxx)",
            '4' => "Basic authentication (CFA4xxx)",
            _ => "Other",
        } : "Other";

        public static string Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

        public static string Fix(FixAvailability fix) => fix switch
        {
            FixAvailability.Batch => "batch",
            FixAvailability.ToolAndIde => "cfa/IDE",
            _ => "none",
        };

        /// <summary>Per rule that reported: its descriptor, site count and fixable count, ordered by id.</summary>
        public static IEnumerable<(DiagnosticDescriptor Rule, int Sites, int Fixable)> ByRule(ScanResult result) =>
            result.Findings.GroupBy(f => f.RuleId)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Descriptor(result, g.Key), g.Count(), g.Count(f => f.Fix != FixAvailability.None)));

        public static DiagnosticDescriptor Descriptor(ScanResult result, string id) =>
            result.Rules.TryGetValue(id, out DiagnosticDescriptor? descriptor)
                ? descriptor
                : new DiagnosticDescriptor(id, id, id, "Unknown", DiagnosticSeverity.Warning, true);

        public static int Files(ScanResult result) => result.Findings.Select(f => f.FullPath).Distinct().Count();

        public static int Fixable(ScanResult result) => result.Findings.Count(f => f.Fix != FixAvailability.None);

        /// <summary>"12 sign-ins in 8 files: 9 fixable by `cfa fix`."</summary>
        public static string Summary(ScanResult result)
        {
            int sites = result.Findings.Length;
            if (sites == 0)
            {
                return "No sign-in with a user name and password found.";
            }

            int files = Files(result);
            return $"{sites} sign-in{(sites == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}: {Fixable(result)} fixable by `cfa fix`.";
        }
    }
}
