using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// A member the rules recognise by where it is declared and its name, every overload included (for example
    /// <c>WebRequest.GetRequestStream</c> / <c>GetRequestStreamAsync</c>). It matches a member of that name declared on
    /// one of <see cref="Types"/> or on a type derived from (or implementing) one of them, or, for a namespace row,
    /// declared on any type of <see cref="Namespace"/>. Ask <see cref="KnownApiSymbols.Is(Microsoft.CodeAnalysis.ISymbol?, KnownMember)"/>.
    /// </summary>
    internal sealed class KnownMember
    {
        private KnownMember(ImmutableArray<string> types, string? ns, ImmutableArray<string> names)
        {
            Types = types;
            Namespace = ns;
            Names = names;
        }

        /// <summary>Metadata names of the declaring types (see <see cref="KnownTypes"/>).</summary>
        public ImmutableArray<string> Types { get; }

        /// <summary>For members recognised on any type of a namespace (a library's extension classes and request types).</summary>
        public string? Namespace { get; }

        /// <summary>The member names; the first is the one a fix writes.</summary>
        public ImmutableArray<string> Names { get; }

        public static KnownMember On(string type, params string[] names) => new KnownMember(ImmutableArray.Create(type), null, names.ToImmutableArray());

        public static KnownMember OnAny(string[] types, params string[] names) => new KnownMember(types.ToImmutableArray(), null, names.ToImmutableArray());

        public static KnownMember InNamespace(string ns, params string[] names) => new KnownMember(ImmutableArray<string>.Empty, ns, names.ToImmutableArray());

        public override string ToString() => (Namespace ?? string.Join("|", Types)) + "." + string.Join("|", Names);
    }
}
