// Stub of NuGet package Microsoft.Azure.Management.ResourceManager.Fluent (last 1.38.1; deprecated 2023-09-30,
// replaced by Azure.ResourceManager). Not served by this project's NuGet feed.
// Mirrors: Azure/azure-libraries-for-net src/ResourceManagement/ResourceManager/{SdkContext.cs, AzureEnvironment.cs,
// Authentication/AzureCredentialsFactory.cs, AzureCredentials.cs, UserLoginInformation.cs, MSILoginInformation.cs}.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: Microsoft.Rest.ClientRuntime 2.3.24 (real: ServiceClientCredentials).
// Note: FromUser, UserLoginInformation and AzureCredentials(UserLoginInformation, ...) are "#if NET45" in the real
// source (.NET Framework build only); the stub exposes them for every target.
// Left out: FromDevice (non-NET45 builds; takes ADAL's DeviceCodeResult), FromFile, FromMSI/MSILoginInformation,
// ServicePrincipalLoginInformation, the IsCertificateRollOverEnabled overloads, AzureCredentials.ProcessHttpRequestAsync
// override, Azure.Authenticate(...) fluent entry points.
#nullable disable

namespace Microsoft.Azure.Management.ResourceManager.Fluent
{
    using System.Collections.Generic;
    using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

    public static class SdkContext
    {
        public static AzureCredentialsFactory AzureCredentialsFactory { get => throw null; set => throw null; }
    }

    public class AzureEnvironment
    {
        public AzureEnvironment() => throw null;
        public string AuthenticationEndpoint { get => throw null; set => throw null; }
        public string ResourceManagerEndpoint { get => throw null; set => throw null; }
        public string GraphEndpoint { get => throw null; set => throw null; }
        public string ManagementEndpoint { get => throw null; set => throw null; }
        public string StorageEndpointSuffix { get => throw null; set => throw null; }
        public static AzureEnvironment AzureGlobalCloud { get => throw null; }
        public static AzureEnvironment AzureChinaCloud { get => throw null; }
        public static AzureEnvironment AzureUSGovernment { get => throw null; }
        public static AzureEnvironment AzureGermanCloud { get => throw null; }
        public static IEnumerable<AzureEnvironment> KnownEnvironments { get => throw null; }
    }
}

namespace Microsoft.Azure.Management.ResourceManager.Fluent.Authentication
{
    using System.Security.Cryptography.X509Certificates;
    using Microsoft.Rest;
    using Microsoft.Azure.Management.ResourceManager.Fluent;

    public class AzureCredentialsFactory
    {
        public AzureCredentialsFactory() => throw null;

        // ROPC (user name + password).
        public AzureCredentials FromUser(string username, string password, string clientId, string tenantId, AzureEnvironment environment) => throw null;

        public AzureCredentials FromSystemAssignedManagedServiceIdentity(MSIResourceType resourceType, AzureEnvironment environment, string tenantId = null) => throw null;
        public AzureCredentials FromUserAssigedManagedServiceIdentity(string clientId, MSIResourceType resourceType, AzureEnvironment environment, string tenantId = null) => throw null;

        public virtual AzureCredentials FromServicePrincipal(string clientId, string clientSecret, string tenantId, AzureEnvironment environment) => throw null;
        // Near-miss: certificatePassword protects a certificate file, not a user.
        public AzureCredentials FromServicePrincipal(string clientId, string certificatePath, string certificatePassword, string tenantId, AzureEnvironment environment) => throw null;
        public AzureCredentials FromServicePrincipal(string clientId, X509Certificate2 certificate, string tenantId, AzureEnvironment environment) => throw null;
    }

    public class AzureCredentials : ServiceClientCredentials
    {
        public AzureCredentials(UserLoginInformation userLoginInformation, string tenantId, AzureEnvironment environment) => throw null;
        public AzureCredentials(ServiceClientCredentials armCredentials, ServiceClientCredentials graphCredentials, string tenantId, AzureEnvironment environment) => throw null;

        public string DefaultSubscriptionId { get => throw null; }
        public string TenantId { get => throw null; }
        public string ClientId { get => throw null; }
        public AzureEnvironment Environment { get => throw null; }
        public AzureCredentials WithDefaultSubscription(string subscriptionId) => throw null;
    }

    public class UserLoginInformation
    {
        public UserLoginInformation() => throw null;
        public string UserName { get => throw null; set => throw null; }
        public string Password { get => throw null; set => throw null; }
        public string ClientId { get => throw null; set => throw null; }
    }

    public enum MSIResourceType
    {
        VirtualMachine = 0,
        AppService = 1,
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Authentication
{
    using System.Security.Cryptography.X509Certificates;
    using Microsoft.Azure.Management.ResourceManager.Fluent;
    using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

    public class AzureCredentialsFactory
    {
        public AzureCredentials FromUser(string username, string password, string clientId, string tenantId, AzureEnvironment environment) => throw null;
        public AzureCredentials FromServicePrincipal(string clientId, string clientSecret, string tenantId, AzureEnvironment environment) => throw null;
        public AzureCredentials FromServicePrincipal(string clientId, X509Certificate2 certificate, string tenantId, AzureEnvironment environment) => throw null;
    }
}
