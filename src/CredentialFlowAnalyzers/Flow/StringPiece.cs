using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>What a piece of a string built in code is made of.</summary>
    internal enum StringPieceKind
    {
        /// <summary>The text of one string literal token (regular, verbatim or raw): maps character by character to source.</summary>
        Literal,

        /// <summary>The text part of an interpolated string: maps character by character to source.</summary>
        InterpolatedText,

        /// <summary>Known text that has no one token to map to (a constant from elsewhere, a number, a builder's line break).</summary>
        Constant,

        /// <summary>A value only known at run time (a parameter, a configuration read, a call).</summary>
        Unknown,
    }

    /// <summary>One piece of a string built in code (see <see cref="ValueFlow.StringPieces"/>), with where it came from.</summary>
    internal sealed class StringPiece
    {
        public StringPiece(StringPieceKind kind, string text, IOperation source, SyntaxToken token = default)
        {
            Kind = kind;
            Text = text;
            Source = source;
            Token = token;
        }

        public StringPieceKind Kind { get; }

        /// <summary>The text; empty for <see cref="StringPieceKind.Unknown"/> (consumers render a placeholder of their own).</summary>
        public string Text { get; }

        /// <summary>
        /// The operation the piece is reported at: the literal or constant itself, the whole interpolated string for its
        /// text parts, the expression whose value is unknown.
        /// </summary>
        public IOperation Source { get; }

        /// <summary>The literal token or interpolated-text token, for <see cref="StringPieceKind.Literal"/> and <see cref="StringPieceKind.InterpolatedText"/>.</summary>
        public SyntaxToken Token { get; }

        public bool IsKnown => Kind != StringPieceKind.Unknown;
    }
}
