using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3001: C# that hosts PowerShell (System.Management.Automation) and signs in with a user credential: a catalog cmdlet (<see cref="Catalog.PowerShellSignInCatalog"/>) added with <c>AddCommand</c> or as a <c>Command</c> object with its credential parameter, or in script text given to <c>AddScript</c>, <c>CreatePipeline</c> or <c>ScriptBlock.Create</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3001HostedPowerShellSignInAnalyzer : PowerShellRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA3001HostedPowerShellSignIn;

        private protected override bool ReadsScriptFiles => false;

        private protected override bool ReadsHostedCode => true;
    }
}
