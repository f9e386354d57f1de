using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Base for rules that report uses of catalog members (<see cref="KnownApiCatalog"/>) with one diagnostic id:
    /// calls, constructions, conversions, field reads and (on request) property sets. Symbols are resolved once per
    /// compilation; the rule registers nothing when none of its members exist there, and only for the operation kinds
    /// its members can be reached by. Subclasses narrow the match (<see cref="ShouldReport"/>), shape the diagnostic
    /// (<see cref="CreateDiagnostic"/>) and add what is not a member use (<see cref="RegisterMore"/>).
    /// </summary>
    public abstract class CatalogApiAnalyzer : SingleRuleAnalyzer
    {
        /// <summary>Key of the diagnostic property that names the matched catalog row (see <see cref="KnownApi.Key"/>).</summary>
        public const string ApiKeyProperty = "ApiKey";

        /// <summary>The rule whose catalog rows are reported: this rule's, or another's when two ids split one set of rows by a condition.</summary>
        private protected virtual string CatalogRuleId => Rule.Id;

        /// <summary>Whether setting a property row (<c>client.Credentials = ...</c>) is a use; off by default, as property rows mostly carry passwords to other rules.</summary>
        private protected virtual bool ReportsPropertySets => false;

        private protected sealed override void Register(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                bool rows = symbols.HasRule(CatalogRuleId) && CanOccur(symbols);
                ImmutableArray<OperationKind> kinds = rows ? symbols.OperationKinds(CatalogRuleId, ReportsPropertySets) : ImmutableArray<OperationKind>.Empty;
                if (!kinds.IsEmpty)
                {
                    start.RegisterOperationAction(ctx => Analyze(ctx, symbols), kinds);
                }

                if (rows || RegistersWithoutRows)
                {
                    RegisterMore(start, symbols);
                }
            });
        }

        /// <summary>Whether <see cref="RegisterMore"/> runs in a compilation without the rule's members (rules that also read strings).</summary>
        private protected virtual bool RegistersWithoutRows => false;

        /// <summary>A condition on the whole compilation besides "a member of the rule exists" (another library the rule needs).</summary>
        private protected virtual bool CanOccur(KnownApiSymbols symbols) => true;

        /// <summary>Registers what the rule finds besides member uses (string constants, a call that names the member's type).</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1012:Start action has no registered actions", Justification = "The default finds nothing besides member uses; rules that find more override it.")]
        private protected virtual void RegisterMore(CompilationStartAnalysisContext start, KnownApiSymbols symbols)
        {
        }

        /// <summary>Extra conditions for a match (the type of an argument, where a value came from). The default reports every use.</summary>
        private protected virtual bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols) => true;

        /// <summary>The diagnostic for a use: by default at the operation, with the row's key, the member's name and the row's replacement.</summary>
        private protected virtual Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), DisplayName(use.Member), use.Api.Replacement);

        /// <summary>The properties every catalog diagnostic carries: the row's key, for the fix.</summary>
        private protected static ImmutableDictionary<string, string?> KeyProperties(KnownApi api) =>
            ImmutableDictionary<string, string?>.Empty.Add(ApiKeyProperty, api.Key);

        private void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols)
        {
            ISymbol? member = context.Operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                IConversionOperation conversion => conversion.OperatorMethod,
                IFieldReferenceOperation field => field.Field,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property,
                _ => null,
            };

            if (member is null || !symbols.TryGet(member, CatalogRuleId, out KnownApi api))
            {
                return;
            }

            var use = new CatalogUse(context.Operation, member, api);
            if (ShouldReport(context, use, symbols))
            {
                context.ReportDiagnostic(CreateDiagnostic(use));
            }
        }

        /// <summary>How a member is named in messages: <c>Type.Member</c>, or the type for a constructor. Never an argument value.</summary>
        internal static string DisplayName(ISymbol member) =>
            member is IMethodSymbol method
                ? method.MethodKind == MethodKind.Constructor
                    ? method.ContainingType.Name
                    : (method.ReducedFrom ?? method).ContainingType.Name + "." + method.Name
                : member.ContainingType.Name + "." + member.Name;
    }
}
