using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Removes the statements of the block that set AZURE_PASSWORD and AZURE_USERNAME (so EnvironmentCredential
    /// stops signing in with a password), and the locals or private fields that only fed them. Offered only when
    /// the flagged call is a statement of its own in a block. The deployment then sets AZURE_CLIENT_CERTIFICATE_PATH
    /// (or the code uses managed identity): nothing to write in the code for that.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1003AzureEnvironmentPasswordCodeFix)), Shared]
    public sealed class CFA1003AzureEnvironmentPasswordCodeFix : CredentialCodeFixProvider
    {
        public CFA1003AzureEnvironmentPasswordCodeFix()
            : base(Descriptors.CFA1003AzureEnvironmentPassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols symbols = KnownApiSymbols.For(model.Compilation);
            if (FixHelpers.FlaggedNode(root, diagnostic) is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } statement })
            {
                return Task.CompletedTask;
            }

            var statements = block.Statements.Where(s => s == statement || SetsUserVariable(model, s, symbols, context.CancellationToken)).ToList();
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove AZURE_USERNAME/AZURE_PASSWORD (use AZURE_CLIENT_CERTIFICATE_PATH or managed identity)",
                    ct => RemoveAsync(context.Document, statements, ct),
                    EquivalenceKeys.CFA1003RemoveUserVariables),
                diagnostic);
            return Task.CompletedTask;
        }

        private static bool SetsUserVariable(SemanticModel model, StatementSyntax statement, KnownApiSymbols symbols, CancellationToken cancellationToken) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
            && model.GetOperation(call, cancellationToken) is IInvocationOperation invocation
            && (CFA1003AzureEnvironmentPasswordAnalyzer.Sets(invocation, symbols, KnownApiCatalog.AzureUserVariable)
                || CFA1003AzureEnvironmentPasswordAnalyzer.Sets(invocation, symbols, KnownApiCatalog.AzurePasswordVariable));

        private static async Task<Document> RemoveAsync(Document document, List<StatementSyntax> statements, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var removed = new List<SyntaxNode>(statements);
            removed.AddRange(DeadPlumbing.Find(editor.SemanticModel, statements));
            DeadPlumbing.Remove(editor, removed);
            return editor.GetChangedDocument();
        }
    }
}
