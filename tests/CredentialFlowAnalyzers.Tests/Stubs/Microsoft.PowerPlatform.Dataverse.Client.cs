// Stub of NuGet package Microsoft.PowerPlatform.Dataverse.Client 1.x. Not served by this project's NuGet feed.
// Mirrors: microsoft/PowerPlatform-DataverseServiceClient src/GeneralTools/DataverseClient/Client/ServiceClient.cs
// (constructor signatures, parameter names and defaults) and Auth/PromptBehavior.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: Microsoft.Extensions.Logging.Abstractions 8.0.0 (real: ILogger) and the Microsoft.Xrm.Sdk stub
// in this folder (Microsoft.Xrm.Sdk.cs) for OrganizationDetail.
// Left out: certificate constructors, ServiceClient(ConnectionOptions, ...) / ConnectionOptions, the SecureString
// client-secret constructor, IOrganizationService(Async) members, Dataverse's own AuthenticationType enum.
#nullable disable

namespace Microsoft.PowerPlatform.Dataverse.Client
{
    using System;
    using System.Security;
    using System.Threading.Tasks;
    using Microsoft.Extensions.Logging;
    using Microsoft.PowerPlatform.Dataverse.Client.Auth;
    using Microsoft.Xrm.Sdk.Discovery;

    public class ServiceClient : IDisposable
    {
        // Connection string (AuthType=OAuth;Username=...;Password=... is ROPC; checked by string rules).
        public ServiceClient(string dataverseConnectionString, ILogger logger = null) => throw null;

        // Caller-managed token: the SAM hook (replacement target).
        public ServiceClient(Uri instanceUrl, Func<string, Task<string>> tokenProviderFunction, bool useUniqueInstance = true, ILogger logger = null) => throw null;

        // OAuth + user name + password = ROPC (online, discovery by region/org).
        public ServiceClient(string userId, SecureString password, string regionGeo, string orgName, bool useUniqueInstance, OrganizationDetail orgDetail,
            string clientId, Uri redirectUri, PromptBehavior promptBehavior = PromptBehavior.Auto, bool useDefaultCreds = false, string tokenCacheStorePath = null, ILogger logger = null) => throw null;

        // OAuth + user name + password = ROPC (online, direct host URI).
        public ServiceClient(string userId, SecureString password, Uri hostUri, bool useUniqueInstance,
            string clientId, Uri redirectUri, PromptBehavior promptBehavior = PromptBehavior.Auto, bool useDefaultCreds = false, string tokenCacheStorePath = null, ILogger logger = null) => throw null;

        // OAuth on-premises (AD FS).
        public ServiceClient(string userId, SecureString password, string domain, string hostName, string port, string orgName, bool useSsl, bool useUniqueInstance,
            OrganizationDetail orgDetail, string clientId, Uri redirectUri, PromptBehavior promptBehavior = PromptBehavior.Auto, string tokenCacheStorePath = null, ILogger logger = null) => throw null;

        // App-only with a client secret (replacement target).
        public ServiceClient(Uri instanceUrl, string clientId, string clientSecret, bool useUniqueInstance, ILogger logger = null) => throw null;

        public bool IsReady { get => throw null; }
        public string LastError { get => throw null; }
        public void Dispose() => throw null;
    }
}

namespace Microsoft.PowerPlatform.Dataverse.Client.Auth
{
    public enum PromptBehavior
    {
        Auto,
        Always,
        Never,
        RefreshSession,
        SelectAccount,
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Client
{
    using System;
    using System.Security;
    using System.Threading.Tasks;
    using Microsoft.Extensions.Logging;
    using Microsoft.PowerPlatform.Dataverse.Client.Auth;
    using Microsoft.Xrm.Sdk.Discovery;

    public class ServiceClient
    {
        public ServiceClient(string dataverseConnectionString, ILogger logger = null) => throw null;
        public ServiceClient(Uri instanceUrl, Func<string, Task<string>> tokenProviderFunction, bool useUniqueInstance = true, ILogger logger = null) => throw null;
        public ServiceClient(string userId, SecureString password, string regionGeo, string orgName, bool useUniqueInstance, OrganizationDetail orgDetail,
            string clientId, Uri redirectUri, PromptBehavior promptBehavior = PromptBehavior.Auto, bool useDefaultCreds = false, string tokenCacheStorePath = null, ILogger logger = null) => throw null;
        public ServiceClient(string userId, SecureString password, Uri hostUri, bool useUniqueInstance,
            string clientId, Uri redirectUri, PromptBehavior promptBehavior = PromptBehavior.Auto, bool useDefaultCreds = false, string tokenCacheStorePath = null, ILogger logger = null) => throw null;
    }
}
