using System.Collections.Generic;
using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.PowerShell
{
    internal enum PsElementKind
    {
        /// <summary><c>-Name</c> (its value, if any, is <see cref="PsElement.Value"/>).</summary>
        Parameter,

        /// <summary>A positional argument (a token, a bracketed group, or tokens glued together such as <c>$x.Prop</c> or <c>$a, $b</c>).</summary>
        Argument,

        /// <summary><c>@name</c>.</summary>
        Splat,
    }

    /// <summary>One parameter or argument of a command, as token indices and text offsets.</summary>
    internal sealed class PsElement
    {
        public PsElement(PsElementKind kind, int firstToken, int lastToken, int start, int end)
        {
            Kind = kind;
            FirstToken = firstToken;
            LastToken = lastToken;
            Start = start;
            End = end;
        }

        public PsElementKind Kind { get; }

        public int FirstToken { get; }

        public int LastToken { get; set; }

        public int Start { get; }

        /// <summary>End offset, including an attached value.</summary>
        public int End { get; set; }

        /// <summary>Parameter: the written name (no dash). Splat: the variable name.</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Parameter: the value it takes (attached with a colon or the next argument), or null for a switch.</summary>
        public PsElement? Value { get; set; }

        /// <summary>A bracket the element opens is never closed (truncated input).</summary>
        public bool Incomplete { get; set; }

        /// <summary>A value joined to its parameter with a colon.</summary>
        public bool Attached { get; set; }
    }

    /// <summary>A command invocation: its name token and elements.</summary>
    internal sealed class PsCommand
    {
        public PsCommand(int nameToken, string name, int start, ImmutableArray<PsElement> elements, int end)
        {
            NameToken = nameToken;
            Name = name;
            Start = start;
            Elements = elements;
            End = end;
        }

        public int NameToken { get; }

        /// <summary>The command name as written (module qualification kept).</summary>
        public string Name { get; }

        public int Start { get; }

        /// <summary>End offset of the last element (or of the name).</summary>
        public int End { get; }

        /// <summary>Raw elements, not yet bound: parameters do not own their values here.</summary>
        public ImmutableArray<PsElement> Elements { get; }
    }

    /// <summary>A command's elements bound against one catalog row: named parameters with values, positionals, splats.</summary>
    internal sealed class PsBoundCommand
    {
        public PsBoundCommand(PsCommand command, List<PsElement> named, List<PsElement> positional, List<PsElement> splats)
        {
            Command = command;
            Named = named;
            Positional = positional;
            Splats = splats;
        }

        public PsCommand Command { get; }

        /// <summary>Parameter elements, each with its <see cref="PsElement.Value"/> set when it took one.</summary>
        public List<PsElement> Named { get; }

        /// <summary>Arguments not taken by a parameter, in order.</summary>
        public List<PsElement> Positional { get; }

        public List<PsElement> Splats { get; }
    }
}
