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
    /// ADAL → MSAL, only where it provably compiles. Offered for <c>new UserPasswordCredential(user, password)</c> passed
    /// straight to <c>ctx.AcquireTokenAsync(resource, clientId, ...)</c>, in a project that also references MSAL:
    /// the call becomes the refresh-token exchange on an MSAL public client for the same client id and authority,
    /// <c>((IByRefreshToken)PublicClientApplicationBuilder.Create(clientId).WithAuthority(ctx.Authority).Build())
    /// .AcquireTokenByRefreshToken(new[] { resource + "/.default" }, refreshToken).ExecuteAsync()</c>, with the refresh
    /// token read from a named secret source. MSAL names are written namespace-qualified so they never clash with ADAL's
    /// <c>AuthenticationResult</c>; a local declared as ADAL's <c>AuthenticationResult</c> becomes <c>var</c>. The fix is
    /// offered only when the document compiles afterwards (the result is used only through members both result types
    /// have, such as <c>AccessToken</c> and <c>ExpiresOn</c>). Everywhere else the rule has no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1004AdalUserPasswordCodeFix)), Shared]
    public sealed class CFA1004AdalUserPasswordCodeFix : CredentialCodeFixProvider
    {
        public CFA1004AdalUserPasswordCodeFix()
            : base(Descriptors.CFA1004AdalUserPassword)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (MsalExchange.Resolve(known) is not { } msal
                || FixHelpers.FlaggedNode(root, diagnostic) is not BaseObjectCreationExpressionSyntax creation
                || model.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation credential
                || !known.TryGet(credential.Constructor, out KnownApi api) || api.Fix != FixKind.AdalToMsalRefreshToken
                || Call(credential) is not { Syntax: InvocationExpressionSyntax call } invocation
                || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0) is not { Value: var context0 }
                || FixHelpers.ArgumentFor(invocation, "resource") is not { } resource
                || FixHelpers.ArgumentFor(invocation, "clientId") is not { } clientId
                || ReceiverSyntax(call, context0) is not { } authenticationContext)
            {
                return;
            }

            Document changed = await RewriteAsync(context.Document, call, authenticationContext, resource, clientId, msal, context.CancellationToken).ConfigureAwait(false);
            if (await FixHelpers.IntroducesErrorsAsync(context.Document, changed, context.CancellationToken).ConfigureAwait(false))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use MSAL with a refresh token from a secret store (Secure Application Model)", _ => Task.FromResult(changed), EquivalenceKeys.CFA1004MsalRefreshToken),
                diagnostic);
        }

        /// <summary>The ADAL AcquireTokenAsync call the credential is passed to directly, if any.</summary>
        private static IInvocationOperation? Call(IObjectCreationOperation credential)
        {
            IOperation current = credential;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IArgumentOperation { Parent: IInvocationOperation invocation }
                && KnownApiSymbols.For(credential.SemanticModel!.Compilation).TryGet(invocation.TargetMethod, Descriptors.CFA1004AdalUserPassword.Id, out _)
                ? invocation
                : null;
        }

        /// <summary>The syntax of the AuthenticationContext: the receiver of <c>ctx.AcquireTokenAsync(...)</c> or the first argument of the static form.</summary>
        private static ExpressionSyntax? ReceiverSyntax(InvocationExpressionSyntax call, IOperation authenticationContext) =>
            authenticationContext.Syntax switch
            {
                ArgumentSyntax argument => argument.Expression,
                ExpressionSyntax expression when call.Expression is MemberAccessExpressionSyntax access && access.Expression == expression => expression,
                ExpressionSyntax expression when call.ArgumentList.Arguments.Any(a => a.Expression == expression) => expression,
                _ => null,
            };

        private static async Task<Document> RewriteAsync(
            Document document,
            InvocationExpressionSyntax call,
            ExpressionSyntax authenticationContext,
            ExpressionSyntax resource,
            ExpressionSyntax clientId,
            MsalExchange msal,
            CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            SemanticModel model = editor.SemanticModel;

            // PublicClientApplicationBuilder.Create(clientId).WithAuthority(ctx.Authority).Build()
            ExpressionSyntax app = FixHelpers.Invoke(
                FixHelpers.Invoke(
                    FixHelpers.Invoke(QualifiedExpression(msal.Create.ContainingType), msal.Create.Name, clientId.WithoutTrivia()),
                    msal.WithAuthority.Name,
                    FixHelpers.Member(FixHelpers.AsReceiver(authenticationContext.WithoutTrivia()), msal.Authority.Name)),
                msal.Build.Name);
            ExpressionSyntax exchanger = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(Qualified(msal.ByRefreshToken.ContainingType), app));
            ExpressionSyntax scope = SyntaxFactory.BinaryExpression(
                SyntaxKind.AddExpression,
                resource.WithoutTrivia(),
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("/.default")));
            ExpressionSyntax scopes = SyntaxFactory.ImplicitArrayCreationExpression(
                SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SingletonSeparatedList(scope)));
            ExpressionSyntax refreshToken = SecretSource.Read(editor, call.SpanStart, KnownSecrets.RefreshToken);
            ExpressionSyntax replacement = FixHelpers.Invoke(FixHelpers.Invoke(exchanger, msal.ByRefreshToken.Name, scopes, refreshToken), msal.ExecuteAsync.Name).WithAdditionalAnnotations(Formatter.Annotation).WithTriviaFrom(call);

            // AuthenticationResult result = await ...;  →  var result = await ...;  (ADAL's result type is not MSAL's)
            if (DeclaredType(call) is { IsVar: false } declaredType
                && KnownApiSymbols.For(model.Compilation).IsType(model.GetTypeInfo(declaredType, cancellationToken).Type, KnownTypes.AdalAuthenticationResult))
            {
                editor.ReplaceNode(declaredType, SyntaxFactory.IdentifierName("var").WithTriviaFrom(declaredType));
            }

            var dropped = call.ArgumentList.Arguments
                .Where(a => !a.Expression.IsEquivalentTo(resource) && !a.Expression.IsEquivalentTo(clientId) && !a.Expression.IsEquivalentTo(authenticationContext))
                .Cast<SyntaxNode>()
                .ToList();
            editor.ReplaceNode(call, replacement);
            DeadPlumbing.Remove(editor, DeadPlumbing.Find(model, dropped));
            return editor.GetChangedDocument();
        }

        /// <summary>The declared type of the local whose initializer is <c>await call</c>.</summary>
        private static TypeSyntax? DeclaredType(InvocationExpressionSyntax call)
        {
            SyntaxNode? parent = call.Parent;
            while (parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                ? declaration.Type
                : null;
        }

        /// <summary>The MSAL members the rewrite writes, resolved from the catalog (all present, or no fix).</summary>
        private sealed class MsalExchange
        {
            private MsalExchange(ISymbol create, ISymbol withAuthority, ISymbol build, ISymbol byRefreshToken, ISymbol executeAsync, ISymbol authority)
            {
                Create = create;
                WithAuthority = withAuthority;
                Build = build;
                ByRefreshToken = byRefreshToken;
                ExecuteAsync = executeAsync;
                Authority = authority;
            }

            public ISymbol Create { get; }

            public ISymbol WithAuthority { get; }

            public ISymbol Build { get; }

            public ISymbol ByRefreshToken { get; }

            public ISymbol ExecuteAsync { get; }

            /// <summary>ADAL's <c>AuthenticationContext.Authority</c>, handed to the MSAL client.</summary>
            public ISymbol Authority { get; }

            public static MsalExchange? Resolve(KnownApiSymbols known) =>
                known.GetMember(ReplacementMembers.PublicClientApplicationBuilderCreate) is { } create
                && known.GetMember(ReplacementMembers.WithAuthority) is { } withAuthority
                && known.GetMember(ReplacementMembers.PublicClientApplicationBuilderBuild) is { } build
                && known.GetMember(ReplacementMembers.AcquireTokenByRefreshToken) is { } byRefreshToken
                && known.GetMember(ReplacementMembers.ExecuteAsync) is { } executeAsync
                && known.GetMember(ReplacementMembers.AdalAuthority) is { } authority
                    ? new MsalExchange(create, withAuthority, build, byRefreshToken, executeAsync, authority)
                    : null;
        }

        /// <summary>A namespace-qualified name (no <c>using</c> added), so MSAL and ADAL names cannot clash.</summary>
        private static TypeSyntax Qualified(INamedTypeSymbol type) =>
            SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)))
                .WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>Like <see cref="Qualified"/>, as an expression (the receiver of a static call).</summary>
        private static ExpressionSyntax QualifiedExpression(INamedTypeSymbol type) =>
            SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)))
                .WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
