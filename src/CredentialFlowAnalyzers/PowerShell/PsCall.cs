using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// A command call as the sign-in matcher sees it, whichever front end read it: a script's tokens
    /// (<see cref="PowerShellSignInFinder"/>) or C# hosting calls (<see cref="HostedPowerShell"/>).
    /// </summary>
    internal sealed class PsCall
    {
        public PsCall(ImmutableArray<PsArgument> named, ImmutableArray<PsArgument> positional)
        {
            Named = named;
            Positional = positional;
        }

        /// <summary>Parameters given by name (splatted keys included), in order.</summary>
        public ImmutableArray<PsArgument> Named { get; }

        /// <summary>Arguments given by position, in order.</summary>
        public ImmutableArray<PsArgument> Positional { get; }
    }

    /// <summary>One parameter or argument of a <see cref="PsCall"/>.</summary>
    internal sealed class PsArgument
    {
        public PsArgument(string? name, bool hasValue, string? text, bool incomplete, object origin)
        {
            Name = name;
            HasValue = hasValue;
            Text = text;
            Incomplete = incomplete;
            Origin = origin;
        }

        /// <summary>The parameter name as written (no dash), or null for a positional argument.</summary>
        public string? Name { get; }

        /// <summary>A value is given (a switch has none).</summary>
        public bool HasValue { get; }

        /// <summary>The value's text when the front end knows it (a literal's content, or a script expression as written).</summary>
        public string? Text { get; }

        /// <summary>The script is cut off inside this argument (code under edit): it decides nothing.</summary>
        public bool Incomplete { get; }

        /// <summary>What the front end made it from (a script element, a C# hosting call), for its diagnostics and fixes.</summary>
        public object Origin { get; }
    }
}
