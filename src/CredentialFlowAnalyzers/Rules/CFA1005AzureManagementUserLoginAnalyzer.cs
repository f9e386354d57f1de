using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA1005: legacy Azure management sign-ins with a user password: <c>UserTokenProvider.LoginSilentAsync(clientId, domain, username, password, ...)</c> (all four overloads), the Fluent SDK's <c>AzureCredentialsFactory.FromUser</c> and <c>new AzureCredentials(UserLoginInformation, ...)</c>. The certificate-password <c>FromServicePrincipal</c> overload and <c>ApplicationTokenProvider</c> are app credentials and not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1005AzureManagementUserLoginAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1005AzureManagementUserLogin;
    }
}
