using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA3003: a PowerShell credential built from a password written in the code: <c>ConvertTo-SecureString 'text' -AsPlainText</c> in a script file or in script text in C#, and <c>new PSCredential(user, literal)</c> in C#.
    /// The PowerShell rules share one matcher and one pass per member or file (see <see cref="HostedPowerShellFindings"/>
    /// and <see cref="ScriptFileFindings"/>); each reports only its own id, so batch fixes see one rule per analyzer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3003PlainTextPasswordAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = Descriptors.CFA3003PlainTextPassword;

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
