using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Several of the package's analyzers run as one, for tests whose expectations span ids of one family. The package
    /// has one analyzer per diagnostic id (batch fixers run the analyzers of one id); a family stands for what a build
    /// runs together.
    /// </summary>
    public abstract class AnalyzerFamily : DiagnosticAnalyzer
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _members;

        protected AnalyzerFamily(params DiagnosticAnalyzer[] members)
        {
            _members = members.ToImmutableArray();
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _members.SelectMany(m => m.SupportedDiagnostics).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            foreach (DiagnosticAnalyzer member in _members)
            {
                member.Initialize(context);
            }
        }
    }

    /// <summary>CFA3001–CFA3004: hosted PowerShell and script files.</summary>
    public sealed class PowerShellRules : AnalyzerFamily
    {
        public PowerShellRules()
            : base(new CFA3001HostedPowerShellSignInAnalyzer(), new CFA3002ScriptSignInAnalyzer(), new CFA3003PlainTextPasswordAnalyzer(), new CFA3004RetiredModuleAnalyzer())
        {
        }
    }

    /// <summary>CFA4002 and CFA4003: MailKit password sign-ins to a Microsoft 365 host or to a host the code does not name.</summary>
    public sealed class MailKitRules : AnalyzerFamily
    {
        public MailKitRules()
            : base(new CFA4002MailKitPasswordAnalyzer(), new CFA4003MailKitUnknownHostAnalyzer())
        {
        }
    }
}
