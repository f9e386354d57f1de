using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CredentialFlowAnalyzers.Tool.Analysis;

namespace CredentialFlowAnalyzers.Tool.Reports
{
    /// <summary>
    /// The inventory as JSON for scripts and dashboards. Paths are relative to the scanned root with forward slashes and
    /// nothing depends on the machine or the time, so two scans of the same tree give the same bytes.
    /// </summary>
    internal static class JsonReport
    {
        public static void Write(ScanResult result, Stream stream)
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteString("tool", "cfa");
            json.WriteString("version", ToolInfo.Version);
            json.WriteString("path", result.RootDisplay);

            json.WriteStartObject("summary");
            json.WriteNumber("sites", result.Findings.Length);
            json.WriteNumber("files", ReportFacts.Files(result));
            json.WriteNumber("fixable", ReportFacts.Fixable(result));
            json.WriteNumber("problems", result.Problems.Length);
            json.WriteString("text", ReportFacts.Summary(result));
            json.WriteEndObject();

            json.WriteStartArray("rules");
            foreach (var (rule, sites, fixable) in ReportFacts.ByRule(result))
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("family", ReportFacts.Family(rule.Id));
                json.WriteString("category", rule.Category);
                json.WriteString("defaultSeverity", ReportFacts.Severity(rule.DefaultSeverity));
                json.WriteString("title", rule.Title.ToString());
                json.WriteString("helpUri", rule.HelpLinkUri);
                json.WriteNumber("sites", sites);
                json.WriteNumber("fixable", fixable);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("groups");
            foreach (string group in result.Groups)
            {
                json.WriteStartObject();
                json.WriteString("name", group);
                json.WriteStartArray("sites");
                foreach (Finding site in result.Findings.Where(f => f.Group == group))
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", site.RuleId);
                    json.WriteString("severity", ReportFacts.Severity(site.Severity));
                    json.WriteString("file", site.File);
                    json.WriteNumber("line", site.Line);
                    json.WriteNumber("column", site.Column);
                    json.WriteNumber("endLine", site.EndLine);
                    json.WriteNumber("endColumn", site.EndColumn);
                    json.WriteString("fix", ReportFacts.Fix(site.Fix));
                    json.WriteString("message", site.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("problems");
            foreach (var problem in result.Problems)
            {
                json.WriteStartObject();
                json.WriteString("path", problem.Path);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }
    }
}
