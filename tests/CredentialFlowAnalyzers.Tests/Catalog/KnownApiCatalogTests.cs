using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Catalog
{
    /// <summary>
    /// Every catalog row resolves against the real package (or the exact-shape stub) it names: a typo, a renamed
    /// member or a changed parameter list fails here instead of silently disabling a rule.
    /// </summary>
    public class KnownApiCatalogTests
    {
        /// <summary>The reference sets the catalog is checked against; a row must resolve in at least one.</summary>
        private static IEnumerable<(string Name, Compilation Compilation)> Worlds()
        {
            yield return ("net10 + modern vendors + stubs", Create(TestReferences.Net100, TestReferences.Modern.AddRange(
                StubAssemblies.For(TestReferences.Net100,
                    "Microsoft.Store.PartnerCenter", "Microsoft.Exchange.WebServices", "OfficeDevPnP.Core", "Microsoft.Xrm.Tooling.Connector",
                    "Microsoft.Azure.Management.ResourceManager.Fluent", "Microsoft.Rest.ClientRuntime.Azure.Authentication",
                    "Microsoft.Graph.Auth", "PnP.Framework", "Microsoft.PowerPlatform.Dataverse.Client"))));
            yield return ("net10 + hand-rolled request libraries (RestSharp, IdentityModel, PowerShell Standard)", Create(TestReferences.Net100, TestReferences.HandRolled));
            yield return ("net472 + ADAL", Create(TestReferences.Net472, TestReferences.AdalNetFramework));
            yield return ("net10 + MailKit + SqlClient", Create(TestReferences.Net100, TestReferences.MailKit.AddRange(TestReferences.SqlClient)));
            yield return ("net472 (System.Data)", Create(TestReferences.Net472.AddAssemblies(ImmutableArray.Create("System.Data")), ImmutableArray<MetadataReference>.Empty));
        }

        private static Compilation Create(ReferenceAssemblies target, ImmutableArray<MetadataReference> vendor) =>
            CSharpCompilation.Create(
                "CatalogCheck",
                references: target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().AddRange(vendor));

        [Fact]
        public void EveryRow_ResolvesToAMember()
        {
            var worlds = Worlds().ToList();
            var unresolved = KnownApiCatalog.All
                .Where(api => worlds.All(w => DocumentationCommentId.GetSymbolsForDeclarationId(api.DocId, w.Compilation).IsEmpty))
                .Select(api => api.DocId)
                .ToList();
            Assert.Empty(unresolved);
        }

        [Fact]
        public void EveryRow_HasAKnownRuleAndAStableKey()
        {
            var ids = RuleCatalogTests.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
            Assert.All(KnownApiCatalog.All, api =>
            {
                Assert.Contains(api.RuleId, ids);
                Assert.Matches("^[A-Za-z0-9]+$", api.Key);
            });
        }

        [Fact]
        public void NamedParameters_ExistOnTheResolvedMembers()
        {
            var worlds = Worlds().ToList();
            foreach (KnownApi api in KnownApiCatalog.All)
            {
                foreach (ISymbol symbol in worlds.SelectMany(w => DocumentationCommentId.GetSymbolsForDeclarationId(api.DocId, w.Compilation)))
                {
                    var parameters = symbol is IMethodSymbol m ? m.Parameters.Select(p => p.Name).ToList() : new List<string>();
                    if (api.UserParameter != null && symbol is IMethodSymbol)
                    {
                        Assert.Contains(api.UserParameter, parameters);
                    }

                    if (api.PasswordParameter != null && symbol is IMethodSymbol)
                    {
                        Assert.Contains(api.PasswordParameter, parameters);
                    }
                }
            }
        }

        [Fact]
        public void NoCredentialLibrary_MeansEmptyResolution()
        {
            Compilation bare = Create(TestReferences.Net100, ImmutableArray<MetadataReference>.Empty);
            Assert.True(KnownApiSymbols.For(bare).IsEmpty);
        }
    }
}
