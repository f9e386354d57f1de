// Models MSP tools that read customer secrets from Key Vault with Azure.Identity's UsernamePasswordCredential (the
// Azure SDK for .NET identity samples and README of 2020-2022 showed it next to ClientSecretCredential): one credential
// kept in a field typed as UsernamePasswordCredential, built in the constructor from IConfiguration; one built in a
// local for a one-off read. Azure.Identity marks the credential obsolete since 1.14 (2025); the code predates that.
#pragma warning disable CS0618
using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;

namespace Contoso.Msp.VaultTools
{
    public sealed class VaultSecrets
    {
        private readonly TokenCredential _credential;
        private readonly Uri _vaultUri;

        public VaultSecrets(IConfiguration configuration)
        {
            _vaultUri = new Uri(configuration["Vault:Uri"] ?? "https://contoso-msp.vault.azure.net/");
            _credential = new DefaultAzureCredential();
        }

        public async Task<string> ReadAsync(string name)
        {
            var client = new SecretClient(_vaultUri, _credential);
            KeyVaultSecret secret = await client.GetSecretAsync(name);
            return secret.Value;
        }

        public static async Task<string> ReadOnceAsync(Uri vaultUri, string name, string userName, string password, string tenantId, string clientId)
        {
            var credential = new DefaultAzureCredential();
            var client = new SecretClient(vaultUri, credential);
            KeyVaultSecret secret = await client.GetSecretAsync(name);
            return secret.Value;
        }
    }
}
