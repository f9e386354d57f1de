using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// A small PowerShell tokenizer: enough of the language to find commands, their parameters and arguments
    /// without the engine. Handles comments (<c>#</c>, <c>&lt;# #&gt;</c>), single/double-quoted strings
    /// (<c>''</c>, <c>""</c> and backtick escapes; <c>$(...)</c> inside double quotes is skipped as a whole),
    /// here-strings (<c>@' '@</c>, <c>@" "@</c>), backtick line continuations, variables, splatting and the
    /// punctuation that separates statements and pipelines. It never throws: truncated input yields tokens
    /// marked <see cref="PsToken.Unterminated"/>.
    /// </summary>
    internal static class PsTokenizer
    {
        /// <summary>Tokenizes <paramref name="text"/>. Public to tests and the benchmark.</summary>
        public static ImmutableArray<PsToken> Tokenize(string text)
        {
            var tokens = ImmutableArray.CreateBuilder<PsToken>();
            var lexer = new Lexer(text);
            while (lexer.Next(out PsToken token))
            {
                tokens.Add(token);
            }

            return tokens.ToImmutable();
        }

        /// <summary>Line break characters PowerShell accepts.</summary>
        private static bool IsNewLine(char c) => c == '\n' || c == '\r';

        private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\u00A0' || c == '\uFEFF';

        private static bool IsDash(char c) => c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';

        private static bool IsSingleQuote(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';

        private static bool IsDoubleQuote(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';

        private static bool IsVariableChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '?' || c == '\uE000';

        /// <summary>Characters that end a bareword.</summary>
        private static bool EndsWord(char c) =>
            IsBlank(c) || IsNewLine(c) || c == '(' || c == ')' || c == '{' || c == '}' || c == '[' || c == ']' || c == ';'
            || c == ',' || c == '|' || c == '&' || IsSingleQuote(c) || IsDoubleQuote(c) || c == '=';

        private sealed class Lexer
        {
            private readonly string _text;
            private int _pos;

            public Lexer(string text)
            {
                _text = text ?? string.Empty;
            }

            private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

            private bool AtEnd => _pos >= _text.Length;

            public bool Next(out PsToken token)
            {
                SkipBlanksAndContinuations();
                token = default;
                if (AtEnd)
                {
                    return false;
                }

                int start = _pos;
                char c = Peek();

                if (IsNewLine(c))
                {
                    _pos += c == '\r' && Peek(1) == '\n' ? 2 : 1;
                    token = new PsToken(PsTokenKind.NewLine, start, _pos - start, "\n");
                    return true;
                }

                if (c == '#')
                {
                    while (!AtEnd && !IsNewLine(Peek()))
                    {
                        _pos++;
                    }

                    token = new PsToken(PsTokenKind.Comment, start, _pos - start, _text.Substring(start, _pos - start));
                    return true;
                }

                if (c == '<' && Peek(1) == '#')
                {
                    int close = _text.IndexOf("#>", _pos + 2, System.StringComparison.Ordinal);
                    bool unterminated = close < 0;
                    _pos = unterminated ? _text.Length : close + 2;
                    token = new PsToken(PsTokenKind.Comment, start, _pos - start, _text.Substring(start, _pos - start), unterminated: unterminated);
                    return true;
                }

                if (c == '@')
                {
                    char n = Peek(1);
                    if ((IsSingleQuote(n) || IsDoubleQuote(n)) && IsHereStringHeader(_pos + 2))
                    {
                        token = HereString(start, IsDoubleQuote(n));
                        return true;
                    }

                    if (n == '(' || n == '{')
                    {
                        _pos += 2;
                        token = new PsToken(n == '(' ? PsTokenKind.AtParen : PsTokenKind.AtBrace, start, 2, _text.Substring(start, 2));
                        return true;
                    }

                    if (IsVariableChar(n))
                    {
                        _pos++;
                        while (!AtEnd && IsVariableChar(Peek()))
                        {
                            _pos++;
                        }

                        token = new PsToken(PsTokenKind.Splat, start, _pos - start, _text.Substring(start + 1, _pos - start - 1));
                        return true;
                    }
                }

                if (IsSingleQuote(c))
                {
                    token = SingleQuoted(start);
                    return true;
                }

                if (IsDoubleQuote(c))
                {
                    token = DoubleQuoted(start);
                    return true;
                }

                if (c == '$')
                {
                    token = Variable(start);
                    return true;
                }

                if (IsDash(c) && (char.IsLetter(Peek(1)) || Peek(1) == '_' || Peek(1) == '?'))
                {
                    token = Parameter(start);
                    return true;
                }

                switch (c)
                {
                    case '(': return Single(PsTokenKind.LParen, out token);
                    case ')': return Single(PsTokenKind.RParen, out token);
                    case '{': return Single(PsTokenKind.LBrace, out token);
                    case '}': return Single(PsTokenKind.RBrace, out token);
                    case '[': return Single(PsTokenKind.LBracket, out token);
                    case ']': return Single(PsTokenKind.RBracket, out token);
                    case ',': return Single(PsTokenKind.Comma, out token);
                    case ';': return Single(PsTokenKind.Semicolon, out token);
                    case '=': return Single(PsTokenKind.Equals, out token);
                    case '|':
                        if (Peek(1) == '|')
                        {
                            _pos += 2;
                            token = new PsToken(PsTokenKind.ChainOperator, start, 2, "||");
                            return true;
                        }

                        return Single(PsTokenKind.Pipe, out token);
                    case '&':
                        if (Peek(1) == '&')
                        {
                            _pos += 2;
                            token = new PsToken(PsTokenKind.ChainOperator, start, 2, "&&");
                            return true;
                        }

                        return Single(PsTokenKind.Ampersand, out token);
                }

                // Compound assignment (+=, -=, *=, /=, %=, ??=).
                if ((c == '+' || c == '-' || c == '*' || c == '/' || c == '%') && Peek(1) == '=')
                {
                    _pos += 2;
                    token = new PsToken(PsTokenKind.Equals, start, 2, _text.Substring(start, 2));
                    return true;
                }

                if (c == ':' && Peek(1) == ':')
                {
                    _pos += 2;
                    token = new PsToken(PsTokenKind.Operator, start, 2, "::");
                    return true;
                }

                if (c == '.' && !(char.IsLetterOrDigit(Peek(1)) || Peek(1) == '\\' || Peek(1) == '/' || Peek(1) == '.'))
                {
                    return Single(PsTokenKind.Operator, out token);
                }

                if (c == '!' || c == '+' || c == '*' || c == '/' || c == '%' || c == '>' || c == '<' || IsDash(c))
                {
                    if (!(IsDash(c) && char.IsDigit(Peek(1))) && !(c == '<' && Peek(1) == '#'))
                    {
                        return Single(PsTokenKind.Operator, out token);
                    }
                }

                token = Word(start);
                return true;
            }

            private bool Single(PsTokenKind kind, out PsToken token)
            {
                token = new PsToken(kind, _pos, 1, OneCharacter(_text[_pos]));
                _pos++;
                return true;
            }

            /// <summary>The text of a one-character token, without allocating for the punctuation the lexer produces.</summary>
            private static string OneCharacter(char c) => c switch
            {
                '(' => "(",
                ')' => ")",
                '{' => "{",
                '}' => "}",
                '[' => "[",
                ']' => "]",
                ',' => ",",
                ';' => ";",
                '=' => "=",
                '|' => "|",
                '&' => "&",
                '.' => ".",
                '!' => "!",
                '+' => "+",
                '*' => "*",
                '/' => "/",
                '%' => "%",
                '>' => ">",
                '<' => "<",
                '-' => "-",
                _ => c.ToString(),
            };

            /// <summary>Skips blanks and backtick line continuations (a backtick right before a line break).</summary>
            private void SkipBlanksAndContinuations()
            {
                while (!AtEnd)
                {
                    char c = Peek();
                    if (IsBlank(c))
                    {
                        _pos++;
                    }
                    else if (c == '`' && IsNewLine(Peek(1)))
                    {
                        _pos += Peek(1) == '\r' && Peek(2) == '\n' ? 3 : 2;
                    }
                    else
                    {
                        return;
                    }
                }
            }

            /// <summary>A here-string opener is followed by nothing but blanks up to the line break.</summary>
            private bool IsHereStringHeader(int index)
            {
                for (int i = index; i < _text.Length; i++)
                {
                    if (IsNewLine(_text[i]))
                    {
                        return true;
                    }

                    if (!IsBlank(_text[i]))
                    {
                        return false;
                    }
                }

                return false;
            }

            private PsToken HereString(int start, bool expandable)
            {
                // Content starts after the first line break; it ends at a line break followed by the quote and @ at column 0.
                int i = start + 2;
                while (i < _text.Length && !IsNewLine(_text[i]))
                {
                    i++;
                }

                i += i + 1 < _text.Length && _text[i] == '\r' && _text[i + 1] == '\n' ? 2 : 1;
                int contentStart = i;
                int lineStart = i;
                while (lineStart <= _text.Length)
                {
                    if (lineStart + 1 < _text.Length
                        && (expandable ? IsDoubleQuote(_text[lineStart]) : IsSingleQuote(_text[lineStart]))
                        && _text[lineStart + 1] == '@')
                    {
                        int contentEnd = lineStart;
                        if (contentEnd > contentStart && _text[contentEnd - 1] == '\n')
                        {
                            contentEnd--;
                        }

                        if (contentEnd > contentStart && _text[contentEnd - 1] == '\r')
                        {
                            contentEnd--;
                        }

                        _pos = lineStart + 2;
                        string content = contentEnd > contentStart ? _text.Substring(contentStart, contentEnd - contentStart) : string.Empty;
                        return new PsToken(PsTokenKind.String, start, _pos - start, content, expandable && content.IndexOf('$') >= 0);
                    }

                    int next = _text.IndexOf('\n', lineStart);
                    if (next < 0)
                    {
                        break;
                    }

                    lineStart = next + 1;
                }

                _pos = _text.Length;
                string rest = contentStart < _text.Length ? _text.Substring(contentStart) : string.Empty;
                return new PsToken(PsTokenKind.String, start, _pos - start, rest, expandable && rest.IndexOf('$') >= 0, unterminated: true);
            }

            private PsToken SingleQuoted(int start)
            {
                // The value is the text between the quotes; a doubled quote stands for one. A builder is made only then.
                StringBuilder? value = null;
                _pos++;
                int segment = _pos;
                while (!AtEnd)
                {
                    char c = Peek();
                    if (IsSingleQuote(c))
                    {
                        if (IsSingleQuote(Peek(1)))
                        {
                            value ??= new StringBuilder();
                            value.Append(_text, segment, _pos + 1 - segment);
                            _pos += 2;
                            segment = _pos;
                            continue;
                        }

                        string closed = Value(value, segment, _pos);
                        _pos++;
                        return new PsToken(PsTokenKind.String, start, _pos - start, closed);
                    }

                    _pos++;
                }

                return new PsToken(PsTokenKind.String, start, _pos - start, Value(value, segment, _pos), unterminated: true);
            }

            /// <summary>The value built so far plus the verbatim text from <paramref name="segment"/> to <paramref name="end"/>.</summary>
            private string Value(StringBuilder? built, int segment, int end) =>
                built is null ? _text.Substring(segment, end - segment) : built.Append(_text, segment, end - segment).ToString();

            private PsToken DoubleQuoted(int start)
            {
                // Text is taken verbatim (including $( ... ) subexpressions) except backtick escapes and doubled quotes;
                // a builder is made only when one of those occurs.
                StringBuilder? value = null;
                bool expands = false;
                _pos++;
                int segment = _pos;
                while (!AtEnd)
                {
                    char c = Peek();
                    if (c == '`' && _pos + 1 < _text.Length)
                    {
                        value ??= new StringBuilder();
                        value.Append(_text, segment, _pos - segment).Append(Escape(Peek(1)));
                        _pos += 2;
                        segment = _pos;
                        continue;
                    }

                    if (IsDoubleQuote(c))
                    {
                        if (IsDoubleQuote(Peek(1)))
                        {
                            value ??= new StringBuilder();
                            value.Append(_text, segment, _pos - segment).Append('"');
                            _pos += 2;
                            segment = _pos;
                            continue;
                        }

                        string closed = Value(value, segment, _pos);
                        _pos++;
                        return new PsToken(PsTokenKind.String, start, _pos - start, closed, expands);
                    }

                    if (c == '$' && Peek(1) == '(')
                    {
                        // $( ... ) is opaque: skip it with the same lexer so quotes and parentheses inside it nest.
                        expands = true;
                        _pos += 2;
                        SkipToClosing(PsTokenKind.RParen);
                        continue;
                    }

                    if (c == '$' && (IsVariableChar(Peek(1)) || Peek(1) == '{'))
                    {
                        expands = true;
                    }

                    _pos++;
                }

                return new PsToken(PsTokenKind.String, start, _pos - start, Value(value, segment, _pos), expands, unterminated: true);
            }

            /// <summary>Consumes tokens up to and including the one that closes the group just opened.</summary>
            private void SkipToClosing(PsTokenKind closing)
            {
                int depth = 0;
                while (Next(out PsToken token))
                {
                    switch (token.Kind)
                    {
                        case PsTokenKind.LParen:
                        case PsTokenKind.AtParen:
                        case PsTokenKind.DollarParen:
                        case PsTokenKind.LBrace:
                        case PsTokenKind.AtBrace:
                            depth++;
                            break;
                        case PsTokenKind.RParen:
                        case PsTokenKind.RBrace:
                            if (depth == 0)
                            {
                                return;
                            }

                            depth--;
                            break;
                    }
                }
            }

            private static char Escape(char c) => c switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                'e' => '\u001B',
                _ => c,
            };

            private PsToken Variable(int start)
            {
                char n = Peek(1);
                if (n == '(')
                {
                    _pos += 2;
                    return new PsToken(PsTokenKind.DollarParen, start, 2, "$(");
                }

                if (n == '{')
                {
                    int close = _text.IndexOf('}', _pos + 2);
                    bool unterminated = close < 0;
                    _pos = unterminated ? _text.Length : close + 1;
                    string name = unterminated ? _text.Substring(start + 2) : _text.Substring(start + 2, close - start - 2);
                    return new PsToken(PsTokenKind.Variable, start, _pos - start, name, unterminated: unterminated);
                }

                _pos++;
                if (Peek() == '$' || Peek() == '^' || Peek() == '?')
                {
                    _pos++;
                    return new PsToken(PsTokenKind.Variable, start, 2, _text.Substring(start + 1, 1));
                }

                while (!AtEnd && (IsVariableChar(Peek()) || (Peek() == ':' && Peek(1) != ':' && IsVariableChar(Peek(1)))))
                {
                    _pos++;
                }

                return new PsToken(PsTokenKind.Variable, start, _pos - start, _text.Substring(start + 1, _pos - start - 1));
            }

            private PsToken Parameter(int start)
            {
                _pos++;
                while (!AtEnd && !EndsWord(Peek()) && Peek() != ':' && Peek() != '.')
                {
                    _pos++;
                }

                string name = _text.Substring(start + 1, _pos - start - 1);
                bool colon = false;
                if (Peek() == ':' && Peek(1) != ':')
                {
                    colon = true;
                    _pos++;
                }

                return new PsToken(PsTokenKind.Parameter, start, _pos - start, name, colon);
            }

            private PsToken Word(int start)
            {
                // Verbatim text except backtick escapes (the backtick is dropped); a builder is made only for those.
                StringBuilder? value = null;
                int segment = _pos;
                while (!AtEnd)
                {
                    char c = Peek();
                    if (c == '`' && _pos + 1 < _text.Length && !IsNewLine(Peek(1)))
                    {
                        value ??= new StringBuilder();
                        value.Append(_text, segment, _pos - segment).Append(Peek(1));
                        _pos += 2;
                        segment = _pos;
                        continue;
                    }

                    if (EndsWord(c) || c == '`' || (_pos > start && c == ':' && Peek(1) == ':'))
                    {
                        break;
                    }

                    _pos++;
                }

                if (_pos == start)
                {
                    // A character no rule consumes (a lone backtick at the end): one-character word, so the lexer always advances.
                    _pos++;
                    return new PsToken(PsTokenKind.Word, start, 1, OneCharacter(_text[start]));
                }

                return new PsToken(PsTokenKind.Word, start, _pos - start, Value(value, segment, _pos));
            }
        }
    }
}
