namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The names under which a fix reads one secret it needs at run time, one per kind of source (Key Vault,
    /// configuration, environment). Chosen by the catalog (<see cref="KnownSecrets"/>), never derived from a secret value.
    /// </summary>
    internal sealed class SecretName
    {
        public SecretName(string vaultSecretName, string configurationKey, string environmentVariable)
        {
            VaultSecretName = vaultSecretName;
            ConfigurationKey = configurationKey;
            EnvironmentVariable = environmentVariable;
        }

        /// <summary>Secret name in Azure Key Vault (letters, digits and dashes).</summary>
        public string VaultSecretName { get; }

        /// <summary>Key for <c>IConfiguration</c> (sections separated by a colon).</summary>
        public string ConfigurationKey { get; }

        /// <summary>Environment variable name; also used as the <c>appSettings</c> key.</summary>
        public string EnvironmentVariable { get; }
    }
}
