// Stub of NuGet package Microsoft.CrmSdk.XrmTooling.CoreAssembly 9.1.x (assembly Microsoft.Xrm.Tooling.Connector;
// .NET Framework only). Not served by this project's NuGet feed.
// Mirrors: the constructor/enum shapes recorded from the 9.1.1.103 assembly metadata in the project's reference doc
// (credential-apis.md §12) — CrmServiceClient constructors, AuthOverrideHook, AuthenticationType values.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: the Microsoft.Xrm.Sdk stub in this folder (Microsoft.Xrm.Sdk.cs) for OrganizationDetail.
// Left out: the OAuth constructors that take ADAL UserIdentifier/PromptBehavior and OrganizationWebProxyClient,
// the certificate constructors, the on-premises OAuth constructor, IOrganizationService members.
#nullable disable

namespace Microsoft.Xrm.Tooling.Connector
{
    using System;
    using System.Net;
    using System.Security;
    using Microsoft.Xrm.Sdk.Discovery;

    public enum AuthenticationType
    {
        AD = 0,
        Live = 1,
        IFD = 2,
        Claims = 3,
        Office365 = 4,
        OAuth = 5,
        Certificate = 6,
        ClientSecret = 7,
        ExternalTokenManagement = 99,
    }

    public interface IOverrideAuthHookWrapper
    {
        string GetAuthToken(Uri connectedUri);
    }

    public sealed class CrmServiceClient : IDisposable
    {
        // Connection string (AuthType=Office365 / AuthType=OAuth with Username+Password; checked by string rules).
        public CrmServiceClient(string crmConnectionString) => throw null;

        // Online, Office365 (WS-Trust) with user name + password.
        public CrmServiceClient(string crmUserId, SecureString crmPassword, string crmRegion, string orgName, bool useUniqueInstance = false, bool useSsl = false, OrganizationDetail orgDetail = null, bool isOffice365 = false) => throw null;

        // On-premises AD / IFD.
        public CrmServiceClient(string userId, SecureString password, string domain, string homeRealm, string hostName, string port, string orgName, bool useUniqueInstance = false, bool useSsl = false, OrganizationDetail orgDetail = null) => throw null;
        public CrmServiceClient(NetworkCredential credential, AuthenticationType authType, string hostName, string port, string orgName, bool useUniqueInstance = false, bool useSsl = false, OrganizationDetail orgDetail = null) => throw null;

        // App-only with a client secret (replacement targets).
        public CrmServiceClient(Uri instanceUrl, string clientId, string clientSecret, bool useUniqueInstance, string tokenCachePath) => throw null;
        public CrmServiceClient(Uri instanceUrl, string clientId, SecureString clientSecret, bool useUniqueInstance, string tokenCachePath) => throw null;

        // External token (SAM hook): set AuthOverrideHook, then use this constructor.
        public CrmServiceClient(Uri instanceUrl, bool useUniqueInstance) => throw null;
        public static IOverrideAuthHookWrapper AuthOverrideHook { get => throw null; set => throw null; }

        public bool IsReady { get => throw null; }
        public string LastCrmError { get => throw null; }
        public void Dispose() => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Connector
{
    using System;
    using System.Security;
    using Microsoft.Xrm.Sdk.Discovery;

    public sealed class CrmServiceClient
    {
        public CrmServiceClient(string crmConnectionString) => throw null;
        public CrmServiceClient(string crmUserId, SecureString crmPassword, string crmRegion, string orgName, bool useUniqueInstance = false, bool useSsl = false, OrganizationDetail orgDetail = null, bool isOffice365 = false) => throw null;
        public CrmServiceClient(Uri instanceUrl, string clientId, string clientSecret, bool useUniqueInstance, string tokenCachePath) => throw null;
    }
}
