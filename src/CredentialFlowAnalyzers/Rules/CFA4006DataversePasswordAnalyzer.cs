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
    public sealed class CFA4006DataversePasswordAnalyzer : CatalogApiAnalyzer
    {
        /// <summary>Diagnostic property with the <see cref="ConnectionStringFinding"/> name (string findings only).</summary>
        public const string FindingProperty = "Finding";

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4006DataversePassword;

        private protected override Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), "'" + use.Member.ContainingType.Name + "'", "a user name and password constructor");

        /// <summary>Connection strings are found in any compilation: they need no Dataverse reference to be in the code.</summary>
        private protected override bool RegistersWithoutRows => true;

        private protected override void RegisterMore(CompilationStartAnalysisContext start, KnownApiSymbols symbols) =>
            StringConstants.Register(start, ConnectionStrings.MayContainFinding, AnalyzeString);

        private void AnalyzeString(OperationAnalysisContext context, string text)
        {
            ConnectionStringFinding finding = ConnectionStrings.Classify(text);
            if (Describe(finding) is not { } what)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Operation.Syntax.GetLocation(),
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
