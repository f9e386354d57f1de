using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3004 (Info): a retired module imported (<c>Import-Module</c>, <c>#Requires -Modules</c>, <c>InitialSessionState.ImportPSModule</c>) in a script file or in C# that hosts PowerShell.
    /// The PowerShell rules share one matcher and one pass per member or file (see <see cref="HostedPowerShellFindings"/>
    /// and <see cref="ScriptFileFindings"/>); each reports only its own id, so batch fixes see one rule per analyzer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3004RetiredModuleAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = Descriptors.CFA3004RetiredModule;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            ScriptFileFindings.Register(context, Rule);
            context.RegisterCompilationStartAction(start => HostedPowerShellFindings.Register(start, Rule));
        }
    }
}
