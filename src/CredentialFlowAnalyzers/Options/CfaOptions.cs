using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Options
{
    /// <summary>
    /// The one place rule options are read from <c>.editorconfig</c> / global configs. Keys are
    /// <c>cfa.&lt;RuleId&gt;.&lt;option&gt;</c> (one rule) and <c>cfa.&lt;option&gt;</c> (every rule that reads the option);
    /// the per-rule key wins, as in NetAnalyzers. Lists are comma separated. Every key is documented on its rule page.
    /// </summary>
    internal static class CfaOptions
    {
        /// <summary>The raw value for <paramref name="option"/>, or null when neither key is set.</summary>
        public static string? GetString(AnalyzerOptions options, SyntaxTree tree, string ruleId, string option)
        {
            AnalyzerConfigOptions config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            if (config.TryGetValue("cfa." + ruleId + "." + option, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            return config.TryGetValue("cfa." + option, out value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        }

        /// <summary>Like <see cref="GetString"/> for options without a syntax tree (additional files): global config only.</summary>
        public static string? GetGlobalString(AnalyzerOptions options, string ruleId, string option)
        {
            AnalyzerConfigOptions config = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (config.TryGetValue("cfa." + ruleId + "." + option, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            return config.TryGetValue("cfa." + option, out value) && !string.IsNullOrWhiteSpace(value) ? value : null;
        }

        /// <summary>A comma-separated list option, trimmed, empty entries dropped.</summary>
        public static ImmutableArray<string> GetList(AnalyzerOptions options, SyntaxTree tree, string ruleId, string option) =>
            Split(GetString(options, tree, ruleId, option));

        public static ImmutableArray<string> GetGlobalList(AnalyzerOptions options, string ruleId, string option) =>
            Split(GetGlobalString(options, ruleId, option));

        // ---- Cross-cutting options (symbol lists) ------------------------------------------------------------

        /// <summary>
        /// True when <c>cfa.&lt;ruleId&gt;.&lt;option&gt;</c> or <c>cfa.&lt;option&gt;</c> is set in the global config or for
        /// any syntax tree of the compilation. Read once at compilation start, so a rule that needs the option costs
        /// nothing when it is not configured.
        /// </summary>
        public static bool IsSetAnywhere(AnalyzerOptions options, Compilation compilation, string ruleId, string option)
        {
            if (GetGlobalString(options, ruleId, option) != null)
            {
                return true;
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (GetString(options, tree, ruleId, option) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Splits a list of documentation comment ids. Ids carry commas inside their parameter lists
        /// (<c>M:N.T.M(System.String,System.String)</c>), so only commas and semicolons outside brackets separate entries.
        /// </summary>
        public static ImmutableArray<string> SplitDocIds(string? value)
        {
            if (value is null)
            {
                return ImmutableArray<string>.Empty;
            }

            ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= value.Length; i++)
            {
                char c = i < value.Length ? value[i] : ',';
                if (c == '(' || c == '{' || c == '[')
                {
                    depth++;
                }
                else if ((c == ')' || c == '}' || c == ']') && depth > 0)
                {
                    depth--;
                }
                else if ((c == ',' || c == ';') && (depth == 0 || i == value.Length || StartsEntry(value, i + 1)))
                {
                    string entry = value.Substring(start, i - start).Trim();
                    if (entry.Length > 0)
                    {
                        builder.Add(entry);
                    }

                    start = i + 1;
                    depth = 0;
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>True when an <c>M:</c> id starts after optional spaces at <paramref name="index"/> (recovers from an unclosed bracket).</summary>
        private static bool StartsEntry(string value, int index)
        {
            while (index < value.Length && char.IsWhiteSpace(value[index]))
            {
                index++;
            }

            return string.CompareOrdinal(value, index, "M:", 0, 2) == 0;
        }

        // ---- end of cross-cutting options ----------------------------------------------------------------------

        private static ImmutableArray<string> Split(string? value)
        {
            if (value is null)
            {
                return ImmutableArray<string>.Empty;
            }

            ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
            foreach (string part in value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string trimmed = part.Trim();
                if (trimmed.Length > 0)
                {
                    builder.Add(trimmed);
                }
            }

            return builder.ToImmutable();
        }
    }
}
