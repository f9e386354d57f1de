using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        private readonly HashSet<string> _sinkNamesInSource;
        private readonly HashSet<string> _ruleIds;
        private readonly bool _hasSignIn;
        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>();
        private readonly ConcurrentDictionary<string, ISymbol?> _members = new ConcurrentDictionary<string, ISymbol?>();

        /// <summary>Looks a type up in the compilation; one delegate, as <see cref="GetType(string)"/> runs on every candidate operation of many rules.</summary>
        private readonly Func<string, INamedTypeSymbol?> _findType;

        private KnownApiSymbols(Compilation compilation)
        {
            _compilation = compilation;
            _findType = name => FindType(_compilation, name);
            _bySymbol = new Dictionary<ISymbol, KnownApi>(SymbolEqualityComparer.Default);
            _memberNames = new HashSet<string>();
            _sinkNamesInSource = new HashSet<string>();
            _ruleIds = new HashSet<string>();

            foreach (KnownApi api in KnownApiCatalog.All)
            {
                foreach (ISymbol symbol in ResolveDeclarationId(api.DocId, compilation))
                {
                    if (!_bySymbol.ContainsKey(symbol))
                    {
                        _bySymbol.Add(symbol, api);
                    }

                    _memberNames.Add(symbol.Name);
                    if (api.PasswordParameter != null || symbol is IPropertySymbol)
                    {
                        // Source names a constructor by its type (new NetworkCredential(...)), anything else by its own name.
                        _sinkNamesInSource.Add(symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? symbol.ContainingType.Name : symbol.Name);
                    }

                    _ruleIds.Add(api.RuleId);
                    _hasSignIn |= api.Role == ApiRole.PasswordSignIn;
                }
            }
        }

        /// <summary>The resolved catalog for <paramref name="compilation"/>, computed once.</summary>
        public static KnownApiSymbols For(Compilation compilation) => Cache.GetValue(compilation, c => new KnownApiSymbols(c));

        /// <summary>The resolved catalog for the compilation <paramref name="operation"/> belongs to (null for an operation without a semantic model).</summary>
        public static KnownApiSymbols? Of(IOperation operation) => operation.SemanticModel is { } model ? For(model.Compilation) : null;

        /// <summary>True when at least one catalog member reported under <paramref name="ruleId"/> exists in the compilation.</summary>
        public bool HasRule(string ruleId) => _ruleIds.Contains(ruleId);

        /// <summary>Every resolved catalog member with its row.</summary>
        public IEnumerable<KeyValuePair<ISymbol, KnownApi>> Members => _bySymbol;

        /// <summary>The names of the resolved members of <paramref name="ruleId"/>: a rule's cheap pre-filter of calls.</summary>
        public IEnumerable<string> MemberNames(string ruleId)
        {
            foreach (KeyValuePair<ISymbol, KnownApi> row in _bySymbol)
            {
                if (row.Value.RuleId == ruleId)
                {
                    yield return row.Key.Name;
                }
            }
        }

        /// <summary>
        /// Which operations can reach the resolved members of <paramref name="ruleId"/>: constructors are reached by
        /// object creations, conversion operators by conversions, fields by field references, other methods by
        /// invocations, and (when <paramref name="propertySets"/>) properties by assignments. A rule registers only for
        /// those, so no callback runs for operations that can never match.
        /// </summary>
        public ImmutableArray<OperationKind> OperationKinds(string ruleId, bool propertySets)
        {
            var kinds = new HashSet<OperationKind>();
            foreach (KeyValuePair<ISymbol, KnownApi> row in _bySymbol)
            {
                if (row.Value.RuleId != ruleId)
                {
                    continue;
                }

                switch (row.Key)
                {
                    case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                        kinds.Add(OperationKind.ObjectCreation);
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Conversion or MethodKind.UserDefinedOperator }:
                        kinds.Add(OperationKind.Conversion);
                        break;
                    case IMethodSymbol:
                        kinds.Add(OperationKind.Invocation);
                        break;
                    case IFieldSymbol:
                        kinds.Add(OperationKind.FieldReference);
                        break;
                    case IPropertySymbol when propertySets:
                        kinds.Add(OperationKind.SimpleAssignment);
                        break;
                }
            }

            return kinds.OrderBy(k => k).ToImmutableArray();
        }

        /// <summary>
        /// True when <paramref name="identifier"/> is how source code names a resolved catalog member that can take a password
        /// (a method's or property's name, a constructor's type name): the cheap syntactic test, before anything is bound, of
        /// whether code may pass a password to the catalog.
        /// </summary>
        public bool MayNamePasswordSink(string identifier) => _sinkNamesInSource.Contains(identifier);

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
        public INamedTypeSymbol? GetType(string metadataName) =>
            _types.TryGetValue(metadataName, out INamedTypeSymbol? known) ? known : _types.GetOrAdd(metadataName, _findType);

        /// <summary>
        /// A member a fix writes (see <see cref="ReplacementMembers"/>, a documentation comment id), resolved once per
        /// compilation: the first symbol the id names, or null when the compilation lacks it.
        /// </summary>
        public ISymbol? GetMember(string docId) => _members.GetOrAdd(docId, id => FirstOrNull(ResolveDeclarationId(id, _compilation)));

        /// <summary>Like <see cref="GetMember"/> for a method (constructors included).</summary>
        public IMethodSymbol? GetMethod(string docId) => GetMember(docId) as IMethodSymbol;

        /// <summary>
        /// True when <paramref name="symbol"/> is the <paramref name="member"/> the rules recognise: one of its names,
        /// declared on one of its types or a type derived from (or implementing) one, or on a type of its namespace.
        /// The name is tested first, so asking costs almost nothing for unrelated members.
        /// </summary>
        public bool Is(ISymbol? symbol, KnownMember member)
        {
            if (symbol?.ContainingType is not { } declaring || !member.Names.Contains(symbol.Name))
            {
                return false;
            }

            if (member.Namespace != null)
            {
                return IsNamespace(declaring.ContainingNamespace, member.Namespace);
            }

            foreach (string typeName in member.Types)
            {
                if (GetType(typeName) is { } type && IsOrInherits(declaring, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is the known type <paramref name="metadataName"/> (any construction of it).</summary>
        public bool IsType(ITypeSymbol? type, string metadataName) =>
            type != null && GetType(metadataName) is { } known && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

        /// <summary>True when <paramref name="type"/> is the known type <paramref name="metadataName"/>, derives from it or implements it.</summary>
        public bool IsOrInherits(ITypeSymbol? type, string metadataName) =>
            type != null && GetType(metadataName) is { } known && IsOrInherits(type, known);

        /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/>, derives from it or (for an interface) implements it.</summary>
        public static bool IsOrInherits(ITypeSymbol type, INamedTypeSymbol baseType)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            if (baseType.TypeKind == TypeKind.Interface)
            {
                foreach (INamedTypeSymbol implemented in type.AllInterfaces)
                {
                    if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, baseType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Every symbol a documentation comment id names. The one way the package turns an id into symbols: the catalog
        /// rows, the replacement members, and the ids users list in options (CFA1900).
        /// </summary>
        public static ImmutableArray<ISymbol> ResolveDeclarationId(string id, Compilation compilation) =>
            DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);

        /// <summary>True when <paramref name="ns"/> is the namespace <paramref name="qualifiedName"/> (<c>A.B</c>), compared part by part.</summary>
        private static bool IsNamespace(INamespaceSymbol? ns, string qualifiedName)
        {
            int end = qualifiedName.Length;
            for (INamespaceSymbol? current = ns; current != null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
            {
                int start = qualifiedName.LastIndexOf('.', end - 1) + 1;
                if (end - start != current.Name.Length || string.CompareOrdinal(qualifiedName, start, current.Name, 0, current.Name.Length) != 0)
                {
                    return false;
                }

                if (start == 0)
                {
                    return current.ContainingNamespace?.IsGlobalNamespace ?? true;
                }

                end = start - 1;
            }

            return false;
        }

        private static ISymbol? FirstOrNull(ImmutableArray<ISymbol> symbols) => symbols.IsDefaultOrEmpty ? null : symbols[0];

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
