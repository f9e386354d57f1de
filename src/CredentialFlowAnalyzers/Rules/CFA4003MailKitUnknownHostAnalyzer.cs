using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4003 (Info): the MailKit password sign-ins of CFA4002 (its catalog rows) on a client whose host the code does
    /// not name as a constant (configuration, a parameter): it may be Microsoft 365. Same fix as CFA4002.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4003MailKitUnknownHostAnalyzer : MailKitSignInAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4003MailKitBasicAuthUnknownHost;

        private protected override HostKind ReportedHost => HostKind.Unknown;
    }
}
