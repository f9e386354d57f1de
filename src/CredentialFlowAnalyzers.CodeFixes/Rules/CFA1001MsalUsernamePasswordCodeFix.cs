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
            switch (api.Fix)
            {
                case FixKind.MsalPublicClient:
                    RegisterRefreshToken(context, diagnostic, model, site);
                    RegisterDeviceCode(context, diagnostic, model, site);
                    RegisterInteractive(context, diagnostic, model, site);
                    break;

                case FixKind.MsalConfidentialClient:
                    RegisterRefreshToken(context, diagnostic, model, site);
                    RegisterAppOnly(context, diagnostic, model, site);
                    break;
            }

            return Task.CompletedTask;
        }

        private static void RegisterRefreshToken(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (Fitting(model, site, ReplacementMembers.AcquireTokenByRefreshToken) is not { } byRefreshToken)
            {
                return;
            }

            Register(context, diagnostic, site, "Use a refresh token from a secret store (Secure Application Model)", EquivalenceKeys.CFA1001RefreshToken, (editor, semanticModel) =>
            {
                ExpressionSyntax refreshToken = SecretSource.Read(editor, site.Call.SpanStart, KnownSecrets.RefreshToken);
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, byRefreshToken.ContainingType), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                return FixHelpers.Invoke(cast, byRefreshToken.Name, site.Scopes, refreshToken);
            });
        }

        private static void RegisterDeviceCode(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (OnPublicClient(model, site, ReplacementMembers.AcquireTokenWithDeviceCode) is not { } deviceCodeFlow
                || known.GetMember(ReplacementMembers.DeviceCodeMessage) is not { } deviceCodeMessage
                || known.GetMember(ReplacementMembers.ConsoleWriteLine) is not { } writeLine
                || known.GetMember(ReplacementMembers.TaskCompletedTask) is not { } completedTask)
            {
                return;
            }

            Register(context, diagnostic, site, "Use the device code flow (MFA-capable sign-in)", EquivalenceKeys.CFA1001DeviceCode, (editor, semanticModel) =>
            {
                string parameter = FixHelpers.UniqueName(semanticModel, site.Call.SpanStart, "deviceCode");
                ExpressionSyntax message = FixHelpers.Member(SyntaxFactory.IdentifierName(parameter), deviceCodeMessage.Name);
                var callback = SyntaxFactory.SimpleLambdaExpression(
                    SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                    SyntaxFactory.Block(
                        SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(FixHelpers.StaticMember(editor, writeLine), FixHelpers.Arguments(message))),
                        SyntaxFactory.ReturnStatement(FixHelpers.StaticMember(editor, completedTask)))
                    .WithAdditionalAnnotations(Formatter.Annotation));
                return FixHelpers.Invoke(site.Access.Expression.WithoutTrailingTrivia(), deviceCodeFlow.Name, site.Scopes, callback);
            });
        }

        private static void RegisterInteractive(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (OnPublicClient(model, site, ReplacementMembers.AcquireTokenInteractive) is not { } interactiveFlow
                || KnownApiSymbols.For(model.Compilation).GetMember(ReplacementMembers.WithLoginHint) is not { } withLoginHint)
            {
                return;
            }

            Register(context, diagnostic, site, "Use interactive sign-in (MFA-capable)", EquivalenceKeys.CFA1001Interactive, (editor, semanticModel) =>
            {
                ExpressionSyntax interactive = FixHelpers.Invoke(site.Access.Expression.WithoutTrailingTrivia(), interactiveFlow.Name, site.Scopes);
                ExpressionSyntax? user = FixHelpers.ArgumentFor(site.Invocation, site.Api.UserParameter);
                return user is null ? interactive : FixHelpers.Invoke(interactive, withLoginHint.Name, user.WithoutTrivia());
            });
        }

        private static void RegisterAppOnly(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (Fitting(model, site, ReplacementMembers.AcquireTokenForClient) is not { } appOnly)
            {
                return;
            }

            Register(context, diagnostic, site, "Use app-only authentication (AcquireTokenForClient)", EquivalenceKeys.CFA1001AppOnly, (editor, semanticModel) =>
            {
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(editor, appOnly.ContainingType), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                return FixHelpers.Invoke(cast, appOnly.Name, site.Scopes);
            });
        }

        /// <summary>Offers the rewrite of the flagged call to what <paramref name="build"/> returns.</summary>
        private static void Register(CodeFixContext context, Diagnostic diagnostic, Site site, string title, string equivalenceKey, System.Func<DocumentEditor, SemanticModel, ExpressionSyntax> build) =>
            context.RegisterCodeFix(CodeAction.Create(title, ct => ReplaceAsync(site, ct, build), equivalenceKey), diagnostic);

        /// <summary>The replacement method <paramref name="docId"/>, when it exists and its result fits where the old call's result went.</summary>
        private static IMethodSymbol? Fitting(SemanticModel model, Site site, string docId) =>
            KnownApiSymbols.For(model.Compilation).GetMethod(docId) is { } method && FixHelpers.ResultUsageCompatible(site.Call, method.ReturnType) ? method : null;

        /// <summary>Like <see cref="Fitting"/>, for a public-client method called on the same receiver (which must be a public client).</summary>
        private static IMethodSymbol? OnPublicClient(SemanticModel model, Site site, string docId)
        {
            ITypeSymbol? receiverType = model.GetTypeInfo(site.Access.Expression).Type;
            IMethodSymbol? method = Fitting(model, site, docId);
            return method != null && receiverType != null && KnownApiSymbols.IsOrInherits(receiverType, method.ContainingType) ? method : null;
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
