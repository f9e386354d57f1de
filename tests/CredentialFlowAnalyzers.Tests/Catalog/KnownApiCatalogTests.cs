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
        private static Compilation Create(ReferenceAssemblies target, ImmutableArray<MetadataReference> vendor) =>
            CSharpCompilation.Create(
                "CatalogCheck",
                references: target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().AddRange(vendor));

        [Fact]
        public void EveryRow_ResolvesToAMember()
        {
            var unresolved = KnownApiCatalog.All
                .Where(api => !CatalogWorlds.Resolve(api.DocId).Any())
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
            foreach (KnownApi api in KnownApiCatalog.All)
            {
                foreach ((_, ISymbol symbol) in CatalogWorlds.Resolve(api.DocId))
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

                    if (api.HostParameter != null && symbol is IMethodSymbol)
                    {
                        Assert.Contains(api.HostParameter, parameters);
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
