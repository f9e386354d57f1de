using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1001: MSAL's <c>AcquireTokenByUsernamePassword</c> on public clients (every overload) and on confidential
    /// clients through <c>IByUsernameAndPassword</c>. The catalog rows (<c>FixKind.MsalUsernamePassword</c>) say which.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1001MsalUsernamePasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1001MsalUsernamePassword;
    }
}
