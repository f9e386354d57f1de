// Stub of the Microsoft.Xrm.Sdk assembly (NuGet packages Microsoft.CrmSdk.CoreAssemblies 9.x, and the copy shipped
// inside Microsoft.PowerPlatform.Dataverse.Client). Not served by this project's NuGet feed.
// Mirrors: the Dataverse SDK reference for Microsoft.Xrm.Sdk.Discovery.OrganizationDetail (only the type is used by the
// rules: it appears in CrmServiceClient / ServiceClient constructor signatures).
// Microsoft.Xrm.Sdk.Client (OrganizationServiceProxy and the WS-Trust plumbing around it) mirrors the CRM SDK 2016/9.0
// reference (OrganizationServiceProxy constructors, ServiceConfigurationFactory.CreateManagement<TService>,
// IServiceManagement<TService>.Authenticate, AuthenticationCredentials, AuthenticationProviderType) and the shapes used
// in public code: morganwynne/CRMConnectionTesting (OrganizationServiceProxyConnection.cs), AshV/Dynamics365ConsoleCaller
// ("Upto V8.2/.../Connect.cs"), gmc453/connectCRM. It exists only in the .NET Framework build (it needs
// System.ServiceModel's ClientCredentials, which the .NET Framework reference assemblies provide): the section is
// compiled when the stub is built for a net4x target (NETFRAMEWORK defined).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only (plus System.ServiceModel on .NET Framework).
// Left out: Entity and the rest of the data model, the Endpoints collection, DiscoveryServiceProxy, OrganizationServiceContext,
// IOrganizationService members other than Execute, the IServiceConfiguration<T> constructor of OrganizationServiceProxy.
#nullable disable

namespace Microsoft.Xrm.Sdk.Discovery
{
    using System;

    public sealed class OrganizationDetail
    {
        public OrganizationDetail() => throw null;
        public Guid OrganizationId { get => throw null; }
        public string FriendlyName { get => throw null; }
        public string OrganizationVersion { get => throw null; }
        public string UniqueName { get => throw null; }
        public string UrlName { get => throw null; }
    }
}

namespace Microsoft.Xrm.Sdk
{
    public class OrganizationRequest
    {
        public OrganizationRequest() => throw null;
        public OrganizationRequest(string requestName) => throw null;
    }

    public class OrganizationResponse
    {
        public OrganizationResponse() => throw null;
    }

    public interface IOrganizationService
    {
        OrganizationResponse Execute(OrganizationRequest request);
    }
}

#if NETFRAMEWORK
namespace Microsoft.Xrm.Sdk.Client
{
    using System;
    using System.ServiceModel.Description;

    public enum AuthenticationProviderType
    {
        None = 0,
        ActiveDirectory = 1,
        Federation = 2,
        LiveId = 3,
        OnlineFederation = 4,
    }

    public sealed class SecurityTokenResponse
    {
        public DateTime Response { get => throw null; }
    }

    public sealed class AuthenticationCredentials
    {
        public AuthenticationCredentials() => throw null;
        public ClientCredentials ClientCredentials { get => throw null; set => throw null; }
        public ClientCredentials SupportingCredentials { get => throw null; set => throw null; }
        public Uri HomeRealm { get => throw null; set => throw null; }
        public string UserPrincipalName { get => throw null; set => throw null; }
        public SecurityTokenResponse SecurityTokenResponse { get => throw null; set => throw null; }
    }

    public interface IServiceManagement<TService>
    {
        AuthenticationProviderType AuthenticationType { get; }
        AuthenticationCredentials Authenticate(AuthenticationCredentials authenticationCredentials);
    }

    public static class ServiceConfigurationFactory
    {
        public static IServiceManagement<TService> CreateManagement<TService>(Uri serviceUri) => throw null;
    }

    public abstract class ServiceProxy<TService> : IDisposable
        where TService : class
    {
        public ClientCredentials ClientCredentials { get => throw null; }
        public TimeSpan Timeout { get => throw null; set => throw null; }
        public void Dispose() => throw null;
    }

    public sealed class OrganizationServiceProxy : ServiceProxy<IOrganizationService>, IOrganizationService
    {
        // WS-Trust with the credentials given (ClientCredentials.UserName for online / IFD, .Windows for on-premises AD).
        public OrganizationServiceProxy(Uri uri, Uri homeRealmUri, ClientCredentials clientCredentials, ClientCredentials deviceCredentials) => throw null;
        public OrganizationServiceProxy(IServiceManagement<IOrganizationService> serviceManagement, ClientCredentials clientCredentials) => throw null;

        // A security token obtained beforehand (serviceManagement.Authenticate(credentials).SecurityTokenResponse).
        public OrganizationServiceProxy(IServiceManagement<IOrganizationService> serviceManagement, SecurityTokenResponse securityTokenResponse) => throw null;

        public void EnableProxyTypes() => throw null;
        public OrganizationResponse Execute(OrganizationRequest request) => throw null;
    }
}
#endif

// Near-miss decoy: same type name, different namespace.
namespace Decoy.Discovery
{
    public sealed class OrganizationDetail
    {
        public string FriendlyName { get => throw null; }
        public string UniqueName { get => throw null; }
    }

#if NETFRAMEWORK
    public sealed class OrganizationServiceProxy
    {
        public OrganizationServiceProxy(System.Uri uri, System.Uri homeRealmUri, System.ServiceModel.Description.ClientCredentials clientCredentials, System.ServiceModel.Description.ClientCredentials deviceCredentials) => throw null;
    }
#endif
}
