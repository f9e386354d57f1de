using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4004: EWS password credentials → <c>new OAuthCredentials(accessToken)</c>, the token from MSAL at run time: an
    /// app-only token for Exchange Online (<c>https://outlook.office365.com/.default</c>, the EWS <c>full_access_as_app</c>
    /// permission) from the token provider the fix adds to the project once. App-only EWS acts as a mailbox it
    /// impersonates: where the credential is assigned to <c>service.Credentials</c>, its user becomes
    /// <c>service.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user)</c>. Offered where the
    /// credential goes straight to an <c>ExchangeCredentials</c> and the project references MSAL; a
    /// <c>WebCredentials</c>-typed variable needs a hand edit.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4004ExchangeOAuthCodeFix)), Shared]
    public sealed class CFA4004ExchangeOAuthCodeFix : CredentialCodeFixProvider
    {
        public CFA4004ExchangeOAuthCodeFix()
            : base(Descriptors.CFA4004ExchangeWebServicesBasicAuth)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (!diagnostic.Properties.TryGetValue(CatalogApiAnalyzer.ApiKeyProperty, out string? key)
                || KnownApiCatalog.ByKey(key)?.Fix != FixKind.EwsOAuth
                || known.GetType(KnownTypes.EwsExchangeCredentials) is not { } exchangeCredentials
                || known.GetMethod(ReplacementMembers.OAuthCredentials) is not { } oauthCredentials
                || FixHelpers.FlaggedNode(root, diagnostic) is not ExpressionSyntax credential
                || !SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(credential, context.CancellationToken).ConvertedType, exchangeCredentials))
            {
                return Task.CompletedTask;
            }

            if (!TokenProviderDocument.Available(context.Document.Project, model.Compilation))
            {
                return Task.CompletedTask;
            }

            context.RegisterCodeFix(
                CredentialRewrite.Action(
                    "Use OAuthCredentials with an app-only token from MSAL (impersonating the mailbox)",
                    EquivalenceKeys.CFA4004OAuthCredentials,
                    context.Document,
                    (rewrite, ct) => Task.FromResult(Rewrite(rewrite, credential, oauthCredentials, ct))),
                diagnostic);
            return Task.CompletedTask;
        }

        private static bool Rewrite(RewriteContext rewrite, ExpressionSyntax credential, IMethodSymbol oauthCredentials, CancellationToken cancellationToken)
        {
            DocumentEditor editor = rewrite.Editor;
            KnownApiSymbols known = KnownApiSymbols.For(rewrite.Model.Compilation);
            ExpressionSyntax token = rewrite.AppOnlyToken(credential, KnownResources.Exchange.AppOnlyScope);
            ExpressionSyntax replacement = SyntaxFactory.ObjectCreationExpression(
                    FixHelpers.TypeName(editor, oauthCredentials.ContainingType),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(token))),
                    null)
                .WithTriviaFrom(credential);

            // service.Credentials = new WebCredentials(user, password);  →  + service.ImpersonatedUserId = new ImpersonatedUserId(SmtpAddress, user);
            ExpressionSyntax? user = null;
            if (rewrite.Model.GetOperation(credential, cancellationToken) is IObjectCreationOperation creation
                && known.TryGet(creation.Constructor, out KnownApi api)
                && FixHelpers.ArgumentFor(creation.Arguments, api.UserParameter) is { } userArgument
                && credential.Parent is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax credentials, Parent: ExpressionStatementSyntax statement } assignment
                && assignment.Right == credential
                && known.GetMember(ReplacementMembers.EwsImpersonatedUserIdProperty) is IPropertySymbol impersonated
                && known.GetMethod(ReplacementMembers.EwsImpersonatedUserId) is { } impersonatedUserId
                && known.GetMember(ReplacementMembers.EwsConnectingIdTypeSmtpAddress) is IFieldSymbol smtpAddress
                && rewrite.Model.GetTypeInfo(credentials.Expression, cancellationToken).Type is { } serviceType
                && KnownApiSymbols.IsOrInherits(serviceType, impersonated.ContainingType)
                && !SetsImpersonation(statement, credentials.Expression.ToString(), impersonated.Name))
            {
                user = userArgument;
                ExpressionStatementSyntax impersonation = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        FixHelpers.Member(credentials.Expression.WithoutTrivia(), impersonated.Name),
                        SyntaxFactory.ObjectCreationExpression(
                            FixHelpers.TypeName(editor, impersonatedUserId.ContainingType),
                            FixHelpers.Arguments(FixHelpers.StaticMember(editor, smtpAddress), userArgument.WithoutTrivia()),
                            null)))
                    .WithLeadingTrivia(statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                    .WithTrailingTrivia(statement.GetTrailingTrivia());
                editor.InsertAfter(statement, impersonation);
            }

            // What only fed the credential goes; the user stays when it names the impersonated mailbox.
            if (credential is BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments })
            {
                rewrite.Dropped.AddRange(arguments.Arguments.Where(a => a.Expression != user).Select(a => a.Expression));
            }
            else
            {
                rewrite.Dropped.Add(credential);
            }

            rewrite.ObsoleteSites.Add(credential);
            editor.ReplaceNode(credential, replacement);
            return true;
        }

        /// <summary>True when the block already sets the impersonated user on the same service.</summary>
        private static bool SetsImpersonation(StatementSyntax statement, string service, string property) =>
            statement.Parent is BlockSyntax block && block.Statements.Any(s =>
                s is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax left } }
                && left.Name.Identifier.ValueText == property
                && left.Expression.ToString() == service);
    }
}
