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
    /// Replaces <c>new UsernamePasswordCredential(username, password, tenantId, clientId[, options])</c>. First (what
    /// <c>dotnet format</c> applies): <c>new DefaultAzureCredential()</c>, which needs no user password and runs
    /// unattended (managed identity, workload identity, a certificate from AZURE_CLIENT_CERTIFICATE_PATH) and on a
    /// developer machine. Then <c>InteractiveBrowserCredential</c> (tenant, client, user as login hint) and
    /// <c>DeviceCodeCredential</c> (tenant, client). A variable or field declared as <c>UsernamePasswordCredential</c>
    /// becomes <c>TokenCredential</c>. The password, and the plumbing that only fed the dropped arguments, go. Each
    /// rewrite is offered only when the document still compiles with it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA1002AzureIdentityUsernamePasswordCodeFix)), Shared]
    public sealed class CFA1002AzureIdentityUsernamePasswordCodeFix : CredentialCodeFixProvider
    {
        public CFA1002AzureIdentityUsernamePasswordCodeFix()
            : base(Descriptors.CFA1002AzureIdentityUsernamePassword)
        {
        }

        protected override async Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            if (FixHelpers.FlaggedNode(root, diagnostic) is not BaseObjectCreationExpressionSyntax creation
                || model.GetOperation(creation, context.CancellationToken) is not IObjectCreationOperation operation
                || !KnownApiSymbols.For(model.Compilation).TryGet(operation.Constructor, Descriptors.CFA1002AzureIdentityUsernamePassword.Id, out KnownApi api)
                || api.Fix != FixKind.AzureIdentityUsernamePassword)
            {
                return;
            }

            await TryRegisterAsync(context, diagnostic, creation, operation, Action.DefaultAzureCredential).ConfigureAwait(false);
            await TryRegisterAsync(context, diagnostic, creation, operation, Action.InteractiveBrowser).ConfigureAwait(false);
            await TryRegisterAsync(context, diagnostic, creation, operation, Action.DeviceCode).ConfigureAwait(false);
        }

        private enum Action
        {
            DefaultAzureCredential,
            InteractiveBrowser,
            DeviceCode,
        }

        private static async Task TryRegisterAsync(CodeFixContext context, Diagnostic diagnostic, BaseObjectCreationExpressionSyntax creation, IObjectCreationOperation operation, Action action)
        {
            KnownApiSymbols known = KnownApiSymbols.For(operation.SemanticModel!.Compilation);
            (string credentialName, string? optionsName, string title, string key) = action switch
            {
                Action.DefaultAzureCredential => (KnownTypes.AzureDefaultAzureCredential, (string?)null, "Use DefaultAzureCredential (managed identity, certificate or developer sign-in; no password)", EquivalenceKeys.CFA1002DefaultAzureCredential),
                Action.InteractiveBrowser => (KnownTypes.AzureInteractiveBrowserCredential, KnownTypes.AzureInteractiveBrowserCredentialOptions, "Use InteractiveBrowserCredential (MFA-capable sign-in)", EquivalenceKeys.CFA1002InteractiveBrowser),
                _ => (KnownTypes.AzureDeviceCodeCredential, KnownTypes.AzureDeviceCodeCredentialOptions, "Use DeviceCodeCredential (MFA-capable sign-in)", EquivalenceKeys.CFA1002DeviceCode),
            };

            // The options the new credential is given, and the constructor parameters they are filled from.
            var settings = action switch
            {
                Action.InteractiveBrowser => new[] { (ReplacementMembers.InteractiveBrowserTenantId, "tenantId"), (ReplacementMembers.InteractiveBrowserClientId, "clientId"), (ReplacementMembers.InteractiveBrowserLoginHint, "username") },
                Action.DeviceCode => new[] { (ReplacementMembers.DeviceCodeTenantId, "tenantId"), (ReplacementMembers.DeviceCodeClientId, "clientId") },
                _ => new (string, string)[0],
            };

            INamedTypeSymbol? credential = known.GetType(credentialName);
            INamedTypeSymbol? options = optionsName is null ? null : known.GetType(optionsName);
            INamedTypeSymbol? tokenCredential = known.GetType(KnownTypes.AzureTokenCredential);
            var optionValues = new List<(ISymbol Property, string Parameter)>();
            foreach ((string property, string parameter) in settings)
            {
                if (known.GetMember(property) is not { } resolved)
                {
                    return;
                }

                optionValues.Add((resolved, parameter));
            }

            if (credential is null || tokenCredential is null || (optionsName != null && options is null))
            {
                return;
            }

            Document changed = await RewriteAsync(context.Document, creation, operation, credential, options, optionValues, tokenCredential, context.CancellationToken).ConfigureAwait(false);
            if (await FixHelpers.IntroducesErrorsAsync(context.Document, changed, context.CancellationToken).ConfigureAwait(false))
            {
                return;
            }

            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(changed), key), diagnostic);
        }

        private static async Task<Document> RewriteAsync(
            Document document,
            BaseObjectCreationExpressionSyntax creation,
            IObjectCreationOperation operation,
            INamedTypeSymbol credential,
            INamedTypeSymbol? options,
            List<(ISymbol Property, string Parameter)> optionValues,
            INamedTypeSymbol tokenCredential,
            CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            SemanticModel model = editor.SemanticModel;

            var initializers = new List<ExpressionSyntax>();
            foreach ((ISymbol property, string parameter) in optionValues)
            {
                AddOption(initializers, property.Name, FixHelpers.ArgumentFor(operation.Arguments, parameter));
            }

            var arguments = new List<ArgumentSyntax>();
            if (options != null)
            {
                arguments.Add(SyntaxFactory.Argument(SyntaxFactory.ObjectCreationExpression(FixHelpers.TypeName(editor, options))
                    .WithArgumentList(initializers.Count == 0 ? SyntaxFactory.ArgumentList() : null)
                    .WithInitializer(initializers.Count == 0 ? null : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SeparatedList(initializers)))));
            }

            ExpressionSyntax replacement = SyntaxFactory.ObjectCreationExpression(FixHelpers.TypeName(editor, credential))
                .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
                .WithTriviaFrom(creation);

            // A declaration typed UsernamePasswordCredential keeps compiling as TokenCredential.
            if (DeclaredTypeOf(creation, model, cancellationToken) is { } declaredType
                && !declaredType.IsVar
                && model.GetTypeInfo(declaredType, cancellationToken).Type is INamedTypeSymbol declared
                && SymbolEqualityComparer.Default.Equals(declared, operation.Constructor?.ContainingType))
            {
                editor.ReplaceNode(declaredType, FixHelpers.TypeName(editor, tokenCredential).WithTriviaFrom(declaredType));
            }

            List<SyntaxNode> dropped = DeadPlumbing.DroppedArguments(creation.ArgumentList, replacement);
            editor.ReplaceNode(creation, replacement);
            DeadPlumbing.Remove(editor, DeadPlumbing.Find(model, dropped));
            return editor.GetChangedDocument();
        }

        private static void AddOption(List<ExpressionSyntax> initializers, string property, ExpressionSyntax? value)
        {
            if (value != null)
            {
                initializers.Add(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(property), value.WithoutTrivia()));
            }
        }

        /// <summary>
        /// The declared type of the variable or field <paramref name="creation"/> initializes (its whole initializer), or
        /// that <paramref name="creation"/> is assigned to (<c>_credential = new UsernamePasswordCredential(...)</c> in a
        /// constructor), when that declaration is in the same file and declares one variable.
        /// </summary>
        private static TypeSyntax? DeclaredTypeOf(ExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken)
        {
            SyntaxNode? parent = creation.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            if (parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment)
            {
                ISymbol? target = model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
                return target is IFieldSymbol or ILocalSymbol
                    && target.DeclaringSyntaxReferences is { Length: 1 } references
                    && references[0].SyntaxTree == creation.SyntaxTree
                    && references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } assigned }
                    ? assigned.Type
                    : null;
            }

            return parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } }
                ? declaration.Type
                : null;
        }
    }
}
