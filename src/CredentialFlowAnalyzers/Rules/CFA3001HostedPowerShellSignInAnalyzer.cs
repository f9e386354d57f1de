using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3001: C# that hosts PowerShell (System.Management.Automation) and signs in with a user credential: a catalog cmdlet (<see cref="PowerShellSignInCatalog"/>) added with <c>AddCommand</c> or as a <c>Command</c> object with its credential parameter, or in script text given to <c>AddScript</c>, <c>CreatePipeline</c> or <c>ScriptBlock.Create</c>.
    /// The PowerShell rules share one matcher and one pass per member or file (see <see cref="HostedPowerShellFindings"/>
    /// and <see cref="ScriptFileFindings"/>); each reports only its own id, so batch fixes see one rule per analyzer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3001HostedPowerShellSignInAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = Descriptors.CFA3001HostedPowerShellSignIn;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => HostedPowerShellFindings.Register(start, Rule));
        }
    }
}
