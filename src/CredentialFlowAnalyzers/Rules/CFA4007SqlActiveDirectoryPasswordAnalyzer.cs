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
    public sealed class CFA4007SqlActiveDirectoryPasswordAnalyzer : CatalogApiAnalyzer
    {
        /// <summary>Diagnostic property: <c>String</c> (a connection string constant), <c>Value</c> (an Authentication value) or <c>Enum</c>.</summary>
        public const string ShapeProperty = "Shape";

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4007SqlActiveDirectoryPassword;

        /// <summary>Connection strings are found in any compilation: they need no SqlClient reference to be in the code.</summary>
        private protected override bool RegistersWithoutRows => true;

        /// <summary>The enum member (a field row): named as written in code, the shape tells the fix.</summary>
        private protected override Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(
                Rule,
                use.Operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, "Enum"),
                "'" + use.Member.ContainingType.Name + "." + use.Member.Name + "'");

        private protected override void RegisterMore(CompilationStartAnalysisContext start, KnownApiSymbols symbols)
        {
            if (!ConnectionStrings.MayOccurIn(start.Compilation))
            {
                return;
            }

            INamedTypeSymbol? builder = symbols.GetType(KnownTypes.DbConnectionStringBuilder);
            // A whole connection string, or the bare value set on a builder's ["Authentication"].
            StringConstants.Register(
                start,
                text => ConnectionStrings.MayContainFinding(text) || (builder != null && ConnectionStrings.IsActiveDirectoryPassword(text)),
                (context, operation, text) => AnalyzeString(context, operation, text, builder));
        }

        private void AnalyzeString(SemanticModelAnalysisContext context, IOperation operation, string text, INamedTypeSymbol? builder)
        {
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
                Rule,
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

            return indexer.Instance?.Type is { } type && KnownApiSymbols.IsOrInherits(type, builder);
        }
    }
}
