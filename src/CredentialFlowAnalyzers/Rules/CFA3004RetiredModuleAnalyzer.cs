using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3004 (Info): a retired module imported (<c>Import-Module</c>, <c>#Requires -Modules</c>, <c>InitialSessionState.ImportPSModule</c>) in a script file or in C# that hosts PowerShell.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3004RetiredModuleAnalyzer : PowerShellRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA3004RetiredModule;

        private protected override bool ReadsScriptFiles => true;

        private protected override bool ReadsHostedCode => true;
    }
}
