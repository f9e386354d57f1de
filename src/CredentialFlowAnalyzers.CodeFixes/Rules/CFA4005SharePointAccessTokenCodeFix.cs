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
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4005: PnP user/password sign-ins → the same library's access-token entry point, with the token read from a named
    /// secret source: PnP.Framework <c>CreateWithCredentials(...)</c> → <c>CreateWithAccessToken(secureToken)</c> (and the
    /// constructor twin → <c>new AuthenticationManager(secureToken)</c>); PnP-Sites-Core
    /// <c>GetSharePointOnlineAuthenticatedContextTenant</c>/<c>GetAzureADCredentialsContext(siteUrl, ...)</c> →
    /// <c>GetAzureADAccessTokenAuthenticatedContext(siteUrl, token)</c>. The return types are unchanged, so chained
    /// <c>GetContext</c> calls keep compiling. CSOM <c>SharePointOnlineCredentials</c> has no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4005SharePointAccessTokenCodeFix)), Shared]
    public sealed class CFA4005SharePointAccessTokenCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Use an access token (PnP access-token sign-in)";

        public CFA4005SharePointAccessTokenCodeFix()
            : base(Descriptors.CFA4005SharePointPassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            Document document = context.Document;
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (!diagnostic.Properties.TryGetValue(CatalogApiAnalyzer.ApiKeyProperty, out string? key)
                || KnownApiCatalog.ByKey(key) is not { } api
                || known.GetMember(ReplacementMembers.NetworkCredentialSecurePassword) is not { } securePassword)
            {
                return Task.CompletedTask;
            }

            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic);
            switch (api.Fix)
            {
                case FixKind.PnPFrameworkAccessToken when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                    && known.GetMember(ReplacementMembers.PnPCreateWithAccessToken) is { } createWithAccessToken
                    && Declares(model, access.Expression, createWithAccessToken):
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ReplaceAsync(document, call, (editor, token) =>
                            call.WithArgumentList(FixHelpers.Arguments(SecureToken(token, securePassword))).WithExpression(access.WithName(SyntaxFactory.IdentifierName(createWithAccessToken.Name))), ct), EquivalenceKeys.CFA4005AccessToken),
                        diagnostic);
                    break;

                case FixKind.PnPFrameworkAccessToken when node is ObjectCreationExpressionSyntax creation
                    && known.GetMember(ReplacementMembers.PnPAuthenticationManagerAccessToken) is { } tokenConstructor
                    && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation).Type, tokenConstructor.ContainingType):
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ReplaceAsync(document, creation, (editor, token) =>
                            creation.WithArgumentList(FixHelpers.Arguments(SecureToken(token, securePassword))), ct), EquivalenceKeys.CFA4005AccessToken),
                        diagnostic);
                    break;

                case FixKind.PnPCoreAccessToken:
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax coreAccess } coreCall
                        && model.GetOperation(coreCall, context.CancellationToken) is IInvocationOperation invocation
                        && FixHelpers.ArgumentFor(invocation, "siteUrl") is { } siteUrl
                        && known.GetMember(ReplacementMembers.PnPCoreAccessTokenContext) is { } accessTokenContext
                        && Declares(model, coreAccess.Expression, accessTokenContext))
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(Title, ct => ReplaceAsync(document, coreCall, (editor, token) =>
                                coreCall.WithArgumentList(FixHelpers.Arguments(siteUrl.WithoutTrivia(), token))
                                    .WithExpression(coreAccess.WithName(SyntaxFactory.IdentifierName(accessTokenContext.Name))), ct), EquivalenceKeys.CFA4005AccessToken),
                            diagnostic);
                    }

                    break;
            }

            return Task.CompletedTask;
        }

        /// <summary>True when the receiver (an instance or a type name) is of the type that declares <paramref name="member"/>.</summary>
        private static bool Declares(SemanticModel model, ExpressionSyntax receiver, ISymbol member)
        {
            ITypeSymbol? type = model.GetTypeInfo(receiver).Type ?? model.GetSymbolInfo(receiver).Symbol as ITypeSymbol;
            return type != null && KnownApiSymbols.IsOrInherits(type, member.ContainingType);
        }

        /// <summary><c>new NetworkCredential(string.Empty, token).SecurePassword</c>: the token as the <c>SecureString</c> PnP expects.</summary>
        private static ExpressionSyntax SecureToken(ExpressionSyntax token, ISymbol securePassword) =>
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ObjectCreationExpression(
                    // Qualified, never through `using System.Net;`: that namespace has its own AuthenticationManager (CS0104).
                    FixHelpers.QualifiedTypeName(securePassword.ContainingType),
                    FixHelpers.Arguments(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), SyntaxFactory.IdentifierName(nameof(string.Empty))),
                        token),
                    null),
                SyntaxFactory.IdentifierName(securePassword.Name));

        private static async Task<Document> ReplaceAsync<T>(Document document, T old, System.Func<DocumentEditor, ExpressionSyntax, T> build, CancellationToken cancellationToken)
            where T : ExpressionSyntax
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            ExpressionSyntax token = SecretSource.Read(editor, old.SpanStart, KnownSecrets.SharePointAccessToken);
            T replacement = build(editor, token);

            ArgumentListSyntax? oldArguments = old switch
            {
                InvocationExpressionSyntax call => call.ArgumentList,
                ObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };

            var dead = DeadPlumbing.Find(editor.SemanticModel, DeadPlumbing.DroppedArguments(oldArguments, replacement));
            editor.ReplaceNode(old, replacement.WithTriviaFrom(old));
            DeadPlumbing.Remove(editor, dead);
            return editor.GetChangedDocument();
        }
    }
}
