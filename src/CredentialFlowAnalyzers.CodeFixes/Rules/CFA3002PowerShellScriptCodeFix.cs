using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Rewrites a sign-in in a <c>.ps1</c>/<c>.psm1</c> additional document to the cmdlet's token parameter set, with
    /// the token read from a clearly named <c>$env:</c> variable, and removes the lines that only built the
    /// credential. A code fix on an additional document (Roslyn 4.5+ hosts).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA3002PowerShellScriptCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".ps1", ".psm1" }), Shared]
    public sealed class CFA3002PowerShellScriptCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(Descriptors.CFA3002ScriptSignIn.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            TextDocument document = context.TextDocument;
            SourceText source = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            PsScript script = PsScript.Parse(source.ToString());
            var findings = PowerShellSignInFinder.Find(script);

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                PsFinding? finding = findings.FirstOrDefault(f => f.Kind == PsFindingKind.SignIn && f.Start == diagnostic.Location.SourceSpan.Start);
                if (finding?.Cmdlet?.Fix is not { } fix || PowerShellSignInRewriter.Rewrite(script, finding) is not { } rewritten)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + fix.Cmdlet + " without a password (app credentials or token from environment variables)",
                        ct => Task.FromResult(document.Project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(rewritten, source.Encoding, source.ChecksumAlgorithm))),
                        EquivalenceKeys.CFA3002TokenParameterSet),
                    diagnostic);
            }
        }
    }
}
