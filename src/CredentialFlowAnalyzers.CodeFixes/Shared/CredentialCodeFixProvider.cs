using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Base of the C# code fixes: fixes the diagnostics of the rules given to the constructor, supports Fix All with the
    /// batch fixer, fetches the syntax root and semantic model once per context (nothing is offered when either is
    /// missing), and hands each diagnostic to <see cref="RegisterFixesAsync"/>. A concrete fix still carries its own
    /// <c>[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(...)), Shared]</c>.
    /// </summary>
    public abstract class CredentialCodeFixProvider : CodeFixProvider
    {
        protected CredentialCodeFixProvider(params DiagnosticDescriptor[] rules)
        {
            FixableDiagnosticIds = rules.Select(r => r.Id).ToImmutableArray();
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                await RegisterFixesAsync(context, diagnostic, root, model).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Registers the actions for one diagnostic of <paramref name="context"/>, safest first (the first registered
        /// action is the one <c>dotnet format</c> applies); registers nothing when no safe rewrite exists.
        /// </summary>
        protected abstract Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model);
    }
}
