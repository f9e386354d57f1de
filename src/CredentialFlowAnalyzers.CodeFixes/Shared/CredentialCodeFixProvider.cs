using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Base of the C# code fixes: fixes the diagnostics of the rules given to the constructor (a diagnostic of another id,
    /// which <c>dotnet format</c> may hand over, gets nothing), supports Fix All site by site
    /// (<see cref="CredentialFixAllProvider"/>), fetches the syntax root and semantic model once per context (nothing is
    /// offered when either is missing), hands each diagnostic to <see cref="RegisterFixesAsync"/>, and gives the first
    /// action registered for a diagnostic the id's recommended equivalence key (<see cref="EquivalenceKeys.Recommended"/>).
    /// A concrete fix still carries its own <c>[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(...)), Shared]</c>.
    /// </summary>
    public abstract class CredentialCodeFixProvider : CodeFixProvider
    {
        protected CredentialCodeFixProvider(params DiagnosticDescriptor[] rules)
        {
            FixableDiagnosticIds = rules.Select(r => r.Id).ToImmutableArray();
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => CredentialFixAllProvider.Instance;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue;
                }

                // Collect this diagnostic's actions, then offer them with the first one under the recommended key.
                var actions = new List<CodeAction>();
                var collecting = new CodeFixContext(context.Document, diagnostic, (action, _) => actions.Add(action), context.CancellationToken);
                await RegisterFixesAsync(collecting, diagnostic, root, model).ConfigureAwait(false);
                for (int i = 0; i < actions.Count; i++)
                {
                    CodeAction action = actions[i];
                    string recommended = EquivalenceKeys.Recommended(diagnostic.Id);
                    if (i == 0 && action.EquivalenceKey != recommended)
                    {
                        action = new RecommendedAction(action, recommended);
                    }

                    context.RegisterCodeFix(action, diagnostic);
                }
            }
        }

        /// <summary>
        /// Registers the actions for one diagnostic of <paramref name="context"/>, safest first (the first registered
        /// action is the one <c>dotnet format</c> applies); registers nothing when no safe rewrite exists.
        /// </summary>
        protected abstract Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model);

        /// <summary>An action offered under another equivalence key: same title, same changes.</summary>
        private sealed class RecommendedAction : CodeAction
        {
            private readonly CodeAction _inner;

            public RecommendedAction(CodeAction inner, string equivalenceKey)
            {
                _inner = inner;
                EquivalenceKey = equivalenceKey;
            }

            public override string Title => _inner.Title;

            public override string EquivalenceKey { get; }

            protected override async Task<IEnumerable<CodeActionOperation>> ComputeOperationsAsync(CancellationToken cancellationToken) =>
                await _inner.GetOperationsAsync(cancellationToken).ConfigureAwait(false);

            protected override async Task<IEnumerable<CodeActionOperation>> ComputePreviewOperationsAsync(CancellationToken cancellationToken) =>
                await _inner.GetPreviewOperationsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
