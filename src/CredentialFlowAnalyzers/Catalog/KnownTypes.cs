namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// Metadata names of the types the rules and fixes need besides the catalog rows: replacement APIs, secret
    /// stores, string sinks. Resolved through <see cref="KnownApiSymbols.GetType(string)"/>, once per compilation.
    /// </summary>
    internal static class KnownTypes
    {
        // MSAL replacements
        public const string MsalIByRefreshToken = "Microsoft.Identity.Client.IByRefreshToken";
        public const string MsalIPublicClientApplication = "Microsoft.Identity.Client.IPublicClientApplication";
        public const string MsalIConfidentialClientApplication = "Microsoft.Identity.Client.IConfidentialClientApplication";

        // Secret sources a fix may read a secret from, best first.
        public const string KeyVaultSecretClient = "Azure.Security.KeyVault.Secrets.SecretClient";
        public const string MicrosoftExtensionsIConfiguration = "Microsoft.Extensions.Configuration.IConfiguration";
        public const string SystemConfigurationManager = "System.Configuration.ConfigurationManager";

        // ---- CFA1xxx ----

        // ---- CFA2xxx ----

        // ---- CFA3xxx ----

        // ---- CFA4xxx ----
    }
}
