using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4007: <c>Active Directory Password</c> → <c>Active Directory Default</c> (first: services and developer machines),
    /// <c>Active Directory Managed Identity</c>, or <c>Active Directory Interactive</c> (people; keeps the user as login
    /// hint). In a connection-string literal the password (and, except for interactive, the user) parts go. For the enum
    /// member and a builder's <c>["Authentication"]</c> value, <c>Password</c> (and <c>UserID</c>) set on the same builder in
    /// the same object initializer or block go too. Enum targets the referenced SqlClient does not have are not offered.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4007SqlActiveDirectoryCodeFix)), Shared]
    public sealed class CFA4007SqlActiveDirectoryCodeFix : CredentialCodeFixProvider
    {
        /// <summary>The catalog's passwordless modes (safest first) with the action each becomes.</summary>
        private static readonly ImmutableArray<(string Title, SqlAuthenticationTarget Target, string Key)> Targets = ImmutableArray.Create(
            ("Use Active Directory Default (no password)", ConnectionStringKeywords.SqlTargets[0], EquivalenceKeys.CFA4007Default),
            ("Use Active Directory Managed Identity (no password)", ConnectionStringKeywords.SqlTargets[1], EquivalenceKeys.CFA4007ManagedIdentity),
            ("Use Active Directory Interactive (MFA-capable sign-in)", ConnectionStringKeywords.SqlTargets[2], EquivalenceKeys.CFA4007Interactive));

        public CFA4007SqlActiveDirectoryCodeFix()
            : base(Descriptors.CFA4007SqlActiveDirectoryPassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            Document document = context.Document;
            diagnostic.Properties.TryGetValue(CFA4007SqlActiveDirectoryPasswordAnalyzer.ShapeProperty, out string? shape);
            switch (shape)
            {
                case "String" when StringLiteralFix.WholeLiteral(root, diagnostic) is { } literal:
                    foreach (var target in Targets)
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(target.Title, ct => StringLiteralFix.ReplaceAsync(document, literal, s => ConnectionStrings.RewriteSql(s, target.Target.Keyword, target.Target.KeepsUser), ct), target.Key),
                            diagnostic);
                    }

                    break;

                case "Value" when StringLiteralFix.WholeLiteral(root, diagnostic) is { } value:
                    foreach (var target in Targets)
                    {
                        ExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(target.Target.Keyword));
                        context.RegisterCodeFix(
                            CodeAction.Create(target.Title, ct => ReplaceAsync(document, value, replacement, target.Target.KeepsUser, ct), target.Key),
                            diagnostic);
                    }

                    break;

                case "Enum" when FixHelpers.FlaggedNode(root, diagnostic) is MemberAccessExpressionSyntax member
                    && model.GetTypeInfo(member, context.CancellationToken).Type is INamedTypeSymbol enumType:
                    KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
                    foreach (var target in Targets)
                    {
                        // The mode's member in the SqlClient the code uses; modes that SqlClient lacks are not offered.
                        ISymbol? enumMember = target.Target.EnumMembers.Select(known.GetMember).FirstOrDefault(m => SymbolEqualityComparer.Default.Equals(m?.ContainingType, enumType));
                        if (enumMember is null)
                        {
                            continue;
                        }

                        ExpressionSyntax replacement = member.WithName(SyntaxFactory.IdentifierName(enumMember.Name));
                        context.RegisterCodeFix(
                            CodeAction.Create(target.Title, ct => ReplaceAsync(document, member, replacement, target.Target.KeepsUser, ct), target.Key),
                            diagnostic);
                    }

                    break;
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax old, ExpressionSyntax replacement, bool keepUser, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            List<SyntaxNode> removed = CredentialSettings(old, keepUser);
            var dead = DeadPlumbing.Find(editor.SemanticModel, removed);
            editor.ReplaceNode(old, replacement.WithTriviaFrom(old));
            foreach (SyntaxNode node in removed)
            {
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia);
                if (node is StatementSyntax statement)
                {
                    KeepDirectives(editor, statement);
                }
            }

            DeadPlumbing.Remove(editor, dead);
            return editor.GetChangedDocument();
        }

        /// <summary>A removed statement's directives (<c>#pragma</c>, <c>#endregion</c>) move to what follows it.</summary>
        private static void KeepDirectives(DocumentEditor editor, StatementSyntax statement)
        {
            SyntaxTriviaList leading = statement.GetLeadingTrivia();
            if (!leading.Any(t => t.IsDirective))
            {
                return;
            }

            int last = leading.Count - 1;
            while (last >= 0 && leading[last].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                last--;
            }

            SyntaxTriviaList moved = SyntaxFactory.TriviaList(leading.Take(last + 1));
            if (statement.Parent is BlockSyntax block)
            {
                int index = block.Statements.IndexOf(statement);
                if (index + 1 < block.Statements.Count)
                {
                    editor.ReplaceNode(block.Statements[index + 1], (n, _) => n.WithLeadingTrivia(moved.AddRange(n.GetLeadingTrivia())));
                }
                else
                {
                    editor.ReplaceNode(block, (n, _) => ((BlockSyntax)n).WithCloseBraceToken(((BlockSyntax)n).CloseBraceToken.WithLeadingTrivia(moved.AddRange(((BlockSyntax)n).CloseBraceToken.LeadingTrivia))));
                }
            }
        }

        /// <summary>Password (and user) settings on the same builder: object-initializer entries or statements in the same block.</summary>
        private static List<SyntaxNode> CredentialSettings(ExpressionSyntax value, bool keepUser)
        {
            var result = new List<SyntaxNode>();
            if (value.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != value)
            {
                return result;
            }

            if (assignment.Parent is InitializerExpressionSyntax initializer)
            {
                result.AddRange(initializer.Expressions.Where(e => e != assignment && e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && IsCredentialKey(name.Identifier.ValueText, keepUser)));
                return result;
            }

            string? receiver = assignment.Left switch
            {
                MemberAccessExpressionSyntax access => access.Expression.ToString(),
                ElementAccessExpressionSyntax element => element.Expression.ToString(),
                _ => null,
            };

            if (receiver is null || assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block })
            {
                return result;
            }

            foreach (StatementSyntax statement in block.Statements)
            {
                if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax other } && other != assignment)
                {
                    string? key = other.Left switch
                    {
                        MemberAccessExpressionSyntax access when access.Expression.ToString() == receiver => access.Name.Identifier.ValueText,
                        ElementAccessExpressionSyntax element when element.Expression.ToString() == receiver && element.ArgumentList.Arguments.Count == 1
                            && element.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal => literal.Token.ValueText,
                        _ => null,
                    };

                    if (key != null && IsCredentialKey(key, keepUser))
                    {
                        result.Add(statement);
                    }
                }
            }

            return result;
        }

        private static bool IsCredentialKey(string key, bool keepUser)
        {
            string k = key.Replace(" ", string.Empty).ToLowerInvariant();
            return ConnectionStringKeywords.SqlBuilderPasswordKeys.Contains(k) || (!keepUser && ConnectionStringKeywords.SqlBuilderUserKeys.Contains(k));
        }
    }
}
