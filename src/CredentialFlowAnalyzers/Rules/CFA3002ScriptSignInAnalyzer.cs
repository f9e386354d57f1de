using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3002: a catalog cmdlet (<see cref="PowerShellSignInCatalog"/>) that signs in with a user credential in a <c>.ps1</c>/<c>.psm1</c> file passed as an additional file.
    /// The PowerShell rules share one matcher and one pass per member or file (see <see cref="HostedPowerShellFindings"/>
    /// and <see cref="ScriptFileFindings"/>); each reports only its own id, so batch fixes see one rule per analyzer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3002ScriptSignInAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = Descriptors.CFA3002ScriptSignIn;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            ScriptFileFindings.Register(context, Rule);
        }
    }
}
