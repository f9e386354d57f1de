using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>Whether and how a finding can be fixed automatically.</summary>
    internal enum FixAvailability
    {
        /// <summary>No code fix for this site: the rule page says what to do.</summary>
        None,

        /// <summary>A C# fix: applied by <c>cfa fix</c>, <c>dotnet format analyzers</c> and the IDE.</summary>
        Batch,

        /// <summary>A fix in a script or configuration file: applied by <c>cfa fix</c> and the IDE (never by <c>dotnet format</c>).</summary>
        ToolAndIde,
    }

    /// <summary>One site the rules report. Holds nothing from the code but its position (never a secret).</summary>
    internal sealed record Finding(
        string RuleId,
        DiagnosticSeverity Severity,
        string Message,
        string FullPath,
        string File,
        int Line,
        int Column,
        int EndLine,
        int EndColumn,
        string Group,
        FixAvailability Fix);
}
