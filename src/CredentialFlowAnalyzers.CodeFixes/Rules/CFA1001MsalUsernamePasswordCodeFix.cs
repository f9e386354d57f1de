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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
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
            INamedTypeSymbol? byRefreshToken = KnownApiSymbols.For(model.Compilation).GetType(KnownTypes.MsalIByRefreshToken);
            IMethodSymbol? exchange = byRefreshToken?.GetMembers("AcquireTokenByRefreshToken").OfType<IMethodSymbol>().FirstOrDefault();
            if (byRefreshToken is null || exchange is null || !FixHelpers.ResultUsageCompatible(site.Call, exchange.ReturnType))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use a refresh token from a secret store (Secure Application Model)",
                    ct => ReplaceAsync(site, ct, (editor, semanticModel) =>
                    {
                        ExpressionSyntax refreshToken = SecretSource.Read(editor, site.Call.SpanStart, SecretName.RefreshToken);
                        ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                            SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, byRefreshToken), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                        return Invoke(cast, "AcquireTokenByRefreshToken", site.Scopes, refreshToken);
                    }),
                    EquivalenceKeys.CFA1001RefreshToken),
                diagnostic);
        }

        private static void RegisterDeviceCode(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (!CompatibleWith(model, site, "AcquireTokenWithDeviceCode"))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use the device code flow (MFA-capable sign-in)",
                    ct => ReplaceAsync(site, ct, (editor, semanticModel) =>
                    {
                        string parameter = FixHelpers.UniqueName(semanticModel, site.Call.SpanStart, "deviceCode");
                        ExpressionSyntax message = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(parameter), SyntaxFactory.IdentifierName("Message"));
                        var callback = SyntaxFactory.SimpleLambdaExpression(
                            SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                            SyntaxFactory.Block(
                                SyntaxFactory.ExpressionStatement(Invoke(FixHelpers.TypeName(editor, "System.Console"), "WriteLine", message)),
                                SyntaxFactory.ReturnStatement(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, FixHelpers.TypeName(editor, "System.Threading.Tasks.Task"), SyntaxFactory.IdentifierName("CompletedTask"))))
                            .WithAdditionalAnnotations(Formatter.Annotation));
                        return Invoke(site.Access.Expression.WithoutTrailingTrivia(), "AcquireTokenWithDeviceCode", site.Scopes, callback);
                    }),
                    EquivalenceKeys.CFA1001DeviceCode),
                diagnostic);
        }

        private static void RegisterInteractive(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (!CompatibleWith(model, site, "AcquireTokenInteractive"))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use interactive sign-in (MFA-capable)",
                    ct => ReplaceAsync(site, ct, (editor, semanticModel) =>
                    {
                        ExpressionSyntax interactive = Invoke(site.Access.Expression.WithoutTrailingTrivia(), "AcquireTokenInteractive", site.Scopes);
                        ExpressionSyntax? user = FixHelpers.ArgumentFor(site.Invocation, site.Api.UserParameter);
                        return user is null ? interactive : Invoke(interactive, "WithLoginHint", user.WithoutTrivia());
                    }),
                    EquivalenceKeys.CFA1001Interactive),
                diagnostic);
        }

        private static void RegisterAppOnly(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            INamedTypeSymbol? confidentialClient = KnownApiSymbols.For(model.Compilation).GetType(KnownTypes.MsalIConfidentialClientApplication);
            IMethodSymbol? forClient = confidentialClient?.GetMembers("AcquireTokenForClient").OfType<IMethodSymbol>().FirstOrDefault();
            if (confidentialClient is null || forClient is null || !FixHelpers.ResultUsageCompatible(site.Call, forClient.ReturnType))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use app-only authentication (AcquireTokenForClient)",
                    ct => ReplaceAsync(site, ct, (editor, semanticModel) =>
                    {
                        ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                            SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, confidentialClient), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                        return Invoke(cast, "AcquireTokenForClient", site.Scopes);
                    }),
                    EquivalenceKeys.CFA1001AppOnly),
                diagnostic);
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

        private static InvocationExpressionSyntax Invoke(ExpressionSyntax receiver, string method, params ExpressionSyntax[] arguments) =>
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(a => SyntaxFactory.Argument(a)))));

        private static async Task<Document> ReplaceAsync(Site site, CancellationToken cancellationToken, System.Func<DocumentEditor, SemanticModel, ExpressionSyntax> build)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(site.Document, cancellationToken).ConfigureAwait(false);
            SemanticModel model = editor.SemanticModel;

            ExpressionSyntax replacement = build(editor, model).WithTriviaFrom(site.Call);

            // Arguments the new call does not reuse are dropped, and what only fed them goes too.
            var dropped = new List<SyntaxNode>();
            foreach (ArgumentSyntax argument in site.Call.ArgumentList.Arguments)
            {
                if (!replacement.DescendantNodes().Any(n => n.IsEquivalentTo(argument.Expression)))
                {
                    dropped.Add(argument);
                }
            }

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
