using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Base for rules that report calls and constructions of catalog members (<see cref="KnownApiCatalog"/>)
    /// with one rule id. Symbols are resolved once per compilation; the rule does nothing when none of its
    /// members exist there. Subclasses narrow the match with <see cref="ShouldReport"/>.
    /// </summary>
    public abstract class CatalogApiAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Key of the diagnostic property that names the matched catalog row (see <see cref="KnownApi.Key"/>).</summary>
        public const string ApiKeyProperty = "ApiKey";

        private protected abstract DiagnosticDescriptor Rule { get; }

        public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (!symbols.HasRule(Rule.Id))
                {
                    return;
                }

                (bool constructors, bool methods) = symbols.MemberKinds(Rule.Id);
                if (methods)
                {
                    start.RegisterOperationAction(ctx => Analyze(ctx, symbols), OperationKind.Invocation);
                }

                if (constructors)
                {
                    start.RegisterOperationAction(ctx => Analyze(ctx, symbols), OperationKind.ObjectCreation);
                }
            });
        }

        /// <summary>Extra conditions for a match (for example the type of an argument). The default reports every call.</summary>
        private protected virtual bool ShouldReport(IOperation operation, IMethodSymbol method, KnownApi api, KnownApiSymbols symbols) => true;

        private void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols)
        {
            IMethodSymbol? method = context.Operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (method is null
                || !symbols.TryGet(method, Rule.Id, out KnownApi api)
                || !ShouldReport(context.Operation, method, api, symbols))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ApiKeyProperty, api.Key),
                DisplayName(method),
                api.Replacement));
        }

        /// <summary>How a member is named in messages: <c>Type.Member</c>, or the type for a constructor. Never an argument value.</summary>
        internal static string DisplayName(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor
                ? method.ContainingType.Name
                : (method.ReducedFrom ?? method).ContainingType.Name + "." + method.Name;
    }
}
