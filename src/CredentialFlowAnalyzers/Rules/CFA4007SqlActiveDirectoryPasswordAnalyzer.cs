using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4007: SQL sign-in with <c>Active Directory Password</c>: string constants that are (parts of) connection strings
    /// with <c>Authentication=Active Directory Password</c> (or <c>ActiveDirectoryPassword</c>, any case), a connection
    /// string builder's <c>["Authentication"]</c> set to that value, and <c>SqlAuthenticationMethod.ActiveDirectoryPassword</c>
    /// (Microsoft.Data.SqlClient and System.Data.SqlClient). <c>Active Directory Service Principal</c> with an app id and
    /// secret is not a user password and is not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4007SqlActiveDirectoryPasswordAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: <c>String</c> (a connection string constant), <c>Value</c> (an Authentication value) or <c>Enum</c>.</summary>
        public const string ShapeProperty = "Shape";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CFA4007SqlActiveDirectoryPassword);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (symbols.HasRule(Descriptors.CFA4007SqlActiveDirectoryPassword.Id))
                {
                    start.RegisterOperationAction(ctx => AnalyzeField(ctx, symbols), OperationKind.FieldReference);
                }

                INamedTypeSymbol? builder = symbols.GetType(KnownTypes.DbConnectionStringBuilder);
                start.RegisterOperationAction(ctx => AnalyzeString(ctx, builder), OperationKind.Literal, OperationKind.Binary);
            });
        }

        private static void AnalyzeField(OperationAnalysisContext context, KnownApiSymbols symbols)
        {
            var reference = (IFieldReferenceOperation)context.Operation;
            if (!symbols.TryGet(reference.Field, Descriptors.CFA4007SqlActiveDirectoryPassword.Id, out _))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4007SqlActiveDirectoryPassword,
                reference.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, "Enum"),
                "'" + reference.Field.ContainingType.Name + "." + reference.Field.Name + "'"));
        }

        private static void AnalyzeString(OperationAnalysisContext context, INamedTypeSymbol? builder)
        {
            IOperation operation = context.Operation;
            if (!OperationFacts.IsOutermostStringConstant(operation))
            {
                return;
            }

            string? text = operation.ConstantValue.Value as string;
            string? shape = null;
            if (ConnectionStrings.Classify(text) == ConnectionStringFinding.SqlActiveDirectoryPassword)
            {
                shape = "String";
            }
            else if (builder != null && ConnectionStrings.IsActiveDirectoryPassword(text) && IsAuthenticationKeyOfBuilder(operation, builder))
            {
                shape = "Value";
            }

            if (shape is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4007SqlActiveDirectoryPassword,
                operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, shape),
                "This connection string"));
        }

        /// <summary><c>builder["Authentication"] = "..."</c> on a <c>DbConnectionStringBuilder</c> (or a derived builder).</summary>
        private static bool IsAuthenticationKeyOfBuilder(IOperation value, INamedTypeSymbol builder)
        {
            IOperation current = value;
            while (current.Parent is IConversionOperation conversion)
            {
                current = conversion;
            }

            if (current.Parent is not ISimpleAssignmentOperation assignment || assignment.Value != current
                || assignment.Target is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                || !(indexer.Arguments[0].Value.ConstantValue.Value is string key && key.Trim().Equals(ConnectionStringKeywords.SqlAuthentication, System.StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            for (ITypeSymbol? type = indexer.Instance?.Type; type != null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, builder))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
