using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// The one way descriptors are made, so every rule gets the same help link shape and tags.
    /// </summary>
    internal static class RuleFactory
    {
        /// <summary>
        /// Where the rule pages live; the help link of every rule points into this folder. The repository URL is set once,
        /// as <c>RepositoryUrl</c> in Directory.Build.props; the build generates <see cref="RepositoryInfo"/> from it.
        /// </summary>
        public const string DocsBaseUrl = RepositoryInfo.Url + "/blob/main/docs/rules/";

        public static string HelpLink(string id) => DocsBaseUrl + id + ".md";

        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            string description,
            DiagnosticSeverity severity = DiagnosticSeverity.Warning,
            bool isEnabledByDefault = true)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault,
                description,
                HelpLink(id),
                WellKnownDiagnosticTags.Telemetry);
        }
    }
}
