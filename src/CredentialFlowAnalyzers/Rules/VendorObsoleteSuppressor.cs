using System.Collections.Immutable;
using System.Threading;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// MSAL marks AcquireTokenByUsernamePassword and Azure.Identity marks UsernamePasswordCredential <c>[Obsolete]</c>,
    /// so the compiler's CS0618 appears on the very call a CFA rule reports, saying less (no replacement, no MFA). This
    /// suppresses CS0618 only where the obsolete member is a catalog password sign-in and the rule that reports it is
    /// on for that file; every other CS0618 stays. <c>cfa.suppress_vendor_obsolete = false</c> keeps both warnings.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VendorObsoleteSuppressor : DiagnosticSuppressor
    {
        /// <summary>The <c>.editorconfig</c>/<c>.globalconfig</c> switch; anything but <c>false</c> leaves the suppression on.</summary>
        public const string Option = "cfa.suppress_vendor_obsolete";

        public static readonly SuppressionDescriptor ObsoleteSignIn = new SuppressionDescriptor(
            "CFAS0618",
            "CS0618",
            "A CredentialFlowAnalyzers rule reports this password sign-in and says what to use instead");

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(ObsoleteSignIn);

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            KnownApiSymbols? catalog = null;
            foreach (Diagnostic diagnostic in context.ReportedDiagnostics)
            {
                if (diagnostic.Location.SourceTree is not { } tree || !SwitchedOn(context.Options, tree))
                {
                    continue;
                }

                catalog ??= KnownApiSymbols.For(context.Compilation);
                if (catalog.IsEmpty)
                {
                    return;
                }

                SyntaxNode node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (SignIn(catalog, context.GetSemanticModel(tree), node, context.CancellationToken) is { } api
                    && RuleIsOn(context.Compilation, tree, api.RuleId, context.CancellationToken))
                {
                    context.ReportSuppression(Suppression.Create(ObsoleteSignIn, diagnostic));
                }
            }
        }

        private static bool SwitchedOn(AnalyzerOptions options, SyntaxTree tree) =>
            !options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(Option, out string? value)
            || !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The catalog sign-in the CS0618 location names: the member itself (<c>app.AcquireTokenByUsernamePassword</c>),
        /// or, for an obsolete type in <c>new UsernamePasswordCredential(...)</c>, the constructor called.
        /// </summary>
        private static KnownApi? SignIn(KnownApiSymbols catalog, SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            for (SyntaxNode? current = node; current != null; current = current.Parent)
            {
                SymbolInfo info = model.GetSymbolInfo(current, cancellationToken);
                ISymbol? symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
                if (catalog.TryGet(symbol, out KnownApi api) && api.Role == ApiRole.PasswordSignIn)
                {
                    return api;
                }

                bool partOfTheName = current.Parent is NameSyntax
                    || (current.Parent is MemberAccessExpressionSyntax access && access.Name == current)
                    || (current.Parent is BaseObjectCreationExpressionSyntax && current is TypeSyntax);
                if (!partOfTheName)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>False when <c>.editorconfig</c>, a global config or the project turned the reporting rule off for this file.</summary>
        private static bool RuleIsOn(Compilation compilation, SyntaxTree tree, string ruleId, CancellationToken cancellationToken)
        {
            CompilationOptions options = compilation.Options;
            ReportDiagnostic report = options.SpecificDiagnosticOptions.TryGetValue(ruleId, out ReportDiagnostic specific) ? specific : ReportDiagnostic.Default;
            if (options.SyntaxTreeOptionsProvider is { } provider)
            {
                if (provider.TryGetDiagnosticValue(tree, ruleId, cancellationToken, out ReportDiagnostic forTree))
                {
                    report = forTree;
                }
                else if (provider.TryGetGlobalDiagnosticValue(ruleId, cancellationToken, out ReportDiagnostic global))
                {
                    report = global;
                }
            }

            return report != ReportDiagnostic.Suppress;
        }
    }
}
