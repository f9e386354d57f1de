using System.Composition;
using System.Linq;
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
    /// CFA4005: PnP user/password sign-ins → the same library's app-only sign-in with the Secure Application Model app
    /// registration's certificate (SharePoint Online takes app-only tokens from a certificate only), whose client id,
    /// tenant and certificate come from the token provider the fix adds to the project once. PnP then gets and renews
    /// the tokens for every resource itself:
    /// <list type="bullet">
    /// <item>PnP.Framework <c>AuthenticationManager.CreateWithCredentials(...)</c> →
    /// <c>AuthenticationManager.CreateWithCertificate(clientId, certificate, tenantId)</c>, and the constructor twin;</item>
    /// <item>PnP-Sites-Core <c>GetSharePointOnlineAuthenticatedContextTenant</c>/<c>GetAzureADCredentialsContext(siteUrl, ...)</c> →
    /// <c>GetAzureADAppOnlyAuthenticatedContext(siteUrl, clientId, tenantId, certificate)</c>.</item>
    /// </list>
    /// The return types are unchanged, so chained <c>GetContext</c> calls keep compiling. The user, the password and what
    /// only fed them go. CSOM <c>SharePointOnlineCredentials</c> has no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4005SharePointAccessTokenCodeFix)), Shared]
    public sealed class CFA4005SharePointAccessTokenCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Use app-only sign-in with the app registration's certificate";

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
                || !TokenProviderDocument.Available(document.Project, model.Compilation))
            {
                return Task.CompletedTask;
            }

            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic);
            switch (api.Fix)
            {
                case FixKind.PnPFrameworkAccessToken when node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                    && known.GetMember(ReplacementMembers.PnPCreateWithCertificate) is { } createWithCertificate
                    && Declares(model, access.Expression, createWithCertificate):
                    Register(context, diagnostic, call, rewrite =>
                        call.WithArgumentList(AppOnly(rewrite, call, TokenProvider.ClientId, TokenProvider.Certificate, TokenProvider.TenantId))
                            .WithExpression(access.WithName(SyntaxFactory.IdentifierName(createWithCertificate.Name))));
                    break;

                case FixKind.PnPFrameworkAccessToken when node is ObjectCreationExpressionSyntax creation
                    && known.GetMember(ReplacementMembers.PnPAuthenticationManagerCertificate) is { } certificateConstructor
                    && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation).Type, certificateConstructor.ContainingType):
                    Register(context, diagnostic, creation, rewrite =>
                        creation.WithArgumentList(AppOnly(rewrite, creation, TokenProvider.ClientId, TokenProvider.Certificate, TokenProvider.TenantId)));
                    break;

                case FixKind.PnPCoreAccessToken:
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax coreAccess } coreCall
                        && model.GetOperation(coreCall, context.CancellationToken) is IInvocationOperation invocation
                        && FixHelpers.ArgumentFor(invocation, "siteUrl") is { } siteUrl
                        && known.GetMember(ReplacementMembers.PnPCoreAppOnlyContext) is { } appOnlyContext
                        && Declares(model, coreAccess.Expression, appOnlyContext))
                    {
                        Register(context, diagnostic, coreCall, rewrite =>
                        {
                            ArgumentListSyntax provider = AppOnly(rewrite, coreCall, TokenProvider.ClientId, TokenProvider.TenantId, TokenProvider.Certificate);
                            return coreCall.WithArgumentList(provider.WithArguments(provider.Arguments.Insert(0, SyntaxFactory.Argument(siteUrl.WithoutTrivia()))))
                                .WithExpression(coreAccess.WithName(SyntaxFactory.IdentifierName(appOnlyContext.Name)));
                        });
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

        /// <summary><c>(SecureAppTokenProvider.A, SecureAppTokenProvider.B, ...)</c>.</summary>
        private static ArgumentListSyntax AppOnly(RewriteContext rewrite, SyntaxNode site, params string[] members) =>
            FixHelpers.Arguments(members.Select(m => rewrite.TokenProvider(site.SpanStart, m)));

        private static void Register<T>(CodeFixContext context, Diagnostic diagnostic, T old, System.Func<RewriteContext, T> build)
            where T : ExpressionSyntax =>
            context.RegisterCodeFix(
                CredentialRewrite.Action(Title, EquivalenceKeys.CFA4005AccessToken, context.Document, (rewrite, _) =>
                {
                    T replacement = build(rewrite);
                    ArgumentListSyntax? oldArguments = old switch
                    {
                        InvocationExpressionSyntax call => call.ArgumentList,
                        ObjectCreationExpressionSyntax creation => creation.ArgumentList,
                        _ => null,
                    };

                    rewrite.Dropped.AddRange(DeadPlumbing.DroppedArguments(oldArguments, replacement));
                    rewrite.ObsoleteSites.Add(old);
                    rewrite.Editor.ReplaceNode(old, replacement.WithTriviaFrom(old));
                    return Task.FromResult(true);
                }),
                diagnostic);
    }
}
