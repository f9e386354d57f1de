using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4005: SharePoint Online sign-ins with a user password: CSOM <c>SharePointOnlineCredentials</c>, PnP-Sites-Core
    /// <c>GetSharePointOnlineAuthenticatedContextTenant</c>/<c>GetAzureADCredentialsContext</c>, PnP.Framework
    /// <c>CreateWithCredentials</c> and its constructor twins (catalog rows of CFA4005), and
    /// <c>ClientContext.Credentials = new NetworkCredential(user, password)</c> on a context created for a constant
    /// <c>*.sharepoint.com</c> URL in the same method. On-premises NTLM helpers and URLs are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4005SharePointPasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4005SharePointPassword;

        /// <summary>A CSOM context's <c>Credentials</c> (a property row of this rule) set to a user name and password.</summary>
        private protected override bool ReportsPropertySets => true;

        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            if (use.Operation is not ISimpleAssignmentOperation assignment)
            {
                return true;
            }

            if (ValueFlow.UnwrapBuiltInConversions(assignment.Value) is not IObjectCreationOperation { Arguments.Length: >= 2 } credential
                || !symbols.IsType(credential.Type, KnownTypes.NetworkCredential))
            {
                return false;
            }

            // Only SharePoint Online: the context's URL must be a constant *.sharepoint.com address.
            IOperation root = ValueFlow.Root(assignment);
            ISymbol? contextSymbol = ValueFlow.ReferencedSymbol(((IPropertyReferenceOperation)assignment.Target).Instance);
            return contextSymbol != null && ValueFlow.WritesOf(contextSymbol, root).Select(ValueFlow.UnwrapBuiltInConversions)
                .OfType<IObjectCreationOperation>()
                .Any(c => c.Arguments.Length > 0 && Hosts.IsSharePointOnline(ValueFlow.ConstantAddress(c.Arguments[0].Value)));
        }

        /// <summary>A property set is named after the context it is set on (<c>ClientContext.Credentials</c>).</summary>
        private protected override Diagnostic CreateDiagnostic(CatalogUse use)
        {
            if (use.Operation is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target })
            {
                return base.CreateDiagnostic(use);
            }

            string display = (target.Instance?.Type ?? target.Property.ContainingType).Name + "." + target.Property.Name;
            return Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), display, use.Api.Replacement);
        }
    }
}
