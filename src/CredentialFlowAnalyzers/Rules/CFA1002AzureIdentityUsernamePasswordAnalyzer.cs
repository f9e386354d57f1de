using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1002: Azure.Identity's <c>UsernamePasswordCredential</c>, all three public constructors. The types live in Azure.Core from Azure.Identity 1.21.0; the catalog matches them by metadata name only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1002AzureIdentityUsernamePasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1002AzureIdentityUsernamePassword;
    }
}
