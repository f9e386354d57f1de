using System.Collections.Immutable;
using CredentialFlowAnalyzers.Tool.Loading;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>What a scan found: the findings, the rules they belong to, and what could not be loaded.</summary>
    internal sealed record ScanResult(
        string RootDisplay,
        ImmutableArray<Finding> Findings,
        ImmutableDictionary<string, DiagnosticDescriptor> Rules,
        ImmutableArray<string> Groups,
        ImmutableArray<LoadProblem> Problems);
}
