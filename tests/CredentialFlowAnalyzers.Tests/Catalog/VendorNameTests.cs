using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Catalog
{
    /// <summary>
    /// Vendor knowledge lives in <c>src/*/Catalog/</c> only (and in the human-facing <c>Descriptors/</c>): no other
    /// string literal in <c>src/</c> names a namespace or type the catalog knows. The names looked for are derived
    /// from the catalog itself (the namespaces and types of every resolved row, type, recognised member and
    /// replacement member), so a new row extends the check. Type names count in full everywhere and, for vendor
    /// types (not the target framework's), also as a simple name written on its own.
    /// </summary>
    public class VendorNameTests
    {
        private static readonly Lazy<VendorNames> Names = new Lazy<VendorNames>(VendorNames.FromCatalog);

        [Fact]
        public void NoStringOutsideTheCatalog_NamesAVendorNamespaceOrType()
        {
            string src = Path.Combine(TestReferences.RepositoryRoot, "src");
            var offenders = new List<string>();
            foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string relative = Path.GetRelativePath(src, file).Replace('\\', '/');
                if (relative.Split('/').Any(part => part is "obj" or "bin" or "Catalog" or "Descriptors"))
                {
                    continue;
                }

                SyntaxTree tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: relative);
                foreach (SyntaxToken token in tree.GetRoot().DescendantTokens().Where(IsStringText))
                {
                    if (Names.Value.Match(token.ValueText) is { } name)
                    {
                        offenders.Add($"{relative}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: \"{token.ValueText}\" names {name}");
                    }
                }
            }

            Assert.True(offenders.Count == 0, "Vendor names outside the catalog:\n" + string.Join("\n", offenders));
        }

        [Fact]
        public void TheCheck_KnowsTheCatalogsNames()
        {
            VendorNames names = Names.Value;
            Assert.Equal("Microsoft.Identity.Client", names.Match("Microsoft.Identity.Client"));
            Assert.Equal("System.Net.NetworkCredential", names.Match("global::System.Net.NetworkCredential"));
            Assert.Equal("System.Environment", names.Match("System.Environment"));
            Assert.Equal("RestSharp", names.Match("RestSharp"));
            Assert.Equal("PSCredential", names.Match("PSCredential"));
            Assert.Equal("ClientRuntimeContext", names.Match("ClientRuntimeContext"));

            // Prose, the root namespace (usings sort System first) and the target framework's simple names are not vendor names.
            Assert.Null(names.Match("Use OAuthCredentials with an access token"));
            Assert.Null(names.Match("System"));
            Assert.Null(names.Match("Environment"));
            Assert.Null(names.Match("AzureAd:ClientSecret"));
        }

        private static bool IsStringText(SyntaxToken token) =>
            token.IsKind(SyntaxKind.StringLiteralToken)
            || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
            || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
            || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            || token.IsKind(SyntaxKind.Utf8StringLiteralToken);

        /// <summary>The names the catalog knows, and the test of one string against them.</summary>
        private sealed class VendorNames
        {
            /// <summary>The root namespace is every framework type's; "System" and "System." are how usings are sorted, not an API.</summary>
            private const string RootNamespace = "System";

            private readonly ImmutableArray<(string Name, Regex Pattern)> _qualified;
            private readonly ImmutableHashSet<string> _simple;

            private VendorNames(IEnumerable<string> qualified, IEnumerable<string> simple)
            {
                _qualified = qualified.Distinct()
                    .OrderByDescending(n => n.Length)
                    .Select(n => (n, new Regex(@"(?<![\w.])" + Regex.Escape(n) + @"(?!\w)", RegexOptions.CultureInvariant)))
                    .ToImmutableArray();
                _simple = simple.ToImmutableHashSet(StringComparer.Ordinal);
            }

            public static VendorNames FromCatalog()
            {
                var qualified = new HashSet<string>(StringComparer.Ordinal);
                var simple = new HashSet<string>(StringComparer.Ordinal);

                void AddType(CatalogWorlds.World world, INamedTypeSymbol type)
                {
                    string ns = type.ContainingNamespace.ToDisplayString();
                    if (!type.ContainingNamespace.IsGlobalNamespace && ns != RootNamespace)
                    {
                        qualified.Add(ns);
                    }

                    qualified.Add((type.ContainingNamespace.IsGlobalNamespace ? string.Empty : ns + ".") + type.Name);
                    if (world.VendorAssemblies.Contains(type.ContainingAssembly))
                    {
                        simple.Add(type.Name);
                    }
                }

                IEnumerable<string> memberIds = KnownApiCatalog.All.Select(api => api.DocId).Concat(CatalogResolutionTests.ReplacementRows());
                foreach ((CatalogWorlds.World world, ISymbol symbol) in memberIds.SelectMany(CatalogWorlds.Resolve))
                {
                    if ((symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } type)
                    {
                        AddType(world, type);
                    }
                }

                IEnumerable<string> typeNames = CatalogResolutionTests.TypeRows()
                    .Concat(CatalogResolutionTests.MemberRows().SelectMany(m => m.Types));
                foreach ((CatalogWorlds.World world, INamedTypeSymbol type) in typeNames.SelectMany(CatalogWorlds.ResolveType))
                {
                    AddType(world, type);
                }

                qualified.UnionWith(CatalogResolutionTests.MemberRows().Select(m => m.Namespace).OfType<string>());
                return new VendorNames(qualified, simple);
            }

            /// <summary>The catalog name <paramref name="text"/> spells, or null.</summary>
            public string? Match(string text)
            {
                if (_simple.Contains(text.Trim()))
                {
                    return text.Trim();
                }

                foreach ((string name, Regex pattern) in _qualified)
                {
                    if (pattern.IsMatch(text))
                    {
                        return name;
                    }
                }

                return null;
            }
        }
    }
}
