using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// The script front end of the PowerShell rules: <c>.ps1</c>/<c>.psm1</c> additional files, tokenized and matched
    /// once per file for all the rules (CFA3002, CFA3003, CFA3004); each rule registers through <see cref="Register"/>
    /// and reports its own id from the shared result.
    /// </summary>
    internal static class ScriptFileFindings
    {
        private static readonly ConditionalWeakTable<Compilation, Scripts> Cache = new ConditionalWeakTable<Compilation, Scripts>();

        public static void Register(AnalysisContext context, DiagnosticDescriptor rule) =>
            context.RegisterAdditionalFileAction(file =>
            {
                if (!PowerShellDiagnostics.IsScriptPath(file.AdditionalFile.Path))
                {
                    return;
                }

                ImmutableArray<Diagnostic> diagnostics = Cache.GetOrCreateValue(file.Compilation).For(file.AdditionalFile, file.CancellationToken);
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    if (diagnostic.Id == rule.Id)
                    {
                        file.ReportDiagnostic(diagnostic);
                    }
                }
            });

        /// <summary>The findings of each script file of one compilation, each computed once however many rules ask.</summary>
        private sealed class Scripts
        {
            private readonly ConcurrentDictionary<AdditionalText, ImmutableArray<Diagnostic>> _byFile = new ConcurrentDictionary<AdditionalText, ImmutableArray<Diagnostic>>();

            // Only a finished scan is kept (a cancelled one is not); two rules asking at once may both scan, and agree.
            public ImmutableArray<Diagnostic> For(AdditionalText script, CancellationToken cancellationToken) =>
                _byFile.TryGetValue(script, out ImmutableArray<Diagnostic> found) ? found : _byFile.GetOrAdd(script, Find(script, cancellationToken));
        }

        private static ImmutableArray<Diagnostic> Find(AdditionalText script, CancellationToken cancellationToken)
        {
            if (script.GetText(cancellationToken) is not { } source)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            ImmutableArray<Diagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (PsFinding finding in PowerShellSignInFinder.Find(source.ToString()))
            {
                var span = TextSpan.FromBounds(finding.Start, finding.End);
                Location location = Location.Create(script.Path, span, source.Lines.GetLinePositionSpan(span));
                diagnostics.Add(PowerShellDiagnostics.Create(finding, location, Descriptors.CFA3002ScriptSignIn, null));
            }

            return diagnostics.ToImmutable();
        }
    }
}
