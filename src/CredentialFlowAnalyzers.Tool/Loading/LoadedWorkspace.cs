using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>One unit of analysis: a loaded project (one per target framework) or the folder of loose files.</summary>
    /// <param name="Id">The project in <see cref="LoadedWorkspace.Solution"/>.</param>
    /// <param name="Group">What the inventory groups its findings under: the project file or the folder, relative to the root.</param>
    /// <param name="IsLooseFiles">True for the ad-hoc project that holds the files no project includes.</param>
    internal sealed record AnalysisTarget(ProjectId Id, string Group, bool IsLooseFiles);

    /// <summary>The solution the tool analyzes and fixes, the targets in it, and what could not be loaded.</summary>
    internal sealed class LoadedWorkspace : IDisposable
    {
        private readonly Workspace _workspace;

        public LoadedWorkspace(Workspace workspace, Solution solution, ScanInput input, ImmutableArray<AnalysisTarget> targets, ImmutableArray<LoadProblem> problems)
        {
            _workspace = workspace;
            Solution = solution;
            Input = input;
            Targets = targets;
            Problems = problems;
        }

        public Solution Solution { get; }

        public ScanInput Input { get; }

        public ImmutableArray<AnalysisTarget> Targets { get; }

        public ImmutableArray<LoadProblem> Problems { get; }

        public void Dispose() => _workspace.Dispose();
    }
}
