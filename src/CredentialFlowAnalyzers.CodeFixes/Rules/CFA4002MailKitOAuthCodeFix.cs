using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// CFA4002 / CFA4003: MailKit password authentication → <c>Authenticate(new SaslMechanismOAuth2(user, accessToken))</c>
    /// (same method, same cancellation token). The access token comes from MSAL at run time: an app-only token for
    /// Exchange Online (<c>https://outlook.office365.com/.default</c>, with the SMTP.SendAsApp / IMAP.AccessAsApp /
    /// POP.AccessAsApp permission and a mailbox permission for the app) from the token provider the fix adds to the
    /// project once; the user name stays as the mailbox. The password, what only fed it, and a
    /// <c>AuthenticationMechanisms.Remove("XOAUTH2")</c> on the same client are removed. No fix when the user name
    /// cannot be taken from the call (an <c>ICredentials</c> variable) or the project does not reference MSAL.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA4002MailKitOAuthCodeFix)), Shared]
    public sealed class CFA4002MailKitOAuthCodeFix : CredentialCodeFixProvider
    {
        public CFA4002MailKitOAuthCodeFix()
            : base(Descriptors.CFA4002MailKitBasicAuth, Descriptors.CFA4003MailKitBasicAuthUnknownHost)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (known.GetMethod(ReplacementMembers.SaslMechanismOAuth2) is not { } oauth2
                || FixHelpers.FlaggedNode(root, diagnostic) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } call
                || model.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation
                || !known.TryGet(invocation.TargetMethod, out KnownApi api)
                || api.Fix != FixKind.MailKitOAuth
                || !TryGetParts(invocation, api, known, out ExpressionSyntax? user, out List<SyntaxNode> dropped)
                || !TokenProviderDocument.Available(context.Document.Project, model.Compilation))
            {
                return Task.CompletedTask;
            }

            context.RegisterCodeFix(
                CredentialRewrite.Action(
                    "Authenticate with OAuth 2.0 (SaslMechanismOAuth2) and an app-only token from MSAL",
                    EquivalenceKeys.CFA4002OAuth2,
                    context.Document,
                    (rewrite, _) => Task.FromResult(Rewrite(rewrite, call, invocation, user!, dropped, oauth2))),
                diagnostic);
            return Task.CompletedTask;
        }

        /// <summary>The user-name expression to keep, and the argument nodes (password and co.) that go.</summary>
        private static bool TryGetParts(IInvocationOperation invocation, KnownApi api, KnownApiSymbols known, out ExpressionSyntax? user, out List<SyntaxNode> dropped)
        {
            user = null;
            dropped = new List<SyntaxNode>();
            if (api.UserParameter != null)
            {
                // Authenticate([encoding,] userName, password): the user stays, everything else but the cancellation token goes.
                user = FixHelpers.ArgumentFor(invocation, api.UserParameter);
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && parameter.Name != api.UserParameter && !known.IsType(parameter.Type, KnownTypes.CancellationToken))
                    {
                        AddIfPresent(dropped, FixHelpers.ArgumentFor(invocation, parameter.Name));
                    }
                }
            }
            else
            {
                // Authenticate(credentials) / Authenticate(mechanism): the user is taken from the object passed.
                IOperation? value = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == api.PasswordParameter)?.Value;
                if (value is not null && ValueFlow.Unwrap(value) is IObjectCreationOperation creation)
                {
                    user = UserOf(creation, dropped);
                }
            }

            return user != null;
        }

        private static ExpressionSyntax? UserOf(IObjectCreationOperation creation, List<SyntaxNode> dropped)
        {
            // new NetworkCredential(user, password[, domain]) / new SaslMechanismPlain(user, password) / (encoding, user, password).
            ExpressionSyntax? user = FixHelpers.ArgumentFor(creation.Arguments, "userName");
            if (user != null)
            {
                AddIfPresent(dropped, FixHelpers.ArgumentFor(creation.Arguments, "password"));
                return user;
            }

            IOperation? inner = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "credentials" || a.Parameter?.Name == "credential")?.Value;
            return inner != null && ValueFlow.Unwrap(inner) is IObjectCreationOperation credential ? UserOf(credential, dropped) : null;
        }

        private static void AddIfPresent(List<SyntaxNode> list, SyntaxNode? node)
        {
            if (node != null)
            {
                list.Add(node);
            }
        }

        private static bool Rewrite(RewriteContext rewrite, InvocationExpressionSyntax call, IInvocationOperation invocation, ExpressionSyntax user, List<SyntaxNode> dropped, IMethodSymbol oauth2)
        {
            DocumentEditor editor = rewrite.Editor;
            SemanticModel model = rewrite.Model;
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            IArgumentOperation? cancellation = invocation.Arguments.FirstOrDefault(a => known.IsType(a.Parameter?.Type, KnownTypes.CancellationToken) && a.ArgumentKind == ArgumentKind.Explicit);
            ArgumentSyntax? cancellationSyntax = cancellation?.Syntax as ArgumentSyntax;

            ExpressionSyntax token = rewrite.AppOnlyToken(call, KnownResources.Exchange.AppOnlyScope, cancellationSyntax?.Expression);
            ExpressionSyntax mechanism = SyntaxFactory.ObjectCreationExpression(
                FixHelpers.TypeName(editor, oauth2.ContainingType),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(user.WithoutTrivia()), SyntaxFactory.Argument(token) })),
                null);

            var arguments = new List<ArgumentSyntax> { SyntaxFactory.Argument(mechanism) };
            if (cancellationSyntax != null)
            {
                arguments.Add(cancellationSyntax.WithoutTrivia());
            }

            InvocationExpressionSyntax replacement = call.WithArgumentList(
                call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(arguments, Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), arguments.Count - 1))));

            rewrite.Dropped.AddRange(dropped);
            if (XOAuth2Removal(call, model, known) is { } removal)
            {
                editor.RemoveNode(removal);
            }

            rewrite.ObsoleteSites.Add(call);
            editor.ReplaceNode(call, replacement);
            return true;
        }

        /// <summary><c>client.AuthenticationMechanisms.Remove("XOAUTH2");</c> on the same client in the same block: it would disable the new sign-in.</summary>
        private static StatementSyntax? XOAuth2Removal(InvocationExpressionSyntax call, SemanticModel model, KnownApiSymbols known)
        {
            string receiver = ((MemberAccessExpressionSyntax)call.Expression).Expression.ToString();
            BlockSyntax? block = call.FirstAncestorOrSelf<StatementSyntax>()?.Parent as BlockSyntax;
            return block?.Statements.FirstOrDefault(s =>
                s is ExpressionStatementSyntax
                {
                    Expression: InvocationExpressionSyntax
                    {
                        Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax mechanisms },
                    } removeCall,
                }
                && mechanisms.Expression.ToString() == receiver
                && known.Is(model.GetSymbolInfo(mechanisms).Symbol, KnownMembers.MailServiceAuthenticationMechanisms)
                && removeCall.ArgumentList.Arguments.Count == 1
                && model.GetConstantValue(removeCall.ArgumentList.Arguments[0].Expression).Value is string mechanism
                && mechanism == KnownApiCatalog.MailKitOAuth2Mechanism
                && model.GetSymbolInfo(removeCall).Symbol is IMethodSymbol { Name: nameof(ICollection<string>.Remove) });
        }
    }
}
