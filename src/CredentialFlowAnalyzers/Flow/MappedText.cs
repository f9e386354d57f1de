using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// Script text assembled from C# strings, with the source span each character came from, so a finding in the
    /// script maps back to the right characters inside the C# literal. Characters that do not come from a literal
    /// (interpolation holes, <c>AppendLine</c>'s line break, values not known at compile time) have no span.
    /// </summary>
    internal sealed class MappedText
    {
        /// <summary>Stands for an interpolation hole or an unknown value: a word character for the tokenizer.</summary>
        public const char Hole = '\uE000';

        private readonly StringBuilder _text = new StringBuilder();
        private readonly List<TextSpan?> _spans = new List<TextSpan?>();

        private MappedText(SyntaxTree tree)
        {
            Tree = tree;
        }

        /// <summary>The text of a string built in code (<see cref="ValueFlow.StringPieces"/>), each character mapped to its source where it has one.</summary>
        public static MappedText From(BuiltString value, SyntaxTree tree)
        {
            var text = new MappedText(tree);
            foreach (StringPiece piece in value.Pieces)
            {
                switch (piece.Kind)
                {
                    case StringPieceKind.Literal:
                        text.AddLiteral(piece.Token);
                        break;
                    case StringPieceKind.InterpolatedText when piece.Token.Parent is InterpolatedStringTextSyntax part:
                        text.AddInterpolatedText(part);
                        break;
                    case StringPieceKind.Unknown:
                        text.AddSynthetic(Hole.ToString());
                        break;
                    default:
                        text.AddSynthetic(piece.Text);
                        break;
                }
            }

            // Text assembled by a builder is never one literal a fix could rewrite in place.
            if (value.UsesBuilder)
            {
                text.MarkNotSingle();
            }

            return text;
        }

        public SyntaxTree Tree { get; }

        public string Text => _text.ToString();

        private int _parts;
        private SyntaxToken? _single;

        /// <summary>Every character comes from one regular or verbatim literal token (what a text fix can rewrite).</summary>
        public SyntaxToken? SingleLiteral => _parts == 1 ? _single : null;

        private void AddSynthetic(string text)
        {
            MarkNotSingle();
            foreach (char c in text)
            {
                _text.Append(c);
                _spans.Add(null);
            }
        }

        /// <summary>Adds a string literal token (regular, verbatim or raw, single or multi line).</summary>
        private void AddLiteral(SyntaxToken token)
        {
            _parts++;
            _single = token.IsKind(SyntaxKind.StringLiteralToken) ? token : (SyntaxToken?)null;
            string value = token.ValueText;
            string source = token.Text;
            int offset = token.SpanStart;
            List<TextSpan>? map = null;

            if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith("@\"", System.StringComparison.Ordinal))
            {
                map = Verbatim(source, offset, 2, 1, false);
            }
            else if (token.IsKind(SyntaxKind.StringLiteralToken) && source.StartsWith("\"", System.StringComparison.Ordinal))
            {
                map = Regular(source, offset, 1, 1, false);
            }
            else if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
            {
                int quotes = CountQuotes(source, 0);
                map = Verbatim(source, offset, quotes, quotes, raw: true);
            }

            Append(value, map, token.Span);
        }

        /// <summary>Adds the text part of an interpolated string.</summary>
        private void AddInterpolatedText(InterpolatedStringTextSyntax part)
        {
            MarkNotSingle();
            SyntaxToken token = part.TextToken;
            string source = token.Text;
            bool verbatim = part.Parent is InterpolatedStringExpressionSyntax parent && parent.StringStartToken.Text.Contains("@");
            bool raw = part.Parent is InterpolatedStringExpressionSyntax rawParent && rawParent.StringStartToken.Text.Contains("\"\"\"");
            List<TextSpan>? map = raw ? null : verbatim ? Verbatim(source, token.SpanStart, 0, 0, false, braces: true) : Regular(source, token.SpanStart, 0, 0, braces: true);
            Append(token.ValueText, map, token.Span);
        }

        private void MarkNotSingle()
        {
            _parts += 2;
            _single = null;
        }

        /// <summary>The source span for text offsets [start, end), or null when they do not map exactly.</summary>
        public TextSpan? Map(int start, int end)
        {
            if (start < 0 || end > _spans.Count || end <= start || _spans[start] is not { } first || _spans[end - 1] is not { } last || last.End <= first.Start)
            {
                return null;
            }

            return TextSpan.FromBounds(first.Start, last.End);
        }

        private void Append(string value, List<TextSpan>? map, TextSpan whole)
        {
            bool exact = map != null && map.Count == value.Length;
            for (int i = 0; i < value.Length; i++)
            {
                _text.Append(value[i]);
                _spans.Add(exact ? map![i] : whole);
            }
        }

        private static int CountQuotes(string source, int from)
        {
            int n = 0;
            while (from + n < source.Length && source[from + n] == '"')
            {
                n++;
            }

            return n;
        }

        /// <summary>@"..." ("" is a quote) and single-line raw strings (no escapes); with braces, {{ and }} are one brace.</summary>
        private static List<TextSpan> Verbatim(string source, int offset, int open, int close, bool raw, bool braces = false)
        {
            var map = new List<TextSpan>();
            for (int i = open; i < source.Length - close; i++)
            {
                int width = 1;
                if (!raw && source[i] == '"' && i + 1 < source.Length - close && source[i + 1] == '"')
                {
                    width = 2;
                }
                else if (braces && (source[i] == '{' || source[i] == '}') && i + 1 < source.Length && source[i + 1] == source[i])
                {
                    width = 2;
                }

                map.Add(new TextSpan(offset + i, width));
                i += width - 1;
            }

            return map;
        }

        /// <summary>"..." with backslash escapes; a \U escape above U+FFFF yields two characters with the same span.</summary>
        private static List<TextSpan> Regular(string source, int offset, int open, int close, bool braces = false)
        {
            var map = new List<TextSpan>();
            for (int i = open; i < source.Length - close; i++)
            {
                int width = 1;
                int chars = 1;
                if (source[i] == '\\' && i + 1 < source.Length)
                {
                    char e = source[i + 1];
                    if (e == 'u')
                    {
                        width = 6;
                    }
                    else if (e == 'U')
                    {
                        width = 10;
                        if (i + 10 <= source.Length && uint.TryParse(source.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out uint cp) && cp > 0xFFFF)
                        {
                            chars = 2;
                        }
                    }
                    else if (e == 'x')
                    {
                        width = 2;
                        while (width < 6 && i + width < source.Length - close && Uri.IsHexDigit(source[i + width]))
                        {
                            width++;
                        }
                    }
                    else
                    {
                        width = 2;
                    }
                }
                else if (braces && (source[i] == '{' || source[i] == '}') && i + 1 < source.Length && source[i + 1] == source[i])
                {
                    width = 2;
                }

                width = System.Math.Min(width, source.Length - i);
                for (int c = 0; c < chars; c++)
                {
                    map.Add(new TextSpan(offset + i, width));
                }

                i += width - 1;
            }

            return map;
        }

        private static class Uri
        {
            public static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
