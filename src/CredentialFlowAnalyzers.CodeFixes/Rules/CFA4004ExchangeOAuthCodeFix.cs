using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4004: EWS password credentials → <c>new OAuthCredentials(accessToken)</c>, with the token read from a named
    /// secret source. Offered where the credential goes straight to an <c>ExchangeCredentials</c> (the usual
    /// <c>service.Credentials = ...</c>); a <c>WebCredentials</c>-typed variable needs a hand edit.
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

            Document document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use OAuthCredentials with an access token",
                    ct => RewriteAsync(document, credential, oauthCredentials, ct),
                    EquivalenceKeys.CFA4004OAuthCredentials),
                diagnostic);
            return Task.CompletedTask;
        }

        private static async Task<Document> RewriteAsync(Document document, ExpressionSyntax credential, IMethodSymbol oauthCredentials, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            ExpressionSyntax token = SecretSource.Read(editor, credential.SpanStart, KnownSecrets.ExchangeAccessToken);
            ExpressionSyntax replacement = SyntaxFactory.ObjectCreationExpression(
                    FixHelpers.TypeName(editor, oauthCredentials.ContainingType),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(token))),
                    null)
                .WithTriviaFrom(credential);

            var dead = DeadPlumbing.Find(editor.SemanticModel, new SyntaxNode[] { credential });
            editor.ReplaceNode(credential, replacement);
            DeadPlumbing.Remove(editor, dead);
            return editor.GetChangedDocument();
        }
    }
}
