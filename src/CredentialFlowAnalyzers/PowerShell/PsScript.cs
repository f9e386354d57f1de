using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// PowerShell text split into tokens and commands. A command starts with a bareword where a statement or
    /// pipeline element starts (after a line break, <c>;</c>, <c>|</c>, <c>=</c>, an opening bracket, <c>&amp;</c> or a
    /// keyword such as <c>return</c>); commands nested in parentheses, script blocks and subexpressions are found too.
    /// Also records the keys of hashtables assigned to variables (for splatting).
    /// </summary>
    internal sealed class PsScript
    {
        private static readonly ImmutableHashSet<string> Keywords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, new[]
        {
            "if", "elseif", "else", "switch", "foreach", "for", "while", "do", "until", "function", "filter", "workflow",
            "param", "begin", "process", "end", "try", "catch", "finally", "trap", "return", "throw", "break", "continue",
            "exit", "class", "enum", "using", "data", "dynamicparam", "in", "configuration", "parallel", "sequence", "inlinescript",
        });

        /// <summary>Keywords after which a command may follow directly.</summary>
        private static readonly ImmutableHashSet<string> CommandPrefixKeywords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, new[]
        {
            "return", "throw", "else", "try", "finally", "do", "begin", "process", "end", "exit",
        });

        /// <summary>How many variables a value is followed through (<c>$a = $b</c>, <c>$b = @{ ... }</c>), so a cycle ends.</summary>
        private const int MaxResolveDepth = 4;

        private readonly Dictionary<string, List<HashtableEntry>> _hashtables = new Dictionary<string, List<HashtableEntry>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The values assigned to each variable (<c>$name = value</c>), as token ranges (empty when unreadable); filled on first use.</summary>
        private Dictionary<string, List<(int First, int Last)>>? _assignments;

        private PsScript(string text)
        {
            Text = text;
            Tokens = PsTokenizer.Tokenize(text);
            Commands = FindCommands();
            FindHashtableAssignments();
        }

        /// <summary>One <c>Key = value</c> entry of a hashtable assigned to a variable: the key token and the value's tokens.</summary>
        private readonly struct HashtableEntry
        {
            public HashtableEntry(int key, int valueFirst, int valueLast)
            {
                Key = key;
                ValueFirst = valueFirst;
                ValueLast = valueLast;
            }

            public int Key { get; }

            public int ValueFirst { get; }

            /// <summary>Less than <see cref="ValueFirst"/> when the entry has no value (code under edit).</summary>
            public int ValueLast { get; }
        }

        public string Text { get; }

        public ImmutableArray<PsToken> Tokens { get; }

        public ImmutableArray<PsCommand> Commands { get; }

        public static PsScript Parse(string text) => new PsScript(text ?? string.Empty);

        /// <summary>Token indices of the keys of hashtables assigned to <c>$name</c> (<c>$name = @{ Key = ... }</c>).</summary>
        public IReadOnlyList<int> SplatKeys(string name) =>
            _hashtables.TryGetValue(name, out List<HashtableEntry>? entries) ? entries.ConvertAll(e => e.Key) : (IReadOnlyList<int>)Array.Empty<int>();

        /// <summary>
        /// The value a splatted hashtable gives the key at token <paramref name="key"/>, as <see cref="ResolvedValueOf(PsElement)"/>
        /// reads it; null when the entry has no value.
        /// </summary>
        public string? SplatValueOf(string name, int key)
        {
            if (_hashtables.TryGetValue(name, out List<HashtableEntry>? entries))
            {
                foreach (HashtableEntry entry in entries)
                {
                    if (entry.Key == key)
                    {
                        return entry.ValueLast < entry.ValueFirst ? null : Resolve(entry.ValueFirst, entry.ValueLast, 0);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The text of an element with what a script's own variables hold put in: a lone <c>$name</c> assigned exactly once
        /// in the script reads as its value, a string as its content, and a hashtable (<c>@{ Key = 'value'; ... }</c>) as
        /// form-encoded text (<c>Key=value&amp;...</c>, each value read the same way). Anything else reads as written.
        /// </summary>
        public string ResolvedValueOf(PsElement element) => Resolve(element.FirstToken, element.LastToken, 0);

        private string Resolve(int first, int last, int depth)
        {
            PsToken token = Tokens[first];
            if (first == last)
            {
                switch (token.Kind)
                {
                    case PsTokenKind.String:
                    case PsTokenKind.Word:
                        return token.Value;
                    case PsTokenKind.Variable when depth < MaxResolveDepth && AssignmentsOf(token.Value) is { Count: 1 } values && values[0].Last >= values[0].First:
                        return Resolve(values[0].First, values[0].Last, depth + 1);
                }
            }
            else if (token.Kind == PsTokenKind.AtBrace && depth < MaxResolveDepth && SkipUnit(first) == last)
            {
                return HashtableText(first, last, depth + 1);
            }

            return Text.Substring(token.Start, Tokens[last].End - token.Start);
        }

        /// <summary><c>@{ a = 'x'; b = $y }</c> as <c>a=x&amp;b=...</c>.</summary>
        private string HashtableText(int open, int close, int depth)
        {
            var text = new System.Text.StringBuilder();
            foreach (HashtableEntry entry in EntriesOf(open, close))
            {
                if (text.Length > 0)
                {
                    text.Append('&');
                }

                text.Append(Tokens[entry.Key].Value).Append('=');
                if (entry.ValueLast >= entry.ValueFirst)
                {
                    text.Append(Resolve(entry.ValueFirst, entry.ValueLast, depth));
                }
            }

            return text.ToString();
        }

        /// <summary>Each variable's assigned values, found on the first question (most scripts never ask).</summary>
        private List<(int First, int Last)>? AssignmentsOf(string name)
        {
            if (_assignments is null)
            {
                var found = new Dictionary<string, List<(int First, int Last)>>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i + 2 < Tokens.Length; i++)
                {
                    if (Tokens[i].Kind != PsTokenKind.Variable || Tokens[i + 1].Kind != PsTokenKind.Equals || Tokens[i + 1].Value != "=")
                    {
                        continue;
                    }

                    // The value runs to the end of the statement; brackets (a hashtable over several lines) are one unit.
                    // A bracket never closed (code under edit) leaves the value unreadable: it counts, but reads as nothing.
                    int last = i + 1;
                    _incomplete = false;
                    for (int j = i + 2; j < Tokens.Length && !Tokens[j].IsStatementSeparator && !IsCloser(Tokens[j].Kind) && Tokens[j].Kind != PsTokenKind.Pipe; j++)
                    {
                        j = SkipUnit(j);
                        last = _incomplete ? i + 1 : j;
                    }

                    if (!found.TryGetValue(Tokens[i].Value, out List<(int, int)>? values))
                    {
                        values = new List<(int, int)>();
                        found.Add(Tokens[i].Value, values);
                    }

                    values.Add((i + 2, last));
                }

                _assignments = found;
            }

            return _assignments.TryGetValue(name, out List<(int First, int Last)>? result) ? result : null;
        }

        /// <summary>The text of an element; for a single literal string, its content.</summary>
        public string ValueOf(PsElement element)
        {
            if (element.FirstToken == element.LastToken)
            {
                PsToken token = Tokens[element.FirstToken];
                if (token.Kind == PsTokenKind.String || token.Kind == PsTokenKind.Word)
                {
                    return token.Value;
                }
            }

            return Text.Substring(element.Start, element.End - element.Start);
        }

        /// <summary>True when the element is one literal string or bareword (no variables, no expressions).</summary>
        public bool IsLiteral(PsElement element)
        {
            if (element.FirstToken != element.LastToken)
            {
                return false;
            }

            PsToken token = Tokens[element.FirstToken];
            return (token.Kind == PsTokenKind.String && !token.Flag) || token.Kind == PsTokenKind.Word;
        }

        /// <summary>Binds <paramref name="command"/>'s elements: parameters take the next argument unless they are switches.</summary>
        public PsBoundCommand Bind(PsCommand command, ImmutableArray<string> switches)
        {
            var named = new List<PsElement>();
            var positional = new List<PsElement>();
            var splats = new List<PsElement>();
            ImmutableArray<PsElement> elements = command.Elements;
            for (int i = 0; i < elements.Length; i++)
            {
                PsElement element = elements[i];
                switch (element.Kind)
                {
                    case PsElementKind.Parameter:
                        var bound = new PsElement(PsElementKind.Parameter, element.FirstToken, element.LastToken, element.Start, element.End) { Name = element.Name, Attached = element.Attached };
                        if (element.Attached)
                        {
                            bound.Value = element.Value;
                        }
                        else if (i + 1 < elements.Length && elements[i + 1].Kind == PsElementKind.Argument && !IsSwitch(element.Name, switches))
                        {
                            bound.Value = elements[i + 1];
                            bound.LastToken = elements[i + 1].LastToken;
                            bound.End = elements[i + 1].End;
                            i++;
                        }

                        named.Add(bound);
                        break;
                    case PsElementKind.Argument:
                        positional.Add(element);
                        break;
                    case PsElementKind.Splat:
                        splats.Add(element);
                        break;
                }
            }

            return new PsBoundCommand(command, named, positional, splats);
        }

        private static bool IsSwitch(string written, ImmutableArray<string> switches)
        {
            foreach (string s in switches)
            {
                if (PowerShellSignInCatalog.Binds(written, s, 3))
                {
                    return true;
                }
            }

            foreach (string s in PowerShellSignInCatalog.CommonSwitches)
            {
                if (string.Equals(written, s, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<PsCommand> FindCommands()
        {
            var commands = ImmutableArray.CreateBuilder<PsCommand>();
            bool statementStart = true;
            for (int i = 0; i < Tokens.Length; i++)
            {
                PsToken token = Tokens[i];
                switch (token.Kind)
                {
                    case PsTokenKind.Comment:
                        continue;
                    case PsTokenKind.NewLine:
                    case PsTokenKind.Semicolon:
                    case PsTokenKind.ChainOperator:
                    case PsTokenKind.Pipe:
                    case PsTokenKind.LParen:
                    case PsTokenKind.LBrace:
                    case PsTokenKind.AtParen:
                    case PsTokenKind.DollarParen:
                    case PsTokenKind.Equals:
                    case PsTokenKind.Ampersand:
                    case PsTokenKind.RBrace:
                        statementStart = true;
                        continue;
                    case PsTokenKind.Word when statementStart:
                        if (Keywords.Contains(token.Value))
                        {
                            statementStart = CommandPrefixKeywords.Contains(token.Value);
                            continue;
                        }

                        if (token.Value == ".")
                        {
                            continue;
                        }

                        commands.Add(ReadCommand(i));
                        statementStart = false;
                        continue;
                    case PsTokenKind.Operator when statementStart && token.Value == ".":
                        // Dot-sourcing: ". ./script.ps1" or ". Connect-X".
                        continue;
                    default:
                        statementStart = false;
                        continue;
                }
            }

            return commands.ToImmutable();
        }

        private PsCommand ReadCommand(int nameIndex)
        {
            var elements = ImmutableArray.CreateBuilder<PsElement>();
            PsToken name = Tokens[nameIndex];
            int end = name.End;
            int i = nameIndex + 1;

            // A name glued to more text ("Get-Thing.ps1", "x::y") is still one name token; nothing else to do.
            while (i < Tokens.Length)
            {
                PsToken token = Tokens[i];
                if (token.Kind == PsTokenKind.Comment)
                {
                    i++;
                    continue;
                }

                if (token.IsStatementSeparator || token.Kind == PsTokenKind.Pipe || token.Kind == PsTokenKind.RParen
                    || token.Kind == PsTokenKind.RBrace || token.Kind == PsTokenKind.RBracket)
                {
                    break;
                }

                if (token.Kind == PsTokenKind.Parameter)
                {
                    var parameter = new PsElement(PsElementKind.Parameter, i, i, token.Start, token.End) { Name = token.Value };
                    i++;
                    if (token.Flag && i < Tokens.Length && !Tokens[i].IsStatementSeparator && !IsCloser(Tokens[i].Kind) && Tokens[i].Kind != PsTokenKind.Pipe)
                    {
                        PsElement value = ReadArgument(ref i);
                        parameter.Value = value;
                        parameter.Attached = true;
                        parameter.LastToken = value.LastToken;
                        parameter.End = value.End;
                    }

                    elements.Add(parameter);
                    end = parameter.End;
                    continue;
                }

                if (token.Kind == PsTokenKind.Splat)
                {
                    elements.Add(new PsElement(PsElementKind.Splat, i, i, token.Start, token.End) { Name = token.Value });
                    end = token.End;
                    i++;
                    continue;
                }

                PsElement argument = ReadArgument(ref i);
                elements.Add(argument);
                end = argument.End;
            }

            return new PsCommand(nameIndex, name.Value, name.Start, elements.ToImmutable(), end);
        }

        private static bool IsCloser(PsTokenKind kind) => kind == PsTokenKind.RParen || kind == PsTokenKind.RBrace || kind == PsTokenKind.RBracket;

        private static bool IsOpener(PsTokenKind kind) =>
            kind == PsTokenKind.LParen || kind == PsTokenKind.LBrace || kind == PsTokenKind.LBracket
            || kind == PsTokenKind.AtParen || kind == PsTokenKind.AtBrace || kind == PsTokenKind.DollarParen;

        /// <summary>
        /// Reads one argument starting at token <paramref name="i"/>: a token or bracketed group, extended over tokens
        /// glued to it without blanks (<c>$x.Prop</c>, <c>[pscredential]::new(...)</c>) and over commas (<c>$a, $b</c>).
        /// </summary>
        private PsElement ReadArgument(ref int i)
        {
            int first = i;
            int start = Tokens[i].Start;
            _incomplete = false;
            int last = SkipUnit(i);
            i = last + 1;
            while (i < Tokens.Length)
            {
                PsToken next = Tokens[i];
                // A bareword ends at '(' as in PowerShell's argument mode: New-Object Type($a, $b) passes the type and the
                // argument list as two arguments ($x.Method(...) and [type]::new(...) stay one expression).
                bool glued = next.Start == Tokens[last].End && !next.IsStatementSeparator && next.Kind != PsTokenKind.Pipe
                    && !IsCloser(next.Kind) && next.Kind != PsTokenKind.Parameter && next.Kind != PsTokenKind.Comment && next.Kind != PsTokenKind.Comma
                    && !(next.Kind == PsTokenKind.LParen && Tokens[last].Kind == PsTokenKind.Word && last == first);
                if (glued)
                {
                    last = SkipUnit(i);
                    i = last + 1;
                    continue;
                }

                if (next.Kind == PsTokenKind.Comma && i + 1 < Tokens.Length)
                {
                    int after = i + 1;
                    while (after < Tokens.Length && Tokens[after].Kind == PsTokenKind.NewLine)
                    {
                        after++;
                    }

                    if (after < Tokens.Length && !Tokens[after].IsStatementSeparator && !IsCloser(Tokens[after].Kind) && Tokens[after].Kind != PsTokenKind.Pipe && Tokens[after].Kind != PsTokenKind.Parameter)
                    {
                        last = SkipUnit(after);
                        i = last + 1;
                        continue;
                    }
                }

                break;
            }

            return new PsElement(PsElementKind.Argument, first, last, start, Tokens[last].End) { Incomplete = _incomplete };
        }

        /// <summary>The index of the last token of the unit starting at <paramref name="i"/> (the matching closer for an opener).</summary>
        private int SkipUnit(int i)
        {
            if (!IsOpener(Tokens[i].Kind))
            {
                return i;
            }

            int depth = 0;
            for (int j = i; j < Tokens.Length; j++)
            {
                if (IsOpener(Tokens[j].Kind))
                {
                    depth++;
                }
                else if (IsCloser(Tokens[j].Kind))
                {
                    depth--;
                    if (depth == 0)
                    {
                        return j;
                    }
                }
            }

            _incomplete = true;
            return Tokens.Length - 1;
        }

        /// <summary>Set by <see cref="SkipUnit"/> when a group is never closed (the input is truncated).</summary>
        private bool _incomplete;

        private void FindHashtableAssignments()
        {
            for (int i = 0; i + 2 < Tokens.Length; i++)
            {
                if (Tokens[i].Kind != PsTokenKind.Variable || Tokens[i + 1].Kind != PsTokenKind.Equals || Tokens[i + 1].Value != "=")
                {
                    continue;
                }

                int open = i + 2;
                while (open < Tokens.Length && (Tokens[open].Kind == PsTokenKind.LBracket || Tokens[open].Kind == PsTokenKind.Word || Tokens[open].Kind == PsTokenKind.RBracket) && Tokens[open].Kind != PsTokenKind.AtBrace)
                {
                    // [ordered]@{ ... }
                    open++;
                }

                if (open >= Tokens.Length || Tokens[open].Kind != PsTokenKind.AtBrace)
                {
                    continue;
                }

                _incomplete = false;
                int close = SkipUnit(open);
                if (_incomplete)
                {
                    continue;
                }

                string name = Tokens[i].Value;
                if (!_hashtables.TryGetValue(name, out List<HashtableEntry>? entries))
                {
                    entries = new List<HashtableEntry>();
                    _hashtables.Add(name, entries);
                }

                entries.AddRange(EntriesOf(open, close));
            }
        }

        /// <summary>The <c>Key = value</c> entries of the hashtable from <paramref name="open"/> (<c>@{</c>) to <paramref name="close"/>.</summary>
        private List<HashtableEntry> EntriesOf(int open, int close)
        {
            var entries = new List<HashtableEntry>();
            bool keyPosition = true;
            for (int j = open + 1; j < close; j++)
            {
                PsToken token = Tokens[j];
                if (token.Kind == PsTokenKind.NewLine || token.Kind == PsTokenKind.Semicolon || token.Kind == PsTokenKind.Comment)
                {
                    keyPosition = keyPosition || token.Kind != PsTokenKind.Comment;
                    continue;
                }

                if (keyPosition && (token.Kind == PsTokenKind.Word || token.Kind == PsTokenKind.String)
                    && j + 1 < close && Tokens[j + 1].Kind == PsTokenKind.Equals)
                {
                    // The value runs to the end of the entry (a line break or ';' outside brackets).
                    int first = j + 2;
                    int last = j + 1;
                    for (int k = first; k < close && !Tokens[k].IsStatementSeparator; k++)
                    {
                        k = Math.Min(SkipUnit(k), close - 1);
                        last = k;
                    }

                    entries.Add(new HashtableEntry(j, first, last));
                    j = last;
                    keyPosition = false;
                    continue;
                }

                j = Math.Min(SkipUnit(j), close - 1);
                keyPosition = false;
            }

            return entries;
        }
    }
}
