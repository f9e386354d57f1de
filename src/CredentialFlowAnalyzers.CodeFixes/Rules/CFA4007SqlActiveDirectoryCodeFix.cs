using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4007: <c>Active Directory Password</c> for Azure SQL.
    /// <list type="bullet">
    /// <item>Microsoft.Data.SqlClient: <c>Active Directory Default</c> (first: managed identity or the environment's
    /// service principal, and developer sign-in), <c>Active Directory Managed Identity</c>, or <c>Active Directory
    /// Interactive</c> (people; keeps the user as login hint); the password (and, except for interactive, the user) go.</item>
    /// <item>System.Data.SqlClient has no passwordless mode a service can use: the authentication, user and password go
    /// and the connection gets <c>AccessToken = SecureAppTokenProvider.GetAccessToken("https://database.windows.net/.default")</c>,
    /// an app-only token from MSAL through the token provider the fix adds to the project once. Offered where the
    /// connection string (or the builder) goes straight into <c>new SqlConnection(...)</c>.</item>
    /// </list>
    /// Connection strings may be literals, interpolated strings or <c>+</c> chains; for a builder the <c>Password</c> and
    /// <c>UserID</c> set on it in the same initializer or block go too, and so does a <c>#pragma</c> that only silenced the
    /// obsolete password mode.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4007SqlActiveDirectoryCodeFix)), Shared]
    public sealed class CFA4007SqlActiveDirectoryCodeFix : CredentialCodeFixProvider
    {
        /// <summary>The catalog's passwordless modes (safest first) with the action each becomes.</summary>
        private static readonly ImmutableArray<(string Title, SqlAuthenticationTarget Target, string Key)> Targets = ImmutableArray.Create(
            ("Use Active Directory Default (no password)", ConnectionStringKeywords.SqlTargets[0], EquivalenceKeys.CFA4007Default),
            ("Use Active Directory Managed Identity (no password)", ConnectionStringKeywords.SqlTargets[1], EquivalenceKeys.CFA4007ManagedIdentity),
            ("Use Active Directory Interactive (MFA-capable sign-in)", ConnectionStringKeywords.SqlTargets[2], EquivalenceKeys.CFA4007Interactive));

        private const string AccessTokenTitle = "Use an app-only access token from MSAL (SqlConnection.AccessToken)";

        public CFA4007SqlActiveDirectoryCodeFix()
            : base(Descriptors.CFA4007SqlActiveDirectoryPassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            diagnostic.Properties.TryGetValue(CFA4007SqlActiveDirectoryPasswordAnalyzer.ShapeProperty, out string? shape);
            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic, unwrapArgument: true);
            switch (shape)
            {
                case "String" when Outermost(node) is { } text && KeyValueText.Parse(text, ';') is { } parsed:
                    if (UsesMicrosoftSqlClient(model, text))
                    {
                        foreach (var target in Targets)
                        {
                            context.RegisterCodeFix(
                                CredentialRewrite.Action(target.Title, target.Key, context.Document, (rewrite, _) => Task.FromResult(RewriteString(rewrite, text, target.Target, accessToken: null))),
                                diagnostic);
                        }
                    }
                    else if (ConnectionOf(text) is { } connection && known.GetMember(ReplacementMembers.SystemSqlConnectionAccessToken) is { } accessToken
                        && TokenProviderDocument.Available(context.Document.Project, model.Compilation))
                    {
                        context.RegisterCodeFix(
                            CredentialRewrite.Action(AccessTokenTitle, EquivalenceKeys.CFA4007Default, context.Document, (rewrite, _) =>
                            {
                                AddAccessToken(rewrite, connection, accessToken);
                                return Task.FromResult(RewriteString(rewrite, text, null, accessToken));
                            }),
                            diagnostic);
                    }

                    break;

                case "Value" when node is LiteralExpressionSyntax value:
                    foreach (var target in Targets)
                    {
                        context.RegisterCodeFix(
                            CredentialRewrite.Action(target.Title, target.Key, context.Document, (rewrite, _) =>
                                Task.FromResult(ReplaceSetting(rewrite, value, FixHelpers.StringLiteral(target.Target.Keyword), target.Target.KeepsUser))),
                            diagnostic);
                    }

                    break;

                case "Enum" when node is MemberAccessExpressionSyntax member
                    && model.GetTypeInfo(member, context.CancellationToken).Type is INamedTypeSymbol enumType:
                    bool offered = false;
                    foreach (var target in Targets)
                    {
                        // The mode's member in the SqlClient the code uses; modes that SqlClient lacks are not offered,
                        // nor are modes that System.Data.SqlClient only has for people at a keyboard.
                        ISymbol? enumMember = target.Target.EnumMembers.Select(known.GetMember).FirstOrDefault(m => SymbolEqualityComparer.Default.Equals(m?.ContainingType, enumType));
                        if (enumMember is null || !known.IsType(enumType, KnownTypes.MicrosoftSqlAuthenticationMethod))
                        {
                            continue;
                        }

                        offered = true;
                        ExpressionSyntax replacement = member.WithName(SyntaxFactory.IdentifierName(enumMember.Name));
                        context.RegisterCodeFix(
                            CredentialRewrite.Action(target.Title, target.Key, context.Document, (rewrite, _) => Task.FromResult(ReplaceSetting(rewrite, member, replacement, target.Target.KeepsUser))),
                            diagnostic);
                    }

                    // System.Data.SqlClient: the builder loses the password mode; its connection gets a token from MSAL.
                    if (!offered
                        && BuilderConnection(member) is { } builderConnection
                        && known.GetMember(ReplacementMembers.SystemSqlConnectionAccessToken) is { } builderToken
                        && TokenProviderDocument.Available(context.Document.Project, model.Compilation))
                    {
                        context.RegisterCodeFix(
                            CredentialRewrite.Action(AccessTokenTitle, EquivalenceKeys.CFA4007Default, context.Document, (rewrite, _) =>
                            {
                                AddAccessToken(rewrite, builderConnection, builderToken);
                                return Task.FromResult(ReplaceSetting(rewrite, member, null, keepUser: false));
                            }),
                            diagnostic);
                    }

                    break;
            }

            return Task.CompletedTask;
        }

        /// <summary>The whole connection-string expression a reported literal is part of (a <c>+</c> chain or itself).</summary>
        private static ExpressionSyntax? Outermost(SyntaxNode node)
        {
            // A text part of an interpolated string: the whole string.
            if (node is InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated })
            {
                node = interpolated;
            }

            if (node is not ExpressionSyntax expression)
            {
                return null;
            }

            while (expression.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } or ParenthesizedExpressionSyntax)
            {
                expression = (ExpressionSyntax)expression.Parent;
            }

            return expression;
        }

        /// <summary>True when the code uses Microsoft.Data.SqlClient: the string goes into its connection, or it is the only SqlClient referenced.</summary>
        private static bool UsesMicrosoftSqlClient(SemanticModel model, ExpressionSyntax text)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (ConnectionOf(text) is { } connection)
            {
                return known.IsType(model.GetTypeInfo(connection).Type, KnownTypes.MicrosoftSqlConnection);
            }

            INamedTypeSymbol? microsoft = known.GetType(KnownTypes.MicrosoftSqlConnection);
            INamedTypeSymbol? system = known.GetType(KnownTypes.SystemSqlConnection);
            if (microsoft is null || system is null)
            {
                return microsoft != null;
            }

            // Both referenced (.NET Framework always has System.Data): a file that imports only System.Data.SqlClient means
            // that one, which has no Active Directory Default, so the fix stays away from it.
            var imported = text.SyntaxTree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>().Select(u => u.Name?.ToString()).ToList();
            return imported.Contains(microsoft.ContainingNamespace.ToDisplayString()) || !imported.Contains(system.ContainingNamespace.ToDisplayString());
        }

        /// <summary>
        /// The <c>new SqlConnection(text)</c> the string goes straight into, or through a local whose only use, later in
        /// the same block, is that constructor (<c>string cs = "..."; using (var c = new SqlConnection(cs))</c>, the
        /// common shape of the connection-string examples).
        /// </summary>
        private static ObjectCreationExpressionSyntax? ConnectionOf(ExpressionSyntax text)
        {
            if (text.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } })
            {
                return creation;
            }

            if (text.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                || declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { Parent: BlockSyntax block })
            {
                return null;
            }

            string local = declarator.Identifier.ValueText;
            var uses = block.DescendantNodes().OfType<IdentifierNameSyntax>().Where(name => name.Identifier.ValueText == local).ToList();
            return uses.Count == 1
                && uses[0].Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: ObjectCreationExpressionSyntax useCreation } }
                ? useCreation
                : null;
        }

        /// <summary>The <c>new SqlConnection(builder.ConnectionString)</c> in the same block as the builder whose initializer or statement holds <paramref name="setting"/>.</summary>
        private static ObjectCreationExpressionSyntax? BuilderConnection(ExpressionSyntax setting)
        {
            string? builder = setting.Parent switch
            {
                AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } } } => declarator.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } => receiver.Identifier.ValueText,
                _ => null,
            };

            BlockSyntax? block = setting.FirstAncestorOrSelf<StatementSyntax>()?.Parent as BlockSyntax;
            return builder is null ? null : block?.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().FirstOrDefault(creation =>
                creation.ArgumentList?.Arguments.Count == 1
                && creation.ArgumentList.Arguments[0].Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax used } connectionString
                && used.Identifier.ValueText == builder
                && connectionString.Name.Identifier.ValueText == nameof(System.Data.Common.DbConnectionStringBuilder.ConnectionString));
        }

        /// <summary><c>new SqlConnection(...) { AccessToken = SecureAppTokenProvider.GetAccessToken("https://database.windows.net/.default") }</c>.</summary>
        private static void AddAccessToken(RewriteContext rewrite, ObjectCreationExpressionSyntax connection, ISymbol accessToken)
        {
            ExpressionSyntax token = SyntaxFactory.InvocationExpression(
                rewrite.TokenProvider(connection.SpanStart, TokenProvider.GetAccessToken),
                FixHelpers.Arguments(FixHelpers.StringLiteral(KnownResources.AzureSql.AppOnlyScope)));
            AssignmentExpressionSyntax assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(accessToken.Name), token);
            rewrite.Editor.ReplaceNode(connection, (current, _) =>
            {
                var creation = (ObjectCreationExpressionSyntax)current;
                InitializerExpressionSyntax initializer = creation.Initializer is { } existing
                    ? existing.AddExpressions(assignment)
                    : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment))
                        .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space))
                        .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
                return creation.WithArgumentList(creation.ArgumentList?.WithoutTrailingTrivia()).WithInitializer(initializer).WithTrailingTrivia(creation.GetTrailingTrivia());
            });
        }

        /// <summary>
        /// The connection string with the password (and the user unless the target keeps it) removed and
        /// <c>Authentication</c> set to <paramref name="target"/>, or removed too (an access token replaces it).
        /// </summary>
        private static bool RewriteString(RewriteContext rewrite, ExpressionSyntax expression, SqlAuthenticationTarget? target, ISymbol? accessToken)
        {
            if (KeyValueText.Parse(expression, ';') is not { } text)
            {
                return false;
            }

            bool keepUser = target?.KeepsUser ?? false;
            foreach (KeyValueText.Pair pair in text.Pairs.Reverse().ToList())
            {
                string key = Normalized(pair.Key);
                bool authentication = key == ConnectionStringKeywords.SqlAuthentication;
                if (authentication && target != null)
                {
                    text.SetValue(pair, target.Keyword);
                }
                else if (authentication
                    || ConnectionStringKeywords.SqlPasswordKeys.Contains(key)
                    || (!keepUser && ConnectionStringKeywords.SqlUserKeys.Contains(key)))
                {
                    if (pair.ValueExpression != null)
                    {
                        rewrite.Dropped.Add(pair.ValueExpression);
                    }

                    text.Remove(pair);
                }
            }

            rewrite.Editor.ReplaceNode(expression, text.Build());
            return true;
        }

        private static string Normalized(string? key) => (key ?? string.Empty).Trim().ToLowerInvariant();

        /// <summary>
        /// A builder's authentication setting replaced (or, with a null <paramref name="replacement"/>, removed), with the
        /// password and user settings on the same builder.
        /// </summary>
        private static bool ReplaceSetting(RewriteContext rewrite, ExpressionSyntax old, ExpressionSyntax? replacement, bool keepUser)
        {
            DocumentEditor editor = rewrite.Editor;
            List<SyntaxNode> removed = CredentialSettings(old, keepUser);
            if (replacement is null && old.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax or ExpressionStatementSyntax } setting)
            {
                removed.Add(setting.Parent is ExpressionStatementSyntax statement ? statement : setting);
            }
            else if (replacement != null)
            {
                editor.ReplaceNode(old, replacement.WithTriviaFrom(old));
            }

            rewrite.ObsoleteSites.Add(old);
            foreach (SyntaxNode node in removed)
            {
                rewrite.Dropped.Add(node);
                KeepDirectives(editor, node, removed);
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia);
            }

            return true;
        }

        /// <summary>A removed statement's or initializer entry's directives (<c>#pragma</c>, <c>#endregion</c>) move to the next code that stays.</summary>
        private static void KeepDirectives(DocumentEditor editor, SyntaxNode node, List<SyntaxNode> removed)
        {
            SyntaxTriviaList leading = node.GetLeadingTrivia();
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
            SyntaxToken next = node.GetLastToken().GetNextToken();
            while (next.IsKind(SyntaxKind.CommaToken) || removed.Any(r => r.Span.Contains(next.Span)))
            {
                next = next.GetNextToken();
            }

            if (next.Parent is not { } parent || node.Span.Contains(next.Span))
            {
                return;
            }

            // The node the next token starts (a statement, an entry), or the one it ends (a block's closing brace).
            SyntaxNode? starts = parent.AncestorsAndSelf().FirstOrDefault(n => n.GetFirstToken() == next);
            if (starts != null)
            {
                editor.ReplaceNode(starts, (current, _) => current.WithLeadingTrivia(moved.AddRange(current.GetLeadingTrivia())));
            }
            else if (parent.GetLastToken() == next)
            {
                editor.ReplaceNode(parent, (current, _) =>
                {
                    SyntaxToken last = current.GetLastToken();
                    return current.ReplaceToken(last, last.WithLeadingTrivia(moved.AddRange(last.LeadingTrivia)));
                });
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
