using System;
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
    /// Rewrites MSAL ROPC. First (what <c>dotnet format</c> applies): the Secure Application Model exchange on the
    /// confidential client of the SAM app registration, never on a public client (a SAM refresh token is issued to the
    /// confidential app; a public client redeeming it gets AADSTS7000218):
    /// <list type="bullet">
    /// <item>on a confidential client (<c>((IByUsernameAndPassword)app)</c>), the same client:
    /// <c>((IByRefreshToken)app).AcquireTokenByRefreshToken(scopes, refreshToken)</c>;</item>
    /// <item>on a public client, <c>app.AcquireTokenByUsernamePassword(...).ExecuteAsync(ct)</c> becomes
    /// <c>SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(scopes, refreshToken, ct)</c>, the token provider the fix
    /// adds to the project once (confidential client, silent renewal from MSAL's cache).</item>
    /// </list>
    /// The refresh token is named after the resource of the scopes, else after the key the password was read under,
    /// and read from the same source. Then, for public clients, device code and interactive sign-in; for confidential
    /// clients, app-only <c>AcquireTokenForClient</c>. The password, the user name, a public client nothing else uses,
    /// and the plumbing that only fed them go.
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
                    RegisterTokenProvider(context, diagnostic, model, site);
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

        /// <summary>The refresh token's secret name and source for the site (resource of the scopes, or the password's key).</summary>
        private static (SecretName Name, SecretSource.Kind? Source) RefreshTokenName(Site site) =>
            SecretNaming.RefreshToken(
                SecretNaming.ResourceOf(site.Invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "scopes")?.Value),
                SecretNaming.PasswordOrigin(site.Invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == site.Api.PasswordParameter)?.Value));

        /// <summary>Confidential client: the exchange on the same client, <c>((IByRefreshToken)app).AcquireTokenByRefreshToken(scopes, token)</c>.</summary>
        private static void RegisterRefreshToken(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            if (Fitting(model, site, ReplacementMembers.AcquireTokenByRefreshToken) is not { } byRefreshToken)
            {
                return;
            }

            Register(context, diagnostic, site, "Use a refresh token from a secret store on this confidential client (Secure Application Model)", EquivalenceKeys.CFA1001RefreshToken, rewrite =>
            {
                (SecretName name, SecretSource.Kind? source) = RefreshTokenName(site);
                bool nonNullable = byRefreshToken.Parameters.Length > 1 && byRefreshToken.Parameters[1].NullableAnnotation == NullableAnnotation.NotAnnotated;
                ExpressionSyntax refreshToken = SecretSource.Read(rewrite.Editor, site.Call.SpanStart, name, source, nonNullable);
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(rewrite.Editor, byRefreshToken.ContainingType), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                ExpressionSyntax receiver = cast.WithTriviaFrom(site.Access.Expression);
                return site.Call
                    .WithExpression(site.Access.WithExpression(receiver).WithName(SyntaxFactory.IdentifierName(byRefreshToken.Name).WithTriviaFrom(site.Access.Name)))
                    .WithArgumentList(site.Call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(site.Scopes.WithoutTrivia()), SyntaxFactory.Argument(refreshToken) })));
            });
        }

        /// <summary>
        /// Public client: <c>app.AcquireTokenByUsernamePassword(...).ExecuteAsync(ct)</c> →
        /// <c>SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(scopes, token, ct)</c>. Only where the builder is
        /// executed straight away (nothing else is configured on it) and the project can use the token provider.
        /// </summary>
        private static void RegisterTokenProvider(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, Site site)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (site.Call.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax execute } executeAccess
                || executeAccess.Expression != site.Call
                || model.GetSymbolInfo(execute, context.CancellationToken).Symbol is not IMethodSymbol executeMethod
                || known.GetMethod(ReplacementMembers.ExecuteAsync) is not { } executeAsync
                || !SymbolEqualityComparer.Default.Equals(executeMethod.OriginalDefinition, executeAsync.OriginalDefinition) && executeMethod.Name != executeAsync.Name
                || !TokenProviderDocument.Available(context.Document.Project, model.Compilation))
            {
                return;
            }

            Register(context, diagnostic, site, "Use a refresh token from a secret store on the Secure Application Model's confidential client (token provider)", EquivalenceKeys.CFA1001RefreshToken, rewrite =>
            {
                (SecretName name, SecretSource.Kind? source) = RefreshTokenName(site);
                ExpressionSyntax refreshToken = SecretSource.Read(rewrite.Editor, site.Call.SpanStart, name, source);
                var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(site.Scopes.WithoutTrivia()), SyntaxFactory.Argument(refreshToken) };
                arguments.AddRange(execute.ArgumentList.Arguments.Select(a => a.WithoutTrivia()));
                ExpressionSyntax provider = rewrite.TokenProvider(site.Call.SpanStart, TokenProvider.AcquireTokenByRefreshTokenAsync);

                // The public client goes when nothing else uses it.
                rewrite.Dropped.Add(site.Access.Expression);
                return (execute, SyntaxFactory.InvocationExpression(provider, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments))));
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

            Register(context, diagnostic, site, "Use the device code flow (MFA-capable sign-in)", EquivalenceKeys.CFA1001DeviceCode, rewrite =>
            {
                string parameter = FixHelpers.UniqueName(rewrite.Model, site.Call.SpanStart, "deviceCode");
                ExpressionSyntax message = FixHelpers.Member(SyntaxFactory.IdentifierName(parameter), deviceCodeMessage.Name);
                var callback = SyntaxFactory.SimpleLambdaExpression(
                    SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)),
                    SyntaxFactory.Block(
                        SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(FixHelpers.StaticMember(rewrite.Editor, writeLine), FixHelpers.Arguments(message))),
                        SyntaxFactory.ReturnStatement(FixHelpers.StaticMember(rewrite.Editor, completedTask)))
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

            Register(context, diagnostic, site, "Use interactive sign-in (MFA-capable)", EquivalenceKeys.CFA1001Interactive, rewrite =>
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

            Register(context, diagnostic, site, "Use app-only authentication (AcquireTokenForClient)", EquivalenceKeys.CFA1001AppOnly, rewrite =>
            {
                ExpressionSyntax cast = SyntaxFactory.ParenthesizedExpression(
                    SyntaxFactory.CastExpression(FixHelpers.TypeName(rewrite.Editor, appOnly.ContainingType), FixHelpers.AsReceiver(UnwrapCast(site.Access.Expression)).WithoutTrivia()));
                return FixHelpers.Invoke(cast, appOnly.Name, site.Scopes);
            });
        }

        /// <summary>Offers the rewrite of the flagged call to what <paramref name="build"/> returns.</summary>
        private static void Register(CodeFixContext context, Diagnostic diagnostic, Site site, string title, string equivalenceKey, Func<RewriteContext, ExpressionSyntax> build) =>
            Register(context, diagnostic, site, title, equivalenceKey, rewrite => ((ExpressionSyntax)site.Call, build(rewrite)));

        /// <summary>Offers the rewrite of a node of the call's chain (the call, or the <c>ExecuteAsync</c> on it) to a new expression.</summary>
        private static void Register(CodeFixContext context, Diagnostic diagnostic, Site site, string title, string equivalenceKey, Func<RewriteContext, (ExpressionSyntax Old, ExpressionSyntax New)> build) =>
            context.RegisterCodeFix(
                CredentialRewrite.Action(title, equivalenceKey, site.Document, (rewrite, _) =>
                {
                    (ExpressionSyntax old, ExpressionSyntax replacement) = build(rewrite);
                    replacement = replacement.WithTriviaFrom(old);

                    // Arguments the new call does not reuse are dropped, and what only fed them goes too.
                    rewrite.Dropped.AddRange(DeadPlumbing.DroppedArguments(site.Call.ArgumentList, replacement));
                    rewrite.ObsoleteSites.Add(site.Call);
                    rewrite.Editor.ReplaceNode(old, replacement);
                    return Task.FromResult(true);
                }),
                diagnostic);

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
