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
    /// The catalog row is the credential type (it is what makes the variable a password); the variable name is read as
    /// a compile-time constant, so a const field holding the name is followed. One diagnostic per call that sets
    /// AZURE_PASSWORD; the AZURE_USERNAME call next to it is removed by the fix.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1003AzureEnvironmentPasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1003AzureEnvironmentPassword;

        private protected override void RegisterMore(CompilationStartAnalysisContext start, KnownApiSymbols symbols)
        {
            if (symbols.GetType(KnownTypes.AzureEnvironmentCredential) is { } environmentCredential && symbols.TryGet(environmentCredential, Rule.Id, out KnownApi api))
            {
                start.RegisterOperationAction(ctx => Analyze(ctx, symbols, api), OperationKind.Invocation);
            }
        }

        /// <summary>True when <paramref name="invocation"/> is <c>Environment.SetEnvironmentVariable(name, ...)</c> with <paramref name="name"/> as a constant.</summary>
        internal static bool Sets(IInvocationOperation invocation, KnownApiSymbols symbols, string name) =>
            symbols.Is(invocation.TargetMethod, KnownMembers.SetEnvironmentVariable)
            && invocation.Arguments.Length > 0
            && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string value }
            && string.Equals(value.Trim(), name, StringComparison.OrdinalIgnoreCase);

        private void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols, KnownApi api)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (Sets(invocation, symbols, KnownApiCatalog.AzurePasswordVariable))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), KeyProperties(api), KnownApiCatalog.AzurePasswordVariable, api.Replacement));
            }
        }
    }
}
