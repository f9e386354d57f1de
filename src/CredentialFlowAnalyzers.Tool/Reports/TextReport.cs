using System.IO;
using System.Linq;
using CredentialFlowAnalyzers.Tool.Analysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CredentialFlowAnalyzers.Tool.Reports
{
    /// <summary>The inventory as tables for a terminal or a log: rules, then the sites of each project or folder, then the summary.</summary>
    internal static class TextReport
    {
        public static void Write(ScanResult result, TextWriter writer, int width, bool color)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = width;

            console.WriteLine($"CredentialFlowAnalyzers inventory of {result.RootDisplay}");
            if (result.Findings.Length > 0)
            {
                console.WriteLine();
                var rules = new Table().Border(TableBorder.Ascii).Title("Sign-ins by rule");
                rules.AddColumns("Family", "Rule", "Severity", "Sites", "Fixable", "Title");
                rules.Columns[3].RightAligned();
                rules.Columns[4].RightAligned();
                foreach (var (rule, sites, fixable) in ReportFacts.ByRule(result))
                {
                    rules.AddRow(Cells(ReportFacts.Family(rule.Id), rule.Id, ReportFacts.Severity(rule.DefaultSeverity), sites.ToString(), fixable.ToString(), rule.Title.ToString()));
                }

                console.Write(rules);
            }

            foreach (string group in result.Groups)
            {
                Finding[] sites = result.Findings.Where(f => f.Group == group).ToArray();
                console.WriteLine();
                console.WriteLine($"{group}: {sites.Length} site{(sites.Length == 1 ? "" : "s")}");
                if (sites.Length == 0)
                {
                    continue;
                }

                var table = new Table().Border(TableBorder.Ascii);
                table.AddColumns("Location", "Rule", "Severity", "Fix", "Message");
                foreach (Finding site in sites)
                {
                    table.AddRow(Cells($"{site.File}:{site.Line}", site.RuleId, ReportFacts.Severity(site.Severity), ReportFacts.Fix(site.Fix), site.Message));
                }

                console.Write(table);
            }

            if (result.Problems.Length > 0)
            {
                console.WriteLine();
                console.WriteLine("Not scanned:");
                foreach (var problem in result.Problems)
                {
                    console.WriteLine($"  {problem.Path}: {problem.Message}");
                }
            }

            console.WriteLine();
            if (result.Findings.Length > 0)
            {
                console.WriteLine(ReportFacts.FixLegend);
            }

            console.WriteLine(ReportFacts.Summary(result));
        }

        private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();
    }
}
