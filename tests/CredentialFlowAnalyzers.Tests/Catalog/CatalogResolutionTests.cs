using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Catalog
{
    /// <summary>
    /// Every row of the catalog besides the member rows (<see cref="KnownApiCatalogTests"/>) resolves against the real
    /// package or its exact-shape stub: the types (<see cref="KnownTypes"/>), the members the rules recognise
    /// (<see cref="KnownMembers"/>), the members the fixes write (<see cref="ReplacementMembers"/>, the SQL modes). A
    /// typo or a renamed API fails here instead of silently switching a rule or a fix off. New rows are picked up by
    /// reflection.
    /// </summary>
    public class CatalogResolutionTests
    {
        internal static IEnumerable<string> TypeRows() =>
            ConstantsOf(typeof(KnownTypes))
                .Concat(ArraysOf(typeof(KnownTypes)).SelectMany(a => a));

        internal static IEnumerable<KnownMember> MemberRows() =>
            typeof(KnownMembers).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(KnownMember))
                .Select(f => (KnownMember)f.GetValue(null)!);

        internal static IEnumerable<string> ReplacementRows() =>
            ConstantsOf(typeof(ReplacementMembers))
                .Concat(ConnectionStringKeywords.SqlTargets.SelectMany(t => t.EnumMembers));

        [Fact]
        public void EveryKnownType_Resolves()
        {
            Assert.NotEmpty(TypeRows());
            Assert.DoesNotContain(TypeRows(), name => !CatalogWorlds.ResolveType(name).Any());
        }

        [Fact]
        public void EveryKnownMember_ResolvesOnItsTypes()
        {
            var missing = new List<string>();
            foreach (KnownMember member in MemberRows())
            {
                List<INamedTypeSymbol> declaring = member.Namespace is { } ns
                    ? CatalogWorlds.Worlds.SelectMany(w => TypesIn(w.Compilation, ns)).ToList()
                    : member.Types.SelectMany(t => CatalogWorlds.ResolveType(t).Select(r => r.Type)).ToList();
                missing.AddRange(member.Types.Where(t => !CatalogWorlds.ResolveType(t).Any()).Select(t => member + ": type " + t));
                missing.AddRange(member.Names.Where(name => !declaring.Any(type => HasMember(type, name))).Select(name => member + ": member " + name));
            }

            Assert.NotEmpty(MemberRows());
            Assert.Empty(missing);
        }

        [Fact]
        public void EveryReplacementMember_Resolves()
        {
            Assert.NotEmpty(ReplacementRows());
            Assert.DoesNotContain(ReplacementRows(), id => !CatalogWorlds.Resolve(id).Any());
        }

        [Fact]
        public void RowsSharingAKey_ShareRuleReplacementAndFix()
        {
            foreach (IGrouping<string, KnownApi> rows in KnownApiCatalog.All.GroupBy(api => api.Key))
            {
                KnownApi first = KnownApiCatalog.ByKey(rows.Key)!;
                Assert.All(rows, api =>
                {
                    Assert.Equal(first.RuleId, api.RuleId);
                    Assert.Equal(first.Replacement, api.Replacement);
                    Assert.Equal(first.Fix, api.Fix);
                });
            }

            Assert.Null(KnownApiCatalog.ByKey("NoSuchRow"));
        }

        [Fact]
        public void PowerShellPreFilter_CoversEveryCommandTheRulesLookFor()
        {
            // A row with text of its own (New-Object of one type, a token request body) is covered by that text.
            IEnumerable<string> commands = PowerShellSignInCatalog.SignIns.SelectMany(s => s.PreFilterText is { } text ? new[] { text } : s.Names.ToArray())
                .Concat(PowerShellSignInCatalog.ImportModuleNames)
                .Append(PowerShellSignInCatalog.ConvertToSecureString);
            Assert.All(commands, command => Assert.Contains(
                PowerShellSignInCatalog.PreFilter,
                needle => command.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0));
        }

        private static IEnumerable<string> ConstantsOf(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!);

        private static IEnumerable<ImmutableArray<string>> ArraysOf(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(ImmutableArray<string>))
                .Select(f => (ImmutableArray<string>)f.GetValue(null)!);

        private static IEnumerable<INamedTypeSymbol> TypesIn(Compilation compilation, string qualifiedName)
        {
            INamespaceSymbol? ns = compilation.GlobalNamespace;
            foreach (string part in qualifiedName.Split('.'))
            {
                ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            }

            return ns?.GetTypeMembers() ?? ImmutableArray<INamedTypeSymbol>.Empty;
        }

        /// <summary>The type declares the member, inherits it, or (an interface) gets it from a base interface.</summary>
        private static bool HasMember(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (!current.GetMembers(name).IsEmpty)
                {
                    return true;
                }
            }

            return type.AllInterfaces.Any(i => !i.GetMembers(name).IsEmpty);
        }
    }
}
