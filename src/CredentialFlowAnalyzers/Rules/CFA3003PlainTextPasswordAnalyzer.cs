using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3003: a PowerShell credential built from a password written in the code: <c>ConvertTo-SecureString 'text' -AsPlainText</c> in a script file or in script text in C#, and <c>new PSCredential(user, literal)</c> in C#.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3003PlainTextPasswordAnalyzer : PowerShellRuleAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA3003PlainTextPassword;

        private protected override bool ReadsScriptFiles => true;

        private protected override bool ReadsHostedCode => true;
    }
}
