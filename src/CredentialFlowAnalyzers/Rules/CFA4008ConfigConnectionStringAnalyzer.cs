using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4008: connection strings in configuration files passed as <c>AdditionalFiles</c> (<c>appsettings*.json</c>,
    /// <c>app.config</c>, <c>web.config</c>, any <c>*.config</c>) that sign in with a user password: SQL
    /// <c>Authentication=Active Directory Password</c>, Dataverse <c>AuthType=Office365</c> or <c>AuthType=OAuth</c> with a
    /// password. Every quoted string (JSON string, XML attribute value) is checked; the diagnostic covers the value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4008ConfigConnectionStringAnalyzer : SingleRuleAnalyzer
    {
        /// <summary>Diagnostic property with the <see cref="ConnectionStringFinding"/> name.</summary>
        public const string FindingProperty = "Finding";

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4008ConfigConnectionString;

        private protected override void Register(AnalysisContext context) =>
            context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(AnalyzeFile));

        /// <summary>True for the configuration files the rule reads.</summary>
        internal static bool IsConfigFile(string path)
        {
            string name = Path.GetFileName(path);
            return name.EndsWith(".config", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!IsConfigFile(context.AdditionalFile.Path) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            bool json = context.AdditionalFile.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            foreach ((TextSpan span, ConnectionStringFinding finding) in Find(text.ToString(), json))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CFA4008ConfigConnectionString,
                    Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)),
                    ImmutableDictionary<string, string?>.Empty.Add(FindingProperty, finding.ToString()),
                    What(finding),
                    Advice(finding)));
            }
        }

        /// <summary>The quoted values of <paramref name="text"/> (span of the content, without quotes) that are findings.</summary>
        internal static IEnumerable<(TextSpan Span, ConnectionStringFinding Finding)> Find(string text, bool json)
        {
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (json ? c == '"' : (c == '"' || c == '\''))
                {
                    int start = i + 1;
                    int end = start;
                    while (end < text.Length && text[end] != c && text[end] != '\n')
                    {
                        end += json && text[end] == '\\' ? 2 : 1;
                    }

                    if (end >= text.Length || text[end] != c)
                    {
                        i = end;
                        continue;
                    }

                    string value = text.Substring(start, end - start);
                    ConnectionStringFinding finding = ConnectionStrings.Classify(value);
                    if (finding != ConnectionStringFinding.None)
                    {
                        yield return (TextSpan.FromBounds(start, end), finding);
                    }

                    i = end + 1;
                }
                else if (!json && c == '<' && string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                {
                    int close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = close < 0 ? text.Length : close + 3;
                }
                else
                {
                    i++;
                }
            }
        }

        internal static string What(ConnectionStringFinding finding) => finding switch
        {
            ConnectionStringFinding.SqlActiveDirectoryPassword => "Authentication=Active Directory Password",
            ConnectionStringFinding.DataverseOffice365 => "AuthType=Office365",
            _ => "AuthType=OAuth with Username and Password",
        };

        private static string Advice(ConnectionStringFinding finding) => finding == ConnectionStringFinding.SqlActiveDirectoryPassword
            ? "use Authentication=Active Directory Default, Managed Identity or Interactive without a password"
            : "use AuthType=OAuth without a password (interactive sign-in), or AuthType=ClientSecret or Certificate with an application user";
    }
}
