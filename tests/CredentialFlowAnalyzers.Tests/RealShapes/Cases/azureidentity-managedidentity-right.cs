// source: https://github.com/Azure-Samples/app-service-msi-keyvault-dotnet (managed identity reads the secrets it needs; no
// source:   password anywhere) and the Partner Center SAM guidance to keep the refresh token in Key Vault. No diagnostic.
using System;
using System.Net;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace SyncJob
{
    internal static class Secrets
    {
        public static async Task<string> ReadRefreshTokenAsync()
        {
            var client = new SecretClient(new Uri(Environment.GetEnvironmentVariable("KEY_VAULT_URI")), new ManagedIdentityCredential());
            KeyVaultSecret secret = await client.GetSecretAsync("PartnerRefreshToken");
            return secret.Value;
        }

        public static ICredentials ForLocalProxy() => CredentialCache.DefaultNetworkCredentials;
    }
}
