using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers
{
    /// <summary>CFA2xxx: hand-rolled password grants and user passwords stored with the code or in configuration.</summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor CFA2001PasswordGrantRequest = RuleFactory.Create(
            "CFA2001",
            title: "Token request with grant_type=password",
            messageFormat: "This token request asks for grant_type=password (ROPC) and is sent through '{0}'; it fails when MFA is enforced. Exchange a refresh token kept in a secret store (grant_type=refresh_token) or use app-only authentication.",
            category: DiagnosticCategories.PasswordGrant,
            description: "A hand-built OAuth token request (form body, string body, RestSharp parameters or IdentityModel's PasswordTokenRequest) uses the Resource Owner Password Credentials grant, which cannot satisfy multi-factor authentication. Use the Secure Application Model: exchange a refresh token consented once with MFA and kept in a secret store, or authenticate app-only.");

        public static readonly DiagnosticDescriptor CFA2002HardCodedPassword = RuleFactory.Create(
            "CFA2002",
            title: "Hard-coded user password passed to a credential API",
            messageFormat: "A password written in the code reaches '{0}'; remove it from the source and read a secret at run time, or sign in without a user password",
            category: DiagnosticCategories.StoredCredential,
            description: "A string literal or constant reaches the password of a credential API (NetworkCredential, SecureString, PSCredential, a library's user-password sign-in). The password leaks with the source and the sign-in it feeds breaks when MFA is enforced.");

        public static readonly DiagnosticDescriptor CFA2003ConfiguredPassword = RuleFactory.Create(
            "CFA2003",
            title: "User password read from configuration passed to a credential API",
            messageFormat: "'{0}' receives a user password read from {1}; a stored user password cannot satisfy MFA, use a refresh token from a secret store or app-only authentication",
            category: DiagnosticCategories.StoredCredential,
            description: "A value read from IConfiguration, appSettings or an environment variable under a key that names a user password reaches the password of a credential API. Keeping a service account's password in configuration is the pattern that stops working when MFA is enforced. Informational: the sign-in the password feeds is reported as a warning by its own rule.",
            severity: DiagnosticSeverity.Info);
    }
}
