using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Diagnostics of one operation block, reported at its end, at most one per location. The CFA2xxx rules report
    /// where a value was written (a dictionary entry, a <c>foreach</c> collection), which may lie outside the operation
    /// that found it but always inside the same member; reporting from the block keeps them local to it, so IDE
    /// code fixes and Fix All see them.
    /// </summary>
    internal sealed class BlockDiagnostics
    {
        private readonly object _gate = new object();

        private volatile bool _sawSignIn;

        /// <summary>Set when the block passes a password to a sign-in (see <see cref="PasswordSinkAnalyzer"/>).</summary>
        public bool SawSignIn
        {
            get => _sawSignIn;
            set => _sawSignIn = value;
        }

        // Made on the first diagnostic: one of these exists per method body, and almost all stay empty.
        private Dictionary<TextSpan, Diagnostic>? _diagnostics;

        /// <summary>Keeps the first diagnostic for its location.</summary>
        public void Add(Diagnostic diagnostic)
        {
            lock (_gate)
            {
                _diagnostics ??= new Dictionary<TextSpan, Diagnostic>();
                TextSpan span = diagnostic.Location.SourceSpan;
                if (!_diagnostics.ContainsKey(span))
                {
                    _diagnostics.Add(span, diagnostic);
                }
            }
        }

        public void Flush(OperationBlockAnalysisContext context)
        {
            lock (_gate)
            {
                if (_diagnostics is null)
                {
                    return;
                }

                foreach (Diagnostic diagnostic in _diagnostics.Values)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
