using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>A string value as the code builds it (see <see cref="ValueFlow.StringPieces"/>): its pieces in order.</summary>
    internal sealed class BuiltString
    {
        public BuiltString(ImmutableArray<StringPiece> pieces, bool usesBuilder)
        {
            Pieces = pieces;
            UsesBuilder = usesBuilder;
        }

        public ImmutableArray<StringPiece> Pieces { get; }

        /// <summary>Some text came from a <c>StringBuilder</c>: the string is not one expression a fix could rewrite in place.</summary>
        public bool UsesBuilder { get; }
    }
}
