using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// An analyzer that reports exactly one diagnostic id. Batch fixers (<c>dotnet format</c>) run the analyzers that
    /// support an id and fix the first diagnostic they report, so an analyzer must not mix ids that have different
    /// fixes. Analyses run concurrently and skip generated code.
    /// </summary>
    public abstract class SingleRuleAnalyzer : DiagnosticAnalyzer
    {
        private protected abstract DiagnosticDescriptor Rule { get; }

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            Register(context);
        }

        /// <summary>Registers the rule's actions.</summary>
        private protected abstract void Register(AnalysisContext context);
    }
}
