using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Catalog
{
    /// <summary>
    /// Every rule keeps its promises: a unique CFA id, a help link to its docs page, the page itself, a README row, a
    /// release entry; every fix supports Fix All. Failing here means a rule was added without its paperwork.
    /// </summary>
    public class RuleCatalogTests
    {
        public static IEnumerable<object[]> Descriptors() =>
            AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => new object[] { g.Key });

        internal static IReadOnlyList<DiagnosticAnalyzer> AllAnalyzers() =>
            typeof(CatalogApiAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToList();

        internal static IReadOnlyList<CodeFixProvider> AllCodeFixes() =>
            typeof(CredentialFlowAnalyzers.CodeFixes.Rules.CFA1001MsalUsernamePasswordCodeFix).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .ToList();

        private static DiagnosticDescriptor Descriptor(string id) => AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

        private static string Read(string relativePath) => File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, relativePath));

        [Fact]
        public void Ids_AreCfaWithFourDigits_AndOwnedByOneAnalyzer()
        {
            var owners = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics.Select(d => (d.Id, Analyzer: a.GetType().Name))).ToList();
            Assert.NotEmpty(owners);
            Assert.All(owners, o => Assert.Matches(@"^CFA[1-4]\d{3}$", o.Id));
            Assert.Equal(owners.Count, owners.Select(o => o.Id).Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void HelpLink_PointsToTheRulePage(string id) =>
            Assert.Equal(RuleFactory.HelpLink(id), Descriptor(id).HelpLinkUri);

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void DocsPage_ExistsWithTitleAndSections(string id)
        {
            DiagnosticDescriptor descriptor = Descriptor(id);
            string page = Read(Path.Combine("docs", "rules", id + ".md"));
            Assert.StartsWith($"# {id}: {descriptor.Title}", page);
            Assert.Contains("## Cause", page);
            Assert.Contains("## How to fix", page);
            Assert.Contains("## Options", page);
            Assert.Contains("## When to suppress", page);
            Assert.Contains($"| Category | {descriptor.Category} |", page);
            Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Readme_HasARuleTableRow(string id)
        {
            DiagnosticDescriptor descriptor = Descriptor(id);
            string readme = Read("README.md");
            string row = readme.Split('\n').SingleOrDefault(l => l.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal)) ?? "";
            Assert.Contains($"| {descriptor.Category} | {descriptor.DefaultSeverity} |", row);
            Assert.Contains(descriptor.Title.ToString(), row);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void ReleaseTracking_ListsTheRule(string id)
        {
            DiagnosticDescriptor descriptor = Descriptor(id);
            string releases = Read(Path.Combine("src", "CredentialFlowAnalyzers", "AnalyzerReleases.Unshipped.md"))
                + Read(Path.Combine("src", "CredentialFlowAnalyzers", "AnalyzerReleases.Shipped.md"));
            Assert.Matches(new Regex($@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{descriptor.DefaultSeverity}\s*\|", RegexOptions.Multiline), releases);
        }

        [Fact]
        public void CodeFixes_SupportFixAll_AndFixKnownIds()
        {
            var ids = AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
            var fixes = AllCodeFixes();
            Assert.NotEmpty(fixes);
            Assert.All(fixes, f =>
            {
                Assert.NotNull(f.GetFixAllProvider());
                Assert.All(f.FixableDiagnosticIds, id => Assert.Contains(id, ids));
            });
        }
    }
}
