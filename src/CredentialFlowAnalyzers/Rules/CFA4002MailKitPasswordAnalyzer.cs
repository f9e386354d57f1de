using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4002: MailKit <c>Authenticate</c>/<c>AuthenticateAsync</c> with a user name and password, an
    /// <c>ICredentials</c>, or a password SASL mechanism, on a client that connects to a Microsoft 365 host. A host the
    /// code does not name as a constant is CFA4003's; a constant non-Microsoft host is not reported (app passwords at
    /// other providers are their policy), nor is direct send (<c>*.mail.protection.outlook.com</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4002MailKitPasswordAnalyzer : MailKitSignInAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4002MailKitBasicAuth;

        private protected override HostKind ReportedHost => HostKind.Microsoft365;
    }
}
