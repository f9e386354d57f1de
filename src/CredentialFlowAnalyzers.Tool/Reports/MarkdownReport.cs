using System.IO;
using System.Linq;
using CredentialFlowAnalyzers.Tool.Analysis;

namespace CredentialFlowAnalyzers.Tool.Reports
{
    /// <summary>The inventory as Markdown (a pull-request comment, a job summary, a wiki page); rule ids link to their pages.</summary>
    internal static class MarkdownReport
    {
        public static void Write(ScanResult result, TextWriter writer)
        {
            writer.WriteLine($"# CredentialFlowAnalyzers inventory of `{result.RootDisplay}`");
            writer.WriteLine();
            writer.WriteLine($"**{Escape(ReportFacts.Summary(result))}**");
            if (result.Findings.Length > 0)
            {
                writer.WriteLine();
                writer.WriteLine("## Sign-ins by rule");
                writer.WriteLine();
                writer.WriteLine("| Family | Rule | Severity | Sites | Fixable | Title |");
                writer.WriteLine("| --- | --- | --- | ---: | ---: | --- |");
                foreach (var (rule, sites, fixable) in ReportFacts.ByRule(result))
                {
                    writer.WriteLine($"| {ReportFacts.Family(rule.Id)} | [{rule.Id}]({rule.HelpLinkUri}) | {ReportFacts.Severity(rule.DefaultSeverity)} | {sites} | {fixable} | {Escape(rule.Title.ToString())} |");
                }
            }

            foreach (string group in result.Groups)
            {
                Finding[] sites = result.Findings.Where(f => f.Group == group).ToArray();
                writer.WriteLine();
                writer.WriteLine($"## `{group}`: {sites.Length} site{(sites.Length == 1 ? "" : "s")}");
                if (sites.Length == 0)
                {
                    continue;
                }

                writer.WriteLine();
                writer.WriteLine("| Location | Rule | Severity | Fix | Message |");
                writer.WriteLine("| --- | --- | --- | --- | --- |");
                foreach (Finding site in sites)
                {
                    writer.WriteLine($"| `{site.File}:{site.Line}` | {site.RuleId} | {ReportFacts.Severity(site.Severity)} | {ReportFacts.Fix(site.Fix)} | {Escape(site.Message)} |");
                }
            }

            if (result.Problems.Length > 0)
            {
                writer.WriteLine();
                writer.WriteLine("## Not scanned");
                writer.WriteLine();
                foreach (var problem in result.Problems)
                {
                    writer.WriteLine($"- `{problem.Path}`: {Escape(problem.Message)}");
                }
            }

            if (result.Findings.Length > 0)
            {
                writer.WriteLine();
                writer.WriteLine(ReportFacts.FixLegend);
            }
        }

        private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
    }
}
