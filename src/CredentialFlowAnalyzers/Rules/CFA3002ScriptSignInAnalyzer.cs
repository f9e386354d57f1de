using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3002: a catalog cmdlet (<see cref="Catalog.PowerShellSignInCatalog"/>) that signs in with a user credential in a <c>.ps1</c>/<c>.psm1</c> file passed as an additional file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3002ScriptSignInAnalyzer : PowerShellRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA3002ScriptSignIn;

        private protected override bool ReadsScriptFiles => true;

        private protected override bool ReadsHostedCode => false;
    }
}
