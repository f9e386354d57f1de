using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4006: Dataverse / Dynamics 365 with a user password: the online password constructors of
    /// <c>CrmServiceClient</c> and <c>ServiceClient</c> (catalog rows), and string constants that are connection strings
    /// with <c>AuthType=Office365</c>, or <c>AuthType=OAuth</c> (or <c>AD</c> to a <c>*.dynamics.com</c> org) with a
    /// <c>Password</c>. Strings are checked wherever they appear (whole literal or concatenation of constants, once).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4006DataversePasswordAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property with the <see cref="ConnectionStringFinding"/> name (string findings only).</summary>
        public const string FindingProperty = "Finding";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CFA4006DataversePassword);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (symbols.HasRule(Descriptors.CFA4006DataversePassword.Id))
                {
                    start.RegisterOperationAction(ctx => AnalyzeCreation(ctx, symbols), OperationKind.ObjectCreation);
                }

                start.RegisterOperationAction(AnalyzeString, OperationKind.Literal, OperationKind.Binary);
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, KnownApiSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is null || !symbols.TryGet(creation.Constructor, Descriptors.CFA4006DataversePassword.Id, out KnownApi api))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4006DataversePassword,
                creation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CatalogApiAnalyzer.ApiKeyProperty, api.Key),
                "'" + creation.Constructor.ContainingType.Name + "'",
                "a user name and password constructor"));
        }

        private static void AnalyzeString(OperationAnalysisContext context)
        {
            IOperation operation = context.Operation;
            if (!OperationFacts.IsOutermostStringConstant(operation))
            {
                return;
            }

            ConnectionStringFinding finding = ConnectionStrings.Classify(operation.ConstantValue.Value as string);
            string? what = Describe(finding);
            if (what is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4006DataversePassword,
                operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(FindingProperty, finding.ToString()),
                "This connection string",
                what));
        }

        internal static string? Describe(ConnectionStringFinding finding) => finding switch
        {
            ConnectionStringFinding.DataverseOffice365 => "AuthType=Office365",
            ConnectionStringFinding.DataversePassword => "Username and Password",
            _ => null,
        };
    }
}
