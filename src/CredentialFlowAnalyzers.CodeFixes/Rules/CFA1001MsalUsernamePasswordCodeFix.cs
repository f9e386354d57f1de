using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Rewrites MSAL ROPC. First (what <c>dotnet format</c> applies): the Secure Application Model exchange,
    /// <c>((IByRefreshToken)app).AcquireTokenByRefreshToken(scopes, refreshToken)</c> with the refresh token read from
    /// a named secret source. Then, for public clients, device code and interactive sign-in; for confidential
    /// clients, app-only <c>AcquireTokenForClient</c>. The password argument and the plumbing that only fed it go.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1001MsalUsernamePasswordCodeFix)), Shared]
    public sealed class CFA1001MsalUsernamePasswordCodeFix : CredentialCodeFixProvider
    {
        public CFA1001MsalUsernamePasswordCodeFix()
            : base(Descriptors.CFA1001MsalUsernamePassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            if (FixHelpers.FlaggedNode(root, diagnostic) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                || model.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation
                || !KnownApiSymbols.For(model.Compilation).TryGet(invocation.TargetMethod, out KnownApi api)
                || FixHelpers.ArgumentFor(invocation, "scopes") is not { } scopes)
            {
                return Task.CompletedTask;
            }

            var site = new Site(context.Document, call, access, invocation, api, scopes);
            bool confidential = invocation.TargetMethod.ContainingType.TypeKind == TypeKind.Interface
                && invocation.TargetMethod.ContainingType.Name == "IByUsernameAndPassword";

            RegisterRefreshToken(context, diagnostic, model, site);
            if (confidential)
            {
                RegisterAppOnly(context, diagnostic, model, site);
            }
            else
            {
                RegisterDeviceCode(context, diagnostic, model, site);
                RegisterInteractive(context, diagnostic, model, site);
            }

            return Task.CompletedTask;
        }

        private static void RegisterRefreshToken(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (WithMethod(model, site, KnownTypes.MsalIByRefreshToken, "AcquireTokenByRefreshToken") is not { } byRefreshToken)
            {
                return;
            }

            Register(context, diagnostic, site, "Use a refresh token from a secret store (Secure Application Model)", EquivalenceKeys.CFA1001RefreshToken, (editor, semanticModel) =>
            {
                ExpressionSyntax refreshToken = SecretSource.Read(editor, site.Call.SpanStart, SecretName.RefreshToken);
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, byRefreshToken), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                return FixHelpers.Invoke(cast, "AcquireTokenByRefreshToken", site.Scopes, refreshToken);
            });
        }

        private static void RegisterDeviceCode(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (!CompatibleWith(model, site, "AcquireTokenWithDeviceCode"))
            {
                return;
            }

            Register(context, diagnostic, site, "Use the device code flow (MFA-capable sign-in)", EquivalenceKeys.CFA1001DeviceCode, (editor, semanticModel) =>
            {
                string parameter = FixHelpers.UniqueName(semanticModel, site.Call.SpanStart, "deviceCode");
                ExpressionSyntax message = FixHelpers.Member(SyntaxFactory.IdentifierName(parameter), "Message");
                var callback = SyntaxFactory.SimpleLambdaExpression(
                    SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                    SyntaxFactory.Block(
                        SyntaxFactory.ExpressionStatement(FixHelpers.Invoke(FixHelpers.TypeName(editor, "System.Console"), "WriteLine", message)),
                        SyntaxFactory.ReturnStatement(FixHelpers.Member(FixHelpers.TypeName(editor, "System.Threading.Tasks.Task"), "CompletedTask")))
                    .WithAdditionalAnnotations(Formatter.Annotation));
                return FixHelpers.Invoke(site.Access.Expression.WithoutTrailingTrivia(), "AcquireTokenWithDeviceCode", site.Scopes, callback);
            });
        }

        private static void RegisterInteractive(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (!CompatibleWith(model, site, "AcquireTokenInteractive"))
            {
                return;
            }

            Register(context, diagnostic, site, "Use interactive sign-in (MFA-capable)", EquivalenceKeys.CFA1001Interactive, (editor, semanticModel) =>
            {
                ExpressionSyntax interactive = FixHelpers.Invoke(site.Access.Expression.WithoutTrailingTrivia(), "AcquireTokenInteractive", site.Scopes);
                ExpressionSyntax? user = FixHelpers.ArgumentFor(site.Invocation, site.Api.UserParameter);
                return user is null ? interactive : FixHelpers.Invoke(interactive, "WithLoginHint", user.WithoutTrivia());
            });
        }

        private static void RegisterAppOnly(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (WithMethod(model, site, KnownTypes.MsalIConfidentialClientApplication, "AcquireTokenForClient") is not { } confidentialClient)
            {
                return;
            }

            Register(context, diagnostic, site, "Use app-only authentication (AcquireTokenForClient)", EquivalenceKeys.CFA1001AppOnly, (editor, semanticModel) =>
            {
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, confidentialClient), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                return FixHelpers.Invoke(cast, "AcquireTokenForClient", site.Scopes);
            });
        }

        /// <summary>Offers the rewrite of the flagged call to what <paramref name="build"/> returns.</summary>
        private static void Register(CodeFixContext context, Diagnostic diagnostic, Site site, string title, string equivalenceKey, System.Func<DocumentEditor, SemanticModel, ExpressionSyntax> build) =>
            context.RegisterCodeFix(CodeAction.Create(title, ct => ReplaceAsync(site, ct, build), equivalenceKey), diagnostic);

        /// <summary>The MSAL type <paramref name="metadataName"/>, when it has a method <paramref name="name"/> whose result fits where the old call's result went.</summary>
        private static INamedTypeSymbol? WithMethod(SemanticModel model, Site site, string metadataName, string name)
        {
            INamedTypeSymbol? type = KnownApiSymbols.For(model.Compilation).GetType(metadataName);
            IMethodSymbol? method = type?.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault();
            return method != null && FixHelpers.ResultUsageCompatible(site.Call, method.ReturnType) ? type : null;
        }

        /// <summary>True when the receiver has a public-client method <paramref name="name"/> whose result fits where the old call's result went.</summary>
        private static bool CompatibleWith(SemanticModel model, Site site, string name)
        {
            ITypeSymbol? receiverType = model.GetTypeInfo(site.Access.Expression).Type;
            INamedTypeSymbol? publicClient = KnownApiSymbols.For(model.Compilation).GetType(KnownTypes.MsalIPublicClientApplication);
            IMethodSymbol? method = publicClient?.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault();
            bool receiverIsPublicClient = receiverType != null && publicClient != null
                && (SymbolEqualityComparer.Default.Equals(receiverType, publicClient) || receiverType.AllInterfaces.Contains(publicClient, SymbolEqualityComparer.Default));
            return receiverIsPublicClient && method != null && FixHelpers.ResultUsageCompatible(site.Call, method.ReturnType);
        }

        /// <summary><c>((IByUsernameAndPassword)app)</c> → <c>app</c>, so the new cast does not stack on the old one.</summary>
        private static ExpressionSyntax UnwrapCast(ExpressionSyntax receiver)
        {
            ExpressionSyntax current = receiver;
            while (current is ParenthesizedExpressionSyntax parenthesized)
            {
                current = parenthesized.Expression;
            }

            return current is CastExpressionSyntax cast ? cast.Expression : receiver;
        }

        private static async Task<Document> ReplaceAsync(Site site, CancellationToken cancellationToken, System.Func<DocumentEditor, SemanticModel, ExpressionSyntax> build)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(site.Document, cancellationToken).ConfigureAwait(false);
            SemanticModel model = editor.SemanticModel;

            ExpressionSyntax replacement = build(editor, model).WithTriviaFrom(site.Call);

            // Arguments the new call does not reuse are dropped, and what only fed them goes too.
            List<SyntaxNode> dropped = DeadPlumbing.DroppedArguments(site.Call.ArgumentList, replacement);
            editor.ReplaceNode(site.Call, replacement);
            DeadPlumbing.Remove(editor, DeadPlumbing.Find(model, dropped));

            return editor.GetChangedDocument();
        }

        /// <summary>The flagged call and what the fixes need of it.</summary>
        private sealed class Site
        {
            public Site(Document document, InvocationExpressionSyntax call, MemberAccessExpressionSyntax access, IInvocationOperation invocation, KnownApi api, ExpressionSyntax scopes)
            {
                Document = document;
                Call = call;
                Access = access;
                Invocation = invocation;
                Api = api;
                Scopes = scopes;
            }

            public Document Document { get; }

            public InvocationExpressionSyntax Call { get; }

            public MemberAccessExpressionSyntax Access { get; }

            public IInvocationOperation Invocation { get; }

            public KnownApi Api { get; }

            public ExpressionSyntax Scopes { get; }
        }
    }
}
