using System;
using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1003: <c>Environment.SetEnvironmentVariable("AZURE_PASSWORD", ...)</c> in a compilation that references
    /// Azure.Identity: EnvironmentCredential (and DefaultAzureCredential) then signs in with the user's password.
    /// The variable name is read as a compile-time constant, so a const field holding the name is followed.
    /// One diagnostic per call that sets AZURE_PASSWORD; the AZURE_USERNAME call next to it is removed by the fix.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1003AzureEnvironmentPasswordAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = Descriptors.CFA1003AzureEnvironmentPassword;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                INamedTypeSymbol? environmentCredential = symbols.GetType(KnownTypes.AzureEnvironmentCredential);
                if (!symbols.HasRule(Rule.Id) || environmentCredential is null
                    || !symbols.TryGet(environmentCredential, Rule.Id, out KnownApi api))
                {
                    return;
                }

                start.RegisterOperationAction(ctx => Analyze(ctx, symbols, api), OperationKind.Invocation);
            });
        }

        /// <summary>True when <paramref name="invocation"/> is <c>Environment.SetEnvironmentVariable(name, ...)</c> with <paramref name="name"/> as a constant.</summary>
        internal static bool Sets(IInvocationOperation invocation, KnownApiSymbols symbols, string name) =>
            symbols.Is(invocation.TargetMethod, KnownMembers.SetEnvironmentVariable)
            && invocation.Arguments.Length > 0
            && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string value }
            && string.Equals(value.Trim(), name, StringComparison.OrdinalIgnoreCase);

        private static void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols, KnownApi api)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!Sets(invocation, symbols, KnownApiCatalog.AzurePasswordVariable))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                invocation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CatalogApiAnalyzer.ApiKeyProperty, api.Key),
                KnownApiCatalog.AzurePasswordVariable,
                api.Replacement));
        }
    }
}
