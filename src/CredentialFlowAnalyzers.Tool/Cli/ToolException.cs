using System;

namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary>
    /// A problem the user can act on: its message is printed as one line and the tool exits with
    /// <see cref="ExitCodes.UsageOrLoadError"/>; no stack trace is shown.
    /// </summary>
    internal sealed class ToolException : Exception
    {
        public ToolException(string message)
            : base(message)
        {
        }
    }
}
