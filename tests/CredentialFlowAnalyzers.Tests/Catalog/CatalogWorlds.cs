using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CredentialFlowAnalyzers.Tests.Catalog
{
    /// <summary>
    /// The reference sets the catalog is checked against: the real vendor packages and the exact-shape stubs, on the
    /// frameworks they exist for. A catalog row (member, type, replacement) must resolve in at least one.
    /// </summary>
    internal static class CatalogWorlds
    {
        private static readonly ImmutableArray<World> All = Create().ToImmutableArray();

        public static IReadOnlyList<World> Worlds => All;

        /// <summary>Every symbol a documentation comment id names, in any world.</summary>
        public static IEnumerable<(World World, ISymbol Symbol)> Resolve(string docId) =>
            All.SelectMany(w => DocumentationCommentId.GetSymbolsForDeclarationId(docId, w.Compilation).Select(s => (w, s)));

        /// <summary>Every type with the metadata name, in any world.</summary>
        public static IEnumerable<(World World, INamedTypeSymbol Type)> ResolveType(string metadataName) =>
            All.SelectMany(w => w.Compilation.GetTypesByMetadataName(metadataName).Select(t => (w, t)));

        private static IEnumerable<World> Create()
        {
            yield return new World("net10 + modern vendors + stubs", TestReferences.Net100, TestReferences.Modern.AddRange(
                StubAssemblies.For(TestReferences.Net100,
                    "Microsoft.Store.PartnerCenter", "Microsoft.Exchange.WebServices", "OfficeDevPnP.Core", "Microsoft.Xrm.Tooling.Connector",
                    "Microsoft.Azure.Management.ResourceManager.Fluent", "Microsoft.Rest.ClientRuntime.Azure.Authentication",
                    "Microsoft.Graph.Auth", "PnP.Framework", "Microsoft.PowerPlatform.Dataverse.Client")));
            yield return new World("net10 + hand-rolled request libraries (RestSharp, IdentityModel, PowerShell Standard)", TestReferences.Net100, TestReferences.HandRolled);
            yield return new World("net472 + ADAL and MSAL", TestReferences.Net472, TestReferences.AdalAndMsalNetFramework);
            yield return new World("net10 + MailKit + SqlClient", TestReferences.Net100, TestReferences.MailKit.AddRange(TestReferences.SqlClient));
            yield return new World("net472 (System.Data, System.Web)", TestReferences.Net472.AddAssemblies(ImmutableArray.Create("System.Data", "System.Web")), ImmutableArray<MetadataReference>.Empty);
            yield return new World("net10 + PowerShell 7.6 hosting", TestReferences.Net100, TestReferences.PowerShell76);

            // Old major versions and .NET Framework-only vendor surfaces (stubs compiled for net472): ADAL 2.x, the CRM SDK
            // (OrganizationServiceProxy needs System.ServiceModel), XrmTooling; MSAL 2.x on its own.
            yield return new World("net472 + ADAL 2.x + CRM SDK + XrmTooling (stubs)", TestReferences.Net472, StubAssemblies.For(TestReferences.Net472,
                "Microsoft.IdentityModel.Clients.ActiveDirectory.2.x", "Microsoft.Xrm.Tooling.Connector", "OfficeDevPnP.Core"));
            yield return new World("net10 + MSAL 2.x (stub)", TestReferences.Net100, StubAssemblies.For(TestReferences.Net100, "Microsoft.Identity.Client.2.x"));
        }

        /// <summary>One compilation over a framework and vendor references, knowing which assemblies are the vendor's.</summary>
        internal sealed class World
        {
            public World(string name, ReferenceAssemblies framework, ImmutableArray<MetadataReference> vendor)
            {
                Name = name;
                Compilation = CSharpCompilation.Create(
                    "CatalogCheck",
                    references: framework.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().AddRange(vendor));
                VendorAssemblies = vendor
                    .Select(r => Compilation.GetAssemblyOrModuleSymbol(r))
                    .OfType<IAssemblySymbol>()
                    .ToImmutableHashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
            }

            public string Name { get; }

            public Compilation Compilation { get; }

            /// <summary>Assemblies of vendor packages and stubs (everything else is the target framework's).</summary>
            public ImmutableHashSet<IAssemblySymbol> VendorAssemblies { get; }

            public override string ToString() => Name;
        }
    }
}
