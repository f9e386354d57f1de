using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>Rewrites the value of a string literal in place (regular or verbatim), for the connection-string fixes.</summary>
    internal static class StringLiteralFix
    {
        /// <summary>The literal the diagnostic covers, when it is a whole string literal that is not part of a concatenation.</summary>
        public static LiteralExpressionSyntax? WholeLiteral(SyntaxNode root, Diagnostic diagnostic)
        {
            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic, unwrapArgument: true);
            return node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && !(literal.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
                ? literal
                : null;
        }

        public static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, System.Func<string, string> rewrite, System.Threading.CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            string value = rewrite(literal.Token.ValueText);
            string text = literal.Token.Text.StartsWith("@", System.StringComparison.Ordinal)
                ? "@\"" + value.Replace("\"", "\"\"") + "\""
                : SyntaxFactory.Literal(value).Text;
            SyntaxToken token = SyntaxFactory.Literal(literal.Token.LeadingTrivia, text, value, literal.Token.TrailingTrivia);
            return document.WithSyntaxRoot(root.ReplaceToken(literal.Token, token));
        }
    }
}
