using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers
{
    /// <summary>Rules driven by the user's own configuration rather than by the API catalog.</summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor CFA1900ConfiguredPasswordSignIn = RuleFactory.Create(
            "CFA1900",
            title: "Call to a method configured as a password sign-in",
            messageFormat: "'{0}' is configured as a password sign-in (cfa.password_sign_in_methods), which fails when MFA is enforced; sign in with a refresh token from a secret store, app-only authentication, or an interactive or device-code flow",
            category: DiagnosticCategories.PasswordGrant,
            description: "The method is listed in the cfa.password_sign_in_methods option: a method of your own code (or of a library the package does not know) that signs in with a user name and password. Every call to it breaks once MFA is enforced, like a direct call to an ROPC API.");
    }
}
