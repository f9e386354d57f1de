using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The catalog resolved against one compilation. Built once per compilation and shared by every analyzer
    /// (the idea behind NetAnalyzers' WellKnownTypeProvider), so no analyzer looks a type up per node.
    /// </summary>
    internal sealed class KnownApiSymbols
    {
        private static readonly ConditionalWeakTable<Compilation, KnownApiSymbols> Cache = new ConditionalWeakTable<Compilation, KnownApiSymbols>();

        private readonly Compilation _compilation;
        private readonly Dictionary<ISymbol, KnownApi> _bySymbol;
        private readonly HashSet<string> _memberNames;
        private readonly HashSet<string> _ruleIds;
        private readonly bool _hasSignIn;
        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>();

        private KnownApiSymbols(Compilation compilation)
        {
            _compilation = compilation;
            _bySymbol = new Dictionary<ISymbol, KnownApi>(SymbolEqualityComparer.Default);
            _memberNames = new HashSet<string>();
            _ruleIds = new HashSet<string>();

            foreach (KnownApi api in KnownApiCatalog.All)
            {
                foreach (ISymbol symbol in DocumentationCommentId.GetSymbolsForDeclarationId(api.DocId, compilation))
                {
                    if (!_bySymbol.ContainsKey(symbol))
                    {
                        _bySymbol.Add(symbol, api);
                    }

                    _memberNames.Add(symbol.Name);
                    _ruleIds.Add(api.RuleId);
                    _hasSignIn |= api.Role == ApiRole.PasswordSignIn;
                }
            }
        }

        /// <summary>The resolved catalog for <paramref name="compilation"/>, computed once.</summary>
        public static KnownApiSymbols For(Compilation compilation) => Cache.GetValue(compilation, c => new KnownApiSymbols(c));

        /// <summary>True when at least one catalog member reported under <paramref name="ruleId"/> exists in the compilation.</summary>
        public bool HasRule(string ruleId) => _ruleIds.Contains(ruleId);

        /// <summary>
        /// Which operations can reach the resolved members of <paramref name="ruleId"/>: constructors are reached by
        /// object creations, other methods by invocations. A rule registers only for those, so no callback runs for
        /// operations that can never match.
        /// </summary>
        public (bool Constructors, bool Methods) MemberKinds(string ruleId)
        {
            bool constructors = false;
            bool methods = false;
            foreach (KeyValuePair<ISymbol, KnownApi> row in _bySymbol)
            {
                if (row.Value.RuleId == ruleId && row.Key is IMethodSymbol method)
                {
                    constructors |= method.MethodKind == MethodKind.Constructor;
                    methods |= method.MethodKind != MethodKind.Constructor;
                }
            }

            return (constructors, methods);
        }

        /// <summary>
        /// True when no sign-in member of the catalog exists (no credential library is referenced). Credential
        /// carriers from the base class library (<c>NetworkCredential</c>, <c>SecureString</c>) do not count.
        /// </summary>
        public bool IsEmpty => !_hasSignIn;

        /// <summary>
        /// Finds the catalog row for a referenced member: the member itself, its original definition, the
        /// extension method it was reduced from, or a member it overrides.
        /// </summary>
        public bool TryGet(ISymbol? symbol, out KnownApi api)
        {
            api = null!;
            if (symbol is null || !_memberNames.Contains(symbol.Name))
            {
                return false;
            }

            for (ISymbol? current = symbol; current != null; current = Overridden(current))
            {
                if (_bySymbol.TryGetValue(current, out api!) || _bySymbol.TryGetValue(current.OriginalDefinition, out api!))
                {
                    return true;
                }

                if (current is IMethodSymbol { ReducedFrom: { } reducedFrom } && _bySymbol.TryGetValue(reducedFrom.OriginalDefinition, out api!))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Like <see cref="TryGet(ISymbol?, out KnownApi)"/>, limited to the rows of one rule.</summary>
        public bool TryGet(ISymbol? symbol, string ruleId, out KnownApi api) => TryGet(symbol, out api) && api.RuleId == ruleId;

        /// <summary>
        /// A type the rules or fixes need (see <see cref="KnownTypes"/>), looked up once per compilation. When the
        /// name exists in several referenced assemblies, the one in the compilation itself or the first visible one wins.
        /// </summary>
        public INamedTypeSymbol? GetType(string metadataName) => _types.GetOrAdd(metadataName, name => FindType(_compilation, name));

        private static INamedTypeSymbol? FindType(Compilation compilation, string metadataName)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(metadataName);
            if (type != null)
            {
                return type;
            }

            INamedTypeSymbol? best = null;
            foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
                {
                    return candidate;
                }

                if (best is null && candidate.DeclaredAccessibility == Accessibility.Public)
                {
                    best = candidate;
                }
            }

            return best;
        }

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        };
    }
}
