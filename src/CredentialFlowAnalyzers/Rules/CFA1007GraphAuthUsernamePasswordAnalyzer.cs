using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1007: Microsoft.Graph.Auth's <c>UsernamePasswordProvider</c> constructor and the <c>WithUsernamePassword</c> request extension (MSAL ROPC behind Graph v1-v3 requests).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1007GraphAuthUsernamePasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1007GraphAuthUsernamePassword;
    }
}
