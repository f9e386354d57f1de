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
