namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>What a <see cref="PsToken"/> is. Only what the sign-in finder needs; not PowerShell's own token set.</summary>
    internal enum PsTokenKind
    {
        /// <summary>A bareword: command name, unquoted argument, number, keyword, type name.</summary>
        Word,

        /// <summary><c>-Name</c> or <c>-Name:</c> (value attached after the colon).</summary>
        Parameter,

        /// <summary><c>$name</c>, <c>$env:NAME</c>, <c>${any name}</c>.</summary>
        Variable,

        /// <summary><c>@name</c> (splatting).</summary>
        Splat,

        /// <summary>'single', "double", @' here '@, @" here "@.</summary>
        String,

        /// <summary><c>(</c></summary>
        LParen,

        /// <summary><c>)</c></summary>
        RParen,

        /// <summary><c>{</c></summary>
        LBrace,

        /// <summary><c>}</c></summary>
        RBrace,

        /// <summary><c>[</c></summary>
        LBracket,

        /// <summary><c>]</c></summary>
        RBracket,

        /// <summary><c>@(</c></summary>
        AtParen,

        /// <summary><c>@{</c></summary>
        AtBrace,

        /// <summary><c>$(</c></summary>
        DollarParen,

        /// <summary><c>,</c></summary>
        Comma,

        /// <summary><c>=</c> and the compound assignments (<c>+=</c>, ...).</summary>
        Equals,

        /// <summary><c>|</c></summary>
        Pipe,

        /// <summary><c>;</c></summary>
        Semicolon,

        /// <summary><c>&amp;&amp;</c> or <c>||</c> (pipeline chain operators).</summary>
        ChainOperator,

        /// <summary><c>&amp;</c> (call operator).</summary>
        Ampersand,

        /// <summary>Any other punctuation (<c>.</c>, <c>::</c>, <c>!</c>, <c>+</c>, ...).</summary>
        Operator,

        /// <summary>A line break that ends a statement (continuations are not tokens).</summary>
        NewLine,

        /// <summary><c># ...</c> or <c>&lt;# ... #&gt;</c>.</summary>
        Comment,
    }

    /// <summary>One token of PowerShell text, with its position in that text.</summary>
    internal readonly struct PsToken
    {
        public PsToken(PsTokenKind kind, int start, int length, string value, bool flag = false, bool unterminated = false)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Value = value;
            Flag = flag;
            Unterminated = unterminated;
        }

        public PsTokenKind Kind { get; }

        /// <summary>Offset of the first character in the tokenized text.</summary>
        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        /// <summary>
        /// Word: its text. Parameter: the name without dash and colon. Variable/Splat: the name (scope prefix kept,
        /// <c>env:NAME</c>). String: the content (quotes removed, '' and `x escapes resolved for literal strings).
        /// Comment: the full comment text. Others: the text.
        /// </summary>
        public string Value { get; }

        /// <summary>
        /// Parameter: a value is attached with a colon (<c>-Name:$v</c>). String: the string expands variables or
        /// subexpressions (double-quoted with <c>$</c>), so its content is not a literal.
        /// </summary>
        public bool Flag { get; }

        /// <summary>A string, here-string, comment or <c>${...}</c> the input ended inside.</summary>
        public bool Unterminated { get; }

        public bool IsStatementSeparator => Kind == PsTokenKind.NewLine || Kind == PsTokenKind.Semicolon || Kind == PsTokenKind.ChainOperator;

        public override string ToString() => Kind + ":" + Value;
    }
}
