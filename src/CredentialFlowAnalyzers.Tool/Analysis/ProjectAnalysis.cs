using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>
    /// Runs analyzers on one project the way the compiler does in a build: the project's compilation options (so
    /// <c>.editorconfig</c>/<c>.globalconfig</c> severities, <c>#pragma</c> and <c>[SuppressMessage]</c> apply) and its
    /// analyzer options (additional files, <c>cfa.*</c> options).
    /// </summary>
    internal static class ProjectAnalysis
    {
        /// <summary>The diagnostic id analyzers report when they throw.</summary>
        public const string AnalyzerExceptionId = "AD0001";

        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
        {
            if (analyzers.IsEmpty || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                return ImmutableArray<Diagnostic>.Empty;
            }

            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => !d.IsSuppressed).ToImmutableArray();
        }
    }
}
