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

        public static readonly DiagnosticDescriptor CFA1002AzureIdentityUsernamePassword = RuleFactory.Create(
            "CFA1002",
            title: "Azure.Identity credential that signs in with a user name and password",
            messageFormat: "'{0}' signs in with a user name and password (ROPC), which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "Azure.Identity's UsernamePasswordCredential uses the Resource Owner Password Credentials grant, which cannot satisfy multi-factor authentication. Use a credential that needs no user password (DefaultAzureCredential, managed identity, a client certificate) or an interactive or device-code credential.");

        public static readonly DiagnosticDescriptor CFA1003AzureEnvironmentPassword = RuleFactory.Create(
            "CFA1003",
            title: "AZURE_USERNAME/AZURE_PASSWORD set for Azure.Identity's EnvironmentCredential",
            messageFormat: "Setting '{0}' makes EnvironmentCredential and DefaultAzureCredential sign in with a user name and password, which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "EnvironmentCredential (also part of DefaultAzureCredential) signs in with the Resource Owner Password Credentials grant when AZURE_USERNAME and AZURE_PASSWORD are set. Azure.Identity marked these variables obsolete in 1.14.0. Set AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_TENANT_ID and AZURE_CLIENT_ID) or use managed identity.");

        public static readonly DiagnosticDescriptor CFA1004AdalUserPassword = RuleFactory.Create(
            "CFA1004",
            title: "ADAL token acquisition with a user name and password",
            messageFormat: "'{0}' signs in with a user name and password through ADAL (ROPC), which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "ADAL's UserPasswordCredential, passed to AcquireTokenAsync, uses the Resource Owner Password Credentials grant, which cannot satisfy multi-factor authentication. ADAL is out of support; move to MSAL with a refresh token from a secret store (Secure Application Model) or an interactive or device-code sign-in.");

        public static readonly DiagnosticDescriptor CFA1005AzureManagementUserLogin = RuleFactory.Create(
            "CFA1005",
            title: "Legacy Azure management sign-in with a user name and password",
            messageFormat: "'{0}' signs in to Azure management with a user name and password, which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "UserTokenProvider.LoginSilentAsync with a user name and password (Microsoft.Rest.ClientRuntime.Azure.Authentication) and the Fluent SDK's AzureCredentialsFactory.FromUser / AzureCredentials(UserLoginInformation, ...) use the Resource Owner Password Credentials grant. Azure Resource Manager enforces MFA for user sign-ins. Use a service principal with a certificate, managed identity, or a Secure Application Model token.");

        public static readonly DiagnosticDescriptor CFA1006PartnerCenterPasswordToken = RuleFactory.Create(
            "CFA1006",
            title: "Partner Center App+User credentials built from a password sign-in",
            messageFormat: "'{0}' is given a token obtained with a user name and password; Partner Center App+User calls enforce MFA, so use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "PartnerCredentials.GenerateByUserCredentials(Async) receives an AuthenticationToken that was obtained, in the same method, with a password grant (MSAL AcquireTokenByUsernamePassword or ADAL UserPasswordCredential). Partner Center enforces MFA on every App+User call, so the token is rejected. Obtain the token with the Secure Application Model refresh-token exchange instead.");

        public static readonly DiagnosticDescriptor CFA1007GraphAuthUsernamePassword = RuleFactory.Create(
            "CFA1007",
            title: "Microsoft.Graph.Auth user name and password provider",
            messageFormat: "'{0}' signs in to Microsoft Graph with a user name and password (ROPC), which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.PasswordGrant,
            description: "Microsoft.Graph.Auth's UsernamePasswordProvider and WithUsernamePassword use MSAL's Resource Owner Password Credentials grant, which cannot satisfy multi-factor authentication. The package never left preview; use an Azure.Identity credential with GraphServiceClient.");
    }
}
