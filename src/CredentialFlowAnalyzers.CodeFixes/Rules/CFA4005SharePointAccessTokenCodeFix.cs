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
            if (!diagnostic.Properties.TryGetValue(CatalogApiAnalyzer.ApiKeyProperty, out string? key))
            {
                return Task.CompletedTask;
            }

            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic);
            switch (key)
            {
                case "PnPFrameworkCredentials" when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                    && HasMember(model, access.Expression, "CreateWithAccessToken"):
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ReplaceAsync(document, call, (editor, token) =>
                            call.WithArgumentList(FixHelpers.Arguments(SecureToken(token))).WithExpression(access.WithName(SyntaxFactory.IdentifierName("CreateWithAccessToken"))), ct), EquivalenceKeys.CFA4005AccessToken),
                        diagnostic);
                    break;

                case "PnPFrameworkCredentials" when node is ObjectCreationExpressionSyntax creation:
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => ReplaceAsync(document, creation, (editor, token) =>
                            creation.WithArgumentList(FixHelpers.Arguments(SecureToken(token))), ct), EquivalenceKeys.CFA4005AccessToken),
                        diagnostic);
                    break;

                case "PnPCoreTenant":
                case "PnPCoreAad":
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax coreAccess } coreCall
                        && model.GetOperation(coreCall, context.CancellationToken) is IInvocationOperation invocation
                        && FixHelpers.ArgumentFor(invocation, "siteUrl") is { } siteUrl
                        && HasMember(model, coreAccess.Expression, "GetAzureADAccessTokenAuthenticatedContext"))
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(Title, ct => ReplaceAsync(document, coreCall, (editor, token) =>
                                coreCall.WithArgumentList(FixHelpers.Arguments(siteUrl.WithoutTrivia(), token))
                                    .WithExpression(coreAccess.WithName(SyntaxFactory.IdentifierName("GetAzureADAccessTokenAuthenticatedContext"))), ct), EquivalenceKeys.CFA4005AccessToken),
                            diagnostic);
                    }

                    break;
            }

            return Task.CompletedTask;
        }

        private static bool HasMember(SemanticModel model, ExpressionSyntax receiver, string name)
        {
            ITypeSymbol? type = model.GetTypeInfo(receiver).Type ?? model.GetSymbolInfo(receiver).Symbol as ITypeSymbol;
            return type != null && !type.GetMembers(name).IsEmpty;
        }

        /// <summary><c>new NetworkCredential(string.Empty, token).SecurePassword</c>: the token as the <c>SecureString</c> PnP expects.</summary>
        private static ExpressionSyntax SecureToken(ExpressionSyntax token) =>
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ObjectCreationExpression(
                    // Qualified, never through `using System.Net;`: that namespace has its own AuthenticationManager (CS0104).
                    SyntaxFactory.ParseTypeName("global::System.Net.NetworkCredential").WithAdditionalAnnotations(Simplifier.Annotation),
                    FixHelpers.Arguments(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), SyntaxFactory.IdentifierName("Empty")),
                        token),
                    null),
                SyntaxFactory.IdentifierName("SecurePassword"));

        private static async Task<Document> ReplaceAsync<T>(Document document, T old, System.Func<DocumentEditor, ExpressionSyntax, T> build, CancellationToken cancellationToken)
            where T : ExpressionSyntax
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            ExpressionSyntax token = SecretSource.Read(editor, old.SpanStart, SecretName.SharePointAccessToken);
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
