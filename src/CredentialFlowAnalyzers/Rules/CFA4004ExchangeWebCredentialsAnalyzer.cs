using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4004: EWS Managed API credentials with a password: <c>new WebCredentials(user, password[, domain])</c> and a
    /// <c>NetworkCredential</c> converted to <c>ExchangeCredentials</c> (<c>service.Credentials = new NetworkCredential(u, p)</c>).
    /// Not reported when the same body points <c>ExchangeService.Url</c> only at constant hosts that are not Microsoft 365
    /// (on-premises Exchange, where basic authentication is the server's choice).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4004ExchangeWebCredentialsAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CFA4004ExchangeWebServicesBasicAuth);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (!symbols.HasRule(Descriptors.CFA4004ExchangeWebServicesBasicAuth.Id))
                {
                    return;
                }

                INamedTypeSymbol? credentialCache = symbols.GetType(KnownTypes.CredentialCache);
                start.RegisterOperationAction(ctx => Analyze(ctx, symbols, credentialCache), OperationKind.ObjectCreation, OperationKind.Conversion);
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols, INamedTypeSymbol? credentialCache)
        {
            IMethodSymbol? method;
            IOperation reported;
            switch (context.Operation)
            {
                case IObjectCreationOperation creation:
                    method = creation.Constructor;
                    reported = creation;
                    break;

                case IConversionOperation { OperatorMethod: { } op } conversion:
                    IOperation operand = OperationFacts.WithoutConversions(conversion.Operand);
                    if (operand.ConstantValue.HasValue
                        || (operand is IPropertyReferenceOperation property && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, credentialCache))
                        || (operand is IObjectCreationOperation bare && bare.Arguments.Length < 2))
                    {
                        return;
                    }

                    method = op;
                    reported = operand;
                    break;

                default:
                    return;
            }

            if (method is null || !symbols.TryGet(method, Descriptors.CFA4004ExchangeWebServicesBasicAuth.Id, out KnownApi api))
            {
                return;
            }

            IOperation root = OperationFacts.Root(context.Operation);
            ImmutableArray<string> extra = OperationFacts.ExtraHosts(context.Options, context.Operation.Syntax.SyntaxTree, Descriptors.CFA4004ExchangeWebServicesBasicAuth.Id);
            var kinds = new List<HostKind>();
            foreach (ISimpleAssignmentOperation assignment in root.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is IPropertyReferenceOperation url && symbols.Is(url.Property, KnownMembers.ExchangeServiceUrl))
                {
                    kinds.Add(OperationFacts.ClassifyHost(OperationFacts.ConstantString(assignment.Value, root), extra));
                }
            }

            HostKind host = OperationFacts.Combine(kinds);
            if (host == HostKind.Other || host == HostKind.DirectSend)
            {
                return;
            }

            // A conversion is named after what is converted (NetworkCredential), a constructor after its type.
            string display = method.MethodKind == MethodKind.Conversion ? method.Parameters[0].Type.Name : method.ContainingType.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4004ExchangeWebServicesBasicAuth,
                reported.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CatalogApiAnalyzer.ApiKeyProperty, api.Key),
                display));
        }
    }
}
