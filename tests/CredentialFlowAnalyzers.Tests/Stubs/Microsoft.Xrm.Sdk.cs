// Stub of the Microsoft.Xrm.Sdk assembly (NuGet packages Microsoft.CrmSdk.CoreAssemblies 9.x, and the copy shipped
// inside Microsoft.PowerPlatform.Dataverse.Client). Not served by this project's NuGet feed.
// Mirrors: the Dataverse SDK reference for Microsoft.Xrm.Sdk.Discovery.OrganizationDetail (only the type is used by the
// rules: it appears in CrmServiceClient / ServiceClient constructor signatures).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only.
// Left out: IOrganizationService, Entity, the Endpoints collection and every other Microsoft.Xrm.Sdk type.
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

// Near-miss decoy: same type name, different namespace.
namespace Decoy.Discovery
{
    public sealed class OrganizationDetail
    {
        public string FriendlyName { get => throw null; }
        public string UniqueName { get => throw null; }
    }
}
