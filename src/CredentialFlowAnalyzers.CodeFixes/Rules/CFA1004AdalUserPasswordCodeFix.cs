using System.Linq;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// ADAL → MSAL on the Secure Application Model, where it provably compiles, in a project that references MSAL.
    /// <c>ctx.AcquireTokenAsync(resource, clientId, credential)</c> with a <c>UserPasswordCredential</c> passed straight in
    /// or built into a local first (the usual shape) becomes
    /// <c>SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { resource + "/.default" }, refreshToken)</c>: the
    /// refresh token (named after the resource, else after the key the password was read under) is redeemed on the
    /// confidential client of the SAM app registration by the token provider the fix adds to the project once; the ADAL
    /// public client id and authority go. A local declared as ADAL's <c>AuthenticationResult</c> becomes <c>var</c>; the
    /// credential, the authentication context and what only fed them go, and so does the ADAL <c>using</c> when nothing
    /// else needs it. Offered only when the document compiles afterwards (the result is used only through members both
    /// result types have, such as <c>AccessToken</c> and <c>ExpiresOn</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1004AdalUserPasswordCodeFix)), Shared]
    public sealed class CFA1004AdalUserPasswordCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Use MSAL with a refresh token from a secret store on the Secure Application Model's confidential client";

        public CFA1004AdalUserPasswordCodeFix()
            : base(Descriptors.CFA1004AdalUserPassword)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (FixHelpers.FlaggedNode(root, diagnostic) is not BaseObjectCreationExpressionSyntax creation
                || model.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation credential
                || !known.TryGet(credential.Constructor, out KnownApi api) || api.Fix != FixKind.AdalToMsalRefreshToken
                || Call(credential, known) is not { Syntax: InvocationExpressionSyntax call } invocation
                || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "resource") is not { Value: var resourceValue, Syntax: ArgumentSyntax { Expression: var resource } }
                || !TokenProviderDocument.Available(context.Document.Project, model.Compilation))
            {
                return;
            }

            IOperation? password = credential.Arguments.FirstOrDefault(a => a.Parameter?.Name == api.PasswordParameter)?.Value;
            Solution changed = await CredentialRewrite.ApplyAsync(
                context.Document,
                (rewrite, _) => Task.FromResult(Rewrite(rewrite, call, resource, resourceValue, password)),
                context.CancellationToken).ConfigureAwait(false);
            if (changed.GetDocument(context.Document.Id) is not { } document
                || await FixHelpers.IntroducesErrorsAsync(context.Document, document, context.CancellationToken).ConfigureAwait(false))
            {
                return;
            }

            context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(changed), EquivalenceKeys.CFA1004MsalRefreshToken), diagnostic);
        }

        /// <summary>
        /// The ADAL <c>AcquireTokenAsync</c> call the credential goes to: passed straight in, or through a local that call
        /// is the only reader of.
        /// </summary>
        private static IInvocationOperation? Call(IObjectCreationOperation credential, KnownApiSymbols known)
        {
            IOperation current = credential;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is IArgumentOperation { Parent: IInvocationOperation direct })
            {
                return IsAdalCall(direct, known) ? direct : null;
            }

            // var credential = new UserPasswordCredential(user, password); ... ctx.AcquireTokenAsync(resource, clientId, credential)
            if (current.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } }
                && credential.SemanticModel is { } model
                && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax().FirstAncestorOrSelf<BlockSyntax>() is { } block)
            {
                var uses = block.DescendantNodes().OfType<IdentifierNameSyntax>()
                    .Where(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n).Symbol, local))
                    .ToList();
                if (uses.Count == 1
                    && model.GetOperation(uses[0]) is { } use
                    && LocalValueFlowParent(use) is IArgumentOperation { Parent: IInvocationOperation viaLocal }
                    && IsAdalCall(viaLocal, known))
                {
                    return viaLocal;
                }
            }

            return null;
        }

        private static IOperation? LocalValueFlowParent(IOperation use)
        {
            IOperation current = use;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent;
        }

        private static bool IsAdalCall(IInvocationOperation invocation, KnownApiSymbols known) =>
            known.TryGet(invocation.TargetMethod, Descriptors.CFA1004AdalUserPassword.Id, out _);

        private static bool Rewrite(RewriteContext rewrite, InvocationExpressionSyntax call, ExpressionSyntax resource, IOperation resourceValue, IOperation? password)
        {
            SemanticModel model = rewrite.Model;
            (SecretName name, SecretSource.Kind? source) = SecretNaming.RefreshToken(SecretNaming.ResourceOf(resourceValue), SecretNaming.PasswordOrigin(password));

            // new[] { resource + "/.default" }: the v2 scope of a v1 resource (a resource ending in '/' gets "//.default", as it must).
            ExpressionSyntax scope = resource is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
                ? FixHelpers.StringLiteral(literal.Token.ValueText + "/.default")
                : SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, resource.WithoutTrivia(), FixHelpers.StringLiteral("/.default"));
            ExpressionSyntax scopes = SyntaxFactory.ImplicitArrayCreationExpression(
                SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SingletonSeparatedList(scope)));
            ExpressionSyntax refreshToken = SecretSource.Read(rewrite.Editor, call.SpanStart, name, source);
            ExpressionSyntax replacement = SyntaxFactory.InvocationExpression(
                    rewrite.TokenProvider(call.SpanStart, TokenProvider.AcquireTokenByRefreshTokenAsync),
                    FixHelpers.Arguments(scopes, refreshToken))
                .WithTriviaFrom(call);

            // AuthenticationResult result = await ...;  →  var result = await ...;  (ADAL's result type is not MSAL's)
            if (DeclaredType(call) is { IsVar: false } declaredType
                && KnownApiSymbols.For(model.Compilation).IsType(model.GetTypeInfo(declaredType).Type, KnownTypes.AdalAuthenticationResult))
            {
                rewrite.Editor.ReplaceNode(declaredType, SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(declaredType.GetLeadingTrivia(), SyntaxKind.VarKeyword, "var", "var", declaredType.GetTrailingTrivia())));
            }

            // Everything but the resource goes: the ADAL client id, the credential, and the context (receiver or first argument).
            rewrite.Dropped.AddRange(call.ArgumentList.Arguments.Where(a => a.Expression != resource).Select(a => a.Expression));
            if (call.Expression is MemberAccessExpressionSyntax { Expression: var receiver })
            {
                rewrite.Dropped.Add(receiver);
            }

            rewrite.ObsoleteSites.Add(call);
            rewrite.Editor.ReplaceNode(call, replacement);
            return true;
        }

        /// <summary>The declared type of the local whose initializer is <c>await call</c> (or <c>call.Result</c>).</summary>
        private static TypeSyntax? DeclaredType(InvocationExpressionSyntax call)
        {
            SyntaxNode? parent = call.Parent;
            while (parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax || parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: nameof(Task<int>.Result) })
            {
                parent = parent.Parent;
            }

            return parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                ? declaration.Type
                : null;
        }
    }
}
