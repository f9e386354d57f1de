using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4005: SharePoint Online sign-ins with a user password: CSOM <c>SharePointOnlineCredentials</c>, PnP-Sites-Core
    /// <c>GetSharePointOnlineAuthenticatedContextTenant</c>/<c>GetAzureADCredentialsContext</c>, PnP.Framework
    /// <c>CreateWithCredentials</c> and its constructor twins (catalog rows of CFA4005). On-premises NTLM helpers are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4005SharePointPasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4005SharePointPassword;
    }
}
