// source: https://github.com/microsoft/Partner-Center-DotNet-Samples secure-app-model/keyvault (CSPApplication: the refresh
// source:   token consented once with MFA lives in Key Vault and is exchanged on the confidential app for access tokens).
// source:   The Secure Application Model done right: no diagnostic.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Identity.Client;

namespace CSPApplication
{
    internal sealed class SecureAppModelTokens
    {
        private readonly SecretClient _vault = new SecretClient(new Uri("https://contoso-partner.vault.azure.net/"), new DefaultAzureCredential());

        public async Task<string> GetPartnerCenterTokenAsync(string appId, X509Certificate2 certificate, string tenantId)
        {
            KeyVaultSecret refreshToken = await _vault.GetSecretAsync("PartnerCenterRefreshToken");
            IConfidentialClientApplication app = ConfidentialClientApplicationBuilder.Create(appId)
                .WithCertificate(certificate)
                .WithTenantId(tenantId)
                .Build();

            AuthenticationResult result = await ((IByRefreshToken)app)
                .AcquireTokenByRefreshToken(new[] { "https://api.partnercenter.microsoft.com/user_impersonation" }, refreshToken.Value)
                .ExecuteAsync();
            return result.AccessToken;
        }
    }
}
