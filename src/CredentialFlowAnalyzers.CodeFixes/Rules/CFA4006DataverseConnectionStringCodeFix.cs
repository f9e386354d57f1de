using System.Composition;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4006: a Dataverse connection-string literal → <c>AuthType=OAuth</c> without <c>Username</c>/<c>Password</c>, with
    /// <c>LoginPrompt=Auto</c> (interactive, MFA-capable sign-in). Other parts are kept as written. Offered for a whole
    /// literal only (not a fragment of a concatenation); the password constructors have no mechanical fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4006DataverseConnectionStringCodeFix)), Shared]
    public sealed class CFA4006DataverseConnectionStringCodeFix : CredentialCodeFixProvider
    {
        public CFA4006DataverseConnectionStringCodeFix()
            : base(Descriptors.CFA4006DataversePassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            if (!diagnostic.Properties.ContainsKey(CFA4006DataversePasswordAnalyzer.FindingProperty)
                || StringLiteralFix.WholeLiteral(root, diagnostic) is not { } literal)
            {
                return Task.CompletedTask;
            }

            Document document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use AuthType=OAuth with interactive sign-in (no password)",
                    ct => StringLiteralFix.ReplaceAsync(document, literal, ConnectionStrings.RewriteDataverse, ct),
                    EquivalenceKeys.CFA4006OAuthInteractive),
                diagnostic);

            return Task.CompletedTask;
        }
    }
}
