// Stub of NuGet package PnP.Framework 1.x (assembly PnP.Framework). Not served by this project's NuGet feed.
// Mirrors: pnp/pnpframework src/lib/PnP.Framework/AuthenticationManager.cs (commit d452376; the members below,
// their parameter names, optional values and order).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: Microsoft.Identity.Client 4.92.0 (real MSAL: ITokenCache, DeviceCodeResult, UserAssertion,
// Extensibility.ICustomWebUi) and the SharePoint CSOM stub in this folder (Microsoft.SharePoint.Client.cs).
// Note: the reference doc (commit 21f1a18) lists a trailing "bool useWAM = false" on
// CreateWithInteractiveLogin(clientId, redirectUrl, ...); the source read for this stub does not have it, so it is omitted.
// Left out: CreateWithManagedIdentity (ManagedIdentityType not verified), CreateWithPnPCoreSdk (PnP.Core types),
// GetAccessTokenAsync overloads, the GetACSAppOnlyContext realm/ACS-host overload, custom-cloud endpoint helpers,
// KnownClientId and the CLIENTID_* constants.
#nullable disable

namespace PnP.Framework
{
    using System;
    using System.Net;
    using System.Security;
    using System.Security.Cryptography.X509Certificates;
    using System.Threading;
    using System.Threading.Tasks;
    using Microsoft.Identity.Client;
    using Microsoft.Identity.Client.Extensibility;
    using Microsoft.SharePoint.Client;

    public enum AzureEnvironment
    {
        Production = 0,
        PPE = 1,
        China = 2,
        Germany = 3,
        USGovernment = 4,
        USGovernmentHigh = 5,
        USGovernmentDoD = 6,
        Custom = 100,
    }

    public class AuthenticationManager : IDisposable
    {
        // ---- static factories ----
        public static AuthenticationManager CreateWithAccessToken(SecureString accessToken) => throw null;

        public static AuthenticationManager CreateWithDeviceLogin(string clientId, Func<DeviceCodeResult, Task> deviceCodeCallback, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public static AuthenticationManager CreateWithDeviceLogin(string clientId, string tenantId, Func<DeviceCodeResult, Task> deviceCodeCallback, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;

        public static AuthenticationManager CreateWithInteractiveLogin(string clientId, Action<string, int> openBrowserCallback, string tenantId = null, string successMessageHtml = null, string failureMessageHtml = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public static AuthenticationManager CreateWithInteractiveLogin(string clientId, string redirectUrl = null, string tenantId = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null, ICustomWebUi customWebUi = null) => throw null;

        // ROPC (user name + password) — what the rules flag.
        public static AuthenticationManager CreateWithCredentials(string username, SecureString password, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public static AuthenticationManager CreateWithCredentials(string clientId, string username, SecureString password, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;

        public static AuthenticationManager CreateWithCertificate(string clientId, X509Certificate2 certificate, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        // Near-miss: certificatePassword protects a certificate file, not a user.
        public static AuthenticationManager CreateWithCertificate(string clientId, string certificatePath, string certificatePassword, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public static AuthenticationManager CreateWithCertificate(string clientId, StoreName storeName, StoreLocation storeLocation, string thumbPrint, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;

        public static AuthenticationManager CreateWithOnBehalfOf(string clientId, string clientSecret, UserAssertion userAssertion, string tenantId = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;

        // ---- constructors (twins of the factories) ----
        public AuthenticationManager() => throw null;
        public AuthenticationManager(SecureString accessToken) => throw null;
        public AuthenticationManager(string username, SecureString password, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, string username, SecureString password, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, Action<string, int> openBrowserCallback, string tenantId = null, string successMessageHtml = null, string failureMessageHtml = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, string redirectUrl = null, string tenantId = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null, ICustomWebUi customWebUi = null) => throw null;
        public AuthenticationManager(string clientId, Func<DeviceCodeResult, Task> deviceCodeCallback, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, string tenantId, Func<DeviceCodeResult, Task> deviceCodeCallback, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, X509Certificate2 certificate, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, string certificatePath, string certificatePassword, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, StoreName storeName, StoreLocation storeLocation, string thumbPrint, string tenantId, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;

        // ---- context acquisition ----
        public ClientContext GetContext(string siteUrl) => throw null;
        public ClientContext GetContext(string siteUrl, CancellationToken cancellationToken) => throw null;
        public Task<ClientContext> GetContextAsync(string siteUrl) => throw null;
        public Task<ClientContext> GetContextAsync(string siteUrl, CancellationToken cancellationToken) => throw null;

        public ClientContext GetAccessTokenContext(string siteUrl, Func<string, string> accessTokenGetter) => throw null;
        public ClientContext GetAccessTokenContext(string siteUrl, string accessToken) => throw null;

        // On-premises (NetworkCredential; not an Entra flow).
        public ClientContext GetOnPremisesContext(string siteUrl, string userName, SecureString password) => throw null;
        public ClientContext GetOnPremisesContext(string siteUrl, ICredentials credentials) => throw null;
        public ClientContext GetOnPremisesContext(string siteUrl) => throw null;

        // SharePoint ACS app-only (near-miss: appSecret is an app secret).
        public ClientContext GetACSAppOnlyContext(string siteUrl, string appId, string appSecret) => throw null;
        public ClientContext GetACSAppOnlyContext(string siteUrl, string appId, string appSecret, AzureEnvironment environment = AzureEnvironment.Production) => throw null;

        public void ClearTokenCache() => throw null;
        public Task ClearTokenCacheAsync() => throw null;
        protected virtual void Dispose(bool disposing) => throw null;
        public void Dispose() => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace (System.Net.AuthenticationManager is another).
namespace Decoy.Framework
{
    using System;
    using System.Security;
    using System.Threading.Tasks;
    using Microsoft.Identity.Client;
    using Microsoft.SharePoint.Client;
    using PnP.Framework;

    public class AuthenticationManager
    {
        public static AuthenticationManager CreateWithCredentials(string username, SecureString password, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public static AuthenticationManager CreateWithCredentials(string clientId, string username, SecureString password, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public AuthenticationManager(string clientId, string username, SecureString password, string redirectUrl = null, AzureEnvironment azureEnvironment = AzureEnvironment.Production, Action<ITokenCache> tokenCacheCallback = null) => throw null;
        public ClientContext GetContext(string siteUrl) => throw null;
        public Task<ClientContext> GetContextAsync(string siteUrl) => throw null;
    }
}
