using System;
using System.Collections.Immutable;
using System.Composition;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4008: rewrites the flagged connection string inside the configuration file (an additional document): SQL →
    /// <c>Active Directory Default</c> without <c>Password</c>/<c>User ID</c>; Dataverse → <c>AuthType=OAuth</c> without
    /// <c>Username</c>/<c>Password</c>, with <c>LoginPrompt=Auto</c>. Only the characters inside the quotes change, so the
    /// JSON or XML stays well-formed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4008ConfigConnectionStringCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json", ".config" }), Shared]
    public sealed class CFA4008ConfigConnectionStringCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Descriptors.CFA4008ConfigConnectionString.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            TextDocument document = context.TextDocument;
            string source = (await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false)).ToString();
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(CFA4008ConfigConnectionStringAnalyzer.FindingProperty, out string? finding) || finding is null)
                {
                    continue;
                }

                bool sql = finding == nameof(ConnectionStringFinding.SqlActiveDirectoryPassword);

                // System.Data.SqlClient has no Active Directory Default (nor a mode a service can use from the string
                // alone): its connections need an access token set in code, so the configuration is left to the user.
                if (sql && ProviderNameOf(source, diagnostic.Location.SourceSpan) == ConnectionStringKeywords.SystemDataSqlClientProvider)
                {
                    continue;
                }
                context.RegisterCodeFix(
                    CodeAction.Create(
                        sql ? "Use Active Directory Default (no password)" : "Use AuthType=OAuth with interactive sign-in (no password)",
                        ct => RewriteAsync(document, diagnostic.Location.SourceSpan, sql, ct),
                        EquivalenceKeys.CFA4008Passwordless),
                    diagnostic);
            }
        }

        /// <summary>The <c>providerName</c> of the XML element that holds <paramref name="span"/>, if it has one.</summary>
        private static string? ProviderNameOf(string text, TextSpan span)
        {
            int start = text.LastIndexOf('<', span.Start);
            int end = text.IndexOf('>', span.End);
            if (start < 0 || end < 0)
            {
                return null;
            }

            Match match = ProviderName.Match(text.Substring(start, end - start));
            return match.Success ? match.Groups[1].Value.Trim() : null;
        }

        private static readonly Regex ProviderName = new Regex(@"\bproviderName\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static async Task<Solution> RewriteAsync(TextDocument document, TextSpan span, bool sql, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string value = text.ToString(span);
            SqlAuthenticationTarget passwordless = ConnectionStringKeywords.SqlTargets[0];
            string rewritten = sql ? ConnectionStrings.RewriteSql(value, passwordless.Keyword, passwordless.KeepsUser) : ConnectionStrings.RewriteDataverse(value);
            SourceText changed = text.WithChanges(new TextChange(span, rewritten));
            return document.Project.Solution.WithAdditionalDocumentText(document.Id, changed);
        }
    }
}
