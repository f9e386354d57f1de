using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// Base of the PowerShell rules (CFA3001–CFA3004): one id each, over the shared findings of C# that hosts
    /// PowerShell (<see cref="HostedPowerShellFindings"/>) and of script files (<see cref="ScriptFileFindings"/>).
    /// Each front end runs once per member or file however many rules read it; each rule reports its own id.
    /// </summary>
    public abstract class PowerShellRuleAnalyzer : SingleRuleAnalyzer
    {
        /// <summary>The rule reads <c>.ps1</c>/<c>.psm1</c> additional files.</summary>
        private protected abstract bool ReadsScriptFiles { get; }

        /// <summary>The rule reads C# that hosts PowerShell (commands, script text, credentials, module imports).</summary>
        private protected abstract bool ReadsHostedCode { get; }

        private protected sealed override void Register(AnalysisContext context)
        {
            if (ReadsScriptFiles)
            {
                ScriptFileFindings.Register(context, Rule);
            }

            if (ReadsHostedCode)
            {
                context.RegisterCompilationStartAction(start => HostedPowerShellFindings.Register(start, Rule));
            }
        }
    }
}
