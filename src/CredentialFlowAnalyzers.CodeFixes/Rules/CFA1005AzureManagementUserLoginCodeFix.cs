using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Legacy Azure management sign-ins with a user password, rewritten to app-only sign-ins with the same result type:
    /// <list type="bullet">
    /// <item><c>UserTokenProvider.LoginSilentAsync(clientId, domain, username, password[, settings][, cache])</c> →
    /// <c>ApplicationTokenProvider.LoginSilentAsync(domain, &lt;SecureApp:ClientId&gt;, &lt;SecureApp:ClientSecret&gt;[, settings or cache])</c>, the app registration and its
    /// secret from the secret store in place of the public client the user signed in through
    /// (both return <c>Task&lt;ServiceClientCredentials&gt;</c>);</item>
    /// <item><c>factory.FromUser(username, password, clientId, tenantId, environment)</c> →
    /// <c>factory.FromSystemAssignedManagedServiceIdentity(MSIResourceType.VirtualMachine, environment, tenantId)</c>
    /// (both return <c>AzureCredentials</c>).</item>
    /// </list>
    /// <c>new AzureCredentials(UserLoginInformation, ...)</c> has no mechanical rewrite. The password, the user name and
    /// their plumbing go. Each rewrite is offered only when the document still compiles with it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1005AzureManagementUserLoginCodeFix)), Shared]
    public sealed class CFA1005AzureManagementUserLoginCodeFix : CredentialCodeFixProvider
    {
        public CFA1005AzureManagementUserLoginCodeFix()
            : base(Descriptors.CFA1005AzureManagementUserLogin)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (FixHelpers.FlaggedNode(root, diagnostic) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                || model.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation
                || !known.TryGet(invocation.TargetMethod, Descriptors.CFA1005AzureManagementUserLogin.Id, out KnownApi api))
            {
                return;
            }

            Document? changed = null;
            string title = string.Empty;
            string key = string.Empty;
            if (api.Fix == FixKind.RestUserTokenProvider && known.GetMember(ReplacementMembers.ApplicationTokenProviderLoginSilentAsync) is { } provider)
            {
                title = "Use app-only sign-in (ApplicationTokenProvider with a client secret from a secret store)";
                key = EquivalenceKeys.CFA1005ApplicationTokenProvider;
                changed = await RewriteAsync(context.Document, call, invocation, (editor, _) => ApplicationLogin(editor, call, invocation, provider), context.CancellationToken).ConfigureAwait(false);
            }
            else if (api.Fix == FixKind.FluentFromUser
                && known.GetMember(ReplacementMembers.FromSystemAssignedManagedServiceIdentity) is { } managedIdentity
                && known.GetMember(ReplacementMembers.MsiResourceTypeVirtualMachine) is { } virtualMachine)
            {
                title = "Use the system-assigned managed identity (FromSystemAssignedManagedServiceIdentity)";
                key = EquivalenceKeys.CFA1005ManagedIdentity;
                changed = await RewriteAsync(context.Document, call, invocation, (editor, _) => ManagedIdentity(editor, access, invocation, managedIdentity, virtualMachine), context.CancellationToken).ConfigureAwait(false);
            }

            if (changed != null && !await FixHelpers.IntroducesErrorsAsync(context.Document, changed, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), key), diagnostic);
            }
        }

        private static ExpressionSyntax? ApplicationLogin(DocumentEditor editor, InvocationExpressionSyntax call, IInvocationOperation invocation, ISymbol login)
        {
            ExpressionSyntax? clientId = FixHelpers.ArgumentFor(invocation, "clientId");
            ExpressionSyntax? domain = FixHelpers.ArgumentFor(invocation, "domain");
            if (clientId is null || domain is null)
            {
                return null;
            }

            // The client the user signed in through was a public one; app-only sign-in is the app registration's, with its secret.
            var arguments = new List<ExpressionSyntax>
            {
                domain.WithoutTrivia(),
                SecretSource.Read(editor, call.SpanStart, KnownSecrets.SecureAppClientId),
                SecretSource.Read(editor, call.SpanStart, KnownSecrets.SecureAppClientSecret),
            };
            ExpressionSyntax? extra = FixHelpers.ArgumentFor(invocation, "serviceSettings") ?? FixHelpers.ArgumentFor(invocation, "cache");
            if (extra != null)
            {
                arguments.Add(extra.WithoutTrivia());
            }

            return SyntaxFactory.InvocationExpression(FixHelpers.StaticMember(editor, login), FixHelpers.Arguments(arguments));
        }

        private static ExpressionSyntax? ManagedIdentity(DocumentEditor editor, MemberAccessExpressionSyntax access, IInvocationOperation invocation, ISymbol managedIdentity, ISymbol virtualMachine)
        {
            ExpressionSyntax? environment = FixHelpers.ArgumentFor(invocation, "environment");
            ExpressionSyntax? tenantId = FixHelpers.ArgumentFor(invocation, "tenantId");
            if (environment is null)
            {
                return null;
            }

            var arguments = new List<ExpressionSyntax>
            {
                FixHelpers.StaticMember(editor, virtualMachine),
                environment.WithoutTrivia(),
            };
            if (tenantId != null)
            {
                arguments.Add(tenantId.WithoutTrivia());
            }

            return FixHelpers.Invoke(access.Expression.WithoutTrailingTrivia(), managedIdentity.Name, arguments);
        }

        private static async Task<Document?> RewriteAsync(
            Document document,
            InvocationExpressionSyntax call,
            IInvocationOperation invocation,
            System.Func<DocumentEditor, SemanticModel, ExpressionSyntax?> build,
            CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (build(editor, editor.SemanticModel) is not { } replacement)
            {
                return null;
            }

            replacement = replacement.WithTriviaFrom(call);
            List<SyntaxNode> dropped = DeadPlumbing.DroppedArguments(call.ArgumentList, replacement);
            editor.ReplaceNode(call, replacement);
            DeadPlumbing.Remove(editor, DeadPlumbing.Find(editor.SemanticModel, dropped));
            return editor.GetChangedDocument();
        }
    }
}
