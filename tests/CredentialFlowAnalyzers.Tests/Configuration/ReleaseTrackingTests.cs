using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CredentialFlowAnalyzers.Tests.Catalog;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Configuration
{
    /// <summary>
    /// The package's analysis-mode global configs (none, recommended, strict) are generated at pack time from the
    /// release-tracking files. RuleCatalogTests check every rule is listed there; this checks the reverse, so the
    /// generated files list exactly the rules in the analyzer assembly, with their categories and severities.
    /// </summary>
    public class ReleaseTrackingTests
    {
        [Fact]
        public void ReleaseFiles_ListOnlyRulesThatExist()
        {
            var descriptors = RuleCatalogTests.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id, d => d);
            string dir = Path.Combine(TestReferences.RepositoryRoot, "src", "CredentialFlowAnalyzers");
            var listed = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
                .SelectMany(f => File.ReadAllLines(Path.Combine(dir, f)))
                .Select(l => l.Trim())
                .Where(l => Regex.IsMatch(l, @"^CFA\d{4}\s*\|"))
                .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
                .ToList();

            Assert.NotEmpty(listed);
            Assert.All(listed, cells =>
            {
                Assert.True(descriptors.ContainsKey(cells[0]), $"{cells[0]} is in a release file but no analyzer reports it.");
                Assert.Equal(descriptors[cells[0]].Category, cells[1]);
                Assert.Equal(descriptors[cells[0]].DefaultSeverity.ToString(), cells[2], StringComparer.Ordinal);
            });
        }
    }
}
