using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers
{
    /// <summary>CFA3xxx: PowerShell sign-ins with a user credential, in C#-hosted PowerShell and in script files.</summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor CFA3001HostedPowerShellSignIn = RuleFactory.Create(
            "CFA3001",
            title: "Hosted PowerShell signs in with a user credential",
            messageFormat: "'{0}' ({1}) signs in with a user name and password, which fails when MFA is enforced; use {2}",
            category: DiagnosticCategories.PowerShellSignIn,
            description: "C# code that hosts PowerShell (System.Management.Automation) runs a module sign-in cmdlet such as Connect-MsolService, Connect-AzureAD, Connect-AzAccount, Connect-ExchangeOnline, Connect-SPOService, Connect-PnPOnline or Connect-MicrosoftTeams with a user credential (AddCommand/AddParameter, AddScript text, Command objects, CreatePipeline). These sign-ins cannot satisfy multi-factor authentication. Use the cmdlet's token, certificate or managed-identity parameter set.");

        public static readonly DiagnosticDescriptor CFA3002ScriptSignIn = RuleFactory.Create(
            "CFA3002",
            title: "PowerShell script signs in with a user credential",
            messageFormat: "'{0}' ({1}) signs in with a user name and password, which fails when MFA is enforced; use {2}",
            category: DiagnosticCategories.PowerShellSignIn,
            description: "A .ps1 or .psm1 file included as AdditionalFiles runs a module sign-in cmdlet with a user credential (-Credential, a parameter prefix, a positional argument or a splatted hashtable). These sign-ins cannot satisfy multi-factor authentication. Use the cmdlet's token, certificate or managed-identity parameter set.");

        public static readonly DiagnosticDescriptor CFA3003PlainTextPassword = RuleFactory.Create(
            "CFA3003",
            title: "PowerShell credential built from a plain-text password",
            messageFormat: "'{0}' builds a credential from a password written in the code; read a token or certificate from a secret store instead",
            category: DiagnosticCategories.StoredCredential,
            description: "ConvertTo-SecureString with -AsPlainText and a literal string (in a .ps1 file or a script in a C# string), or a C# PSCredential whose password comes from a string literal, puts a password into the source. It is readable by anyone who can read the source, and the user sign-in it feeds fails under MFA.");

        public static readonly DiagnosticDescriptor CFA3004RetiredModule = RuleFactory.Create(
            "CFA3004",
            title: "PowerShell imports a retired module",
            messageFormat: "Module '{0}' is retired; migrate to {1}",
            category: DiagnosticCategories.PowerShellSignIn,
            description: "MSOnline, AzureAD and AzureADPreview were deprecated on March 30, 2024, AzureRM on February 29, 2024; SharePointPnPPowerShellOnline and SkypeOnlineConnector are archived or retired. Their sign-ins do not support the token flows that work under MFA, and their cmdlets have replacements in Microsoft Graph PowerShell, Az, PnP.PowerShell and MicrosoftTeams.",
            severity: DiagnosticSeverity.Info);
    }
}
