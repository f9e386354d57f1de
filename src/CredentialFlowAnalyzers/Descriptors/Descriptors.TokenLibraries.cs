using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers
{
    /// <summary>
    /// Every diagnostic descriptor of the package. One partial file per rule family (CFA1xxx, CFA2xxx, ...).
    /// Message arguments are symbol display strings and catalog texts, never values found in the code.
    /// </summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor CFA1001MsalUsernamePassword = RuleFactory.Create(
            "CFA1001",
            title: "MSAL token acquisition with a user name and password",
            messageFormat: "'{0}' signs in with a user name and password (ROPC), which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "MSAL's AcquireTokenByUsernamePassword (public and confidential clients) uses the Resource Owner Password Credentials grant, which cannot satisfy multi-factor authentication. Use a refresh token kept in a secret store (Secure Application Model), app-only authentication, or an interactive or device-code sign-in.");
    }
}
