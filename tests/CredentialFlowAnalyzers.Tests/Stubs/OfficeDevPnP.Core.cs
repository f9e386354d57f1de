// Stub of NuGet package SharePointPnPCoreOnline (PnP-Sites-Core, assembly OfficeDevPnP.Core; retired in favour of
// PnP.Framework). Not served by this project's NuGet feed.
// Mirrors: pnp/PnP-Sites-Core Core/OfficeDevPnP.Core/AuthenticationManager.cs and its generated API docs
// (OfficeDevPnP.Core.AuthenticationManager.*.md), 3.x.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: the SharePoint CSOM stub in this folder (Microsoft.SharePoint.Client.cs) for ClientContext.
// Note: the SecureString GetAzureADCredentialsContext overload gained a trailing
// "KnownClientId clientId = KnownClientId.SPOManagementShell" parameter in later 3.x versions; the stub keeps the
// earlier shape. Later versions also add USGovernmentHigh/USGovernmentDoD to AzureEnvironment.
// MailUtility (OfficeDevPnP.Core.Utilities) mirrors Core/OfficeDevPnP.Core/Utilities/MailUtility.cs and its generated API
// docs (OfficeDevPnP.Core.Utilities.MailUtility.md: a non-static class with three static SendEmail overloads).
// Left out: ACS/ADAL helpers (GetAppOnlyAuthenticatedContext with realm/ACS host, GetAzureADNativeApplication...,
// GetAzureADWebApplication..., the StoreName/StoreLocation overload), token-cache members.
#nullable disable

namespace OfficeDevPnP.Core
{
    using System;
    using System.Security;
    using System.Security.Cryptography.X509Certificates;
    using Microsoft.SharePoint.Client;

    public enum AzureEnvironment
    {
        Production = 0,
        PPE = 1,
        China = 2,
        Germany = 3,
        USGovernment = 4,
    }

    public class AuthenticationManager : IDisposable
    {
        public AuthenticationManager() => throw null;

        // SharePointOnlineCredentials (IDCRL) with user name + password.
        public ClientContext GetSharePointOnlineAuthenticatedContextTenant(string siteUrl, string tenantUser, string tenantUserPassword) => throw null;
        public ClientContext GetSharePointOnlineAuthenticatedContextTenant(string siteUrl, string tenantUser, SecureString tenantUserPassword) => throw null;

        // Azure AD ROPC with user name + password.
        public ClientContext GetAzureADCredentialsContext(string siteUrl, string userPrincipalName, string userPassword) => throw null;
        public ClientContext GetAzureADCredentialsContext(string siteUrl, string userPrincipalName, SecureString userPassword, AzureEnvironment environment = AzureEnvironment.Production) => throw null;

        // On-premises NTLM/Kerberos.
        public ClientContext GetNetworkCredentialAuthenticatedContext(string siteUrl, string user, string password, string domain) => throw null;

        // App-only (near-misses: appSecret / certificatePassword are not user passwords).
        public ClientContext GetAppOnlyAuthenticatedContext(string siteUrl, string appId, string appSecret) => throw null;
        public ClientContext GetAzureADAppOnlyAuthenticatedContext(string siteUrl, string clientId, string tenant, string certificatePath, string certificatePassword, AzureEnvironment environment = AzureEnvironment.Production) => throw null;
        public ClientContext GetAzureADAppOnlyAuthenticatedContext(string siteUrl, string clientId, string tenant, string certificatePath, SecureString certificatePassword, AzureEnvironment environment = AzureEnvironment.Production) => throw null;
        public ClientContext GetAzureADAppOnlyAuthenticatedContext(string siteUrl, string clientId, string tenant, X509Certificate2 certificate, AzureEnvironment environment = AzureEnvironment.Production) => throw null;

        // Caller-supplied token (replacement target).
        public ClientContext GetAzureADAccessTokenAuthenticatedContext(string siteUrl, string accessToken) => throw null;

        public void Dispose() => throw null;
    }
}

namespace OfficeDevPnP.Core.Utilities
{
    using System.Collections.Generic;
    using System.Security;
    using Microsoft.SharePoint.Client;

    public class MailUtility
    {
        public MailUtility() => throw null;

        // Office 365 SMTP (SmtpClient with NetworkCredential(fromAddress, fromUserPassword)); servername is usually smtp.office365.com.
        public static void SendEmail(string servername, string fromAddress, string fromUserPassword, IEnumerable<string> to, IEnumerable<string> cc, string subject, string body, bool sendAsync = false, object asyncUserToken = null) => throw null;
        public static void SendEmail(string servername, string fromAddress, SecureString fromUserPassword, IEnumerable<string> to, IEnumerable<string> cc, string subject, string body, bool sendAsync = false, object asyncUserToken = null) => throw null;

        // SharePoint's own SendEmail utility on an existing context (near-miss: no password).
        public static void SendEmail(ClientContext context, IEnumerable<string> to, IEnumerable<string> cc, string subject, string body) => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Core
{
    using System.Security;
    using Microsoft.SharePoint.Client;

    public class AuthenticationManager
    {
        public ClientContext GetSharePointOnlineAuthenticatedContextTenant(string siteUrl, string tenantUser, string tenantUserPassword) => throw null;
        public ClientContext GetSharePointOnlineAuthenticatedContextTenant(string siteUrl, string tenantUser, SecureString tenantUserPassword) => throw null;
        public ClientContext GetAzureADCredentialsContext(string siteUrl, string userPrincipalName, string userPassword) => throw null;
        public ClientContext GetAzureADAccessTokenAuthenticatedContext(string siteUrl, string accessToken) => throw null;
    }

    public class MailUtility
    {
        public static void SendEmail(string servername, string fromAddress, string fromUserPassword, System.Collections.Generic.IEnumerable<string> to, System.Collections.Generic.IEnumerable<string> cc, string subject, string body, bool sendAsync = false, object asyncUserToken = null) => throw null;
    }
}
