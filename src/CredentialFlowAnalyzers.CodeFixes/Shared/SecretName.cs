namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// The names under which a fix reads a secret it needs at run time, one per kind of source
    /// (see <see cref="SecretSource"/>). Chosen by the fix, never derived from a secret value.
    /// </summary>
    internal sealed class SecretName
    {
        public SecretName(string vaultSecretName, string configurationKey, string environmentVariable)
        {
            VaultSecretName = vaultSecretName;
            ConfigurationKey = configurationKey;
            EnvironmentVariable = environmentVariable;
        }

        /// <summary>The SAM refresh token, consented once with MFA and kept in the secret store.</summary>
        public static SecretName RefreshToken { get; } = new SecretName("PartnerRefreshToken", "PartnerCenter:RefreshToken", "PARTNER_REFRESH_TOKEN");

        /// <summary>An app registration's client secret, for app-only sign-in (the variable name Azure.Identity also reads).</summary>
        public static SecretName ClientSecret { get; } = new SecretName("AzureClientSecret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET");
        /// <summary>
        /// An OAuth access token for Exchange Online mail protocols (SMTP.Send / IMAP / POP scopes). Access tokens expire
        /// after about an hour: the store must be refreshed by a token job, or the read replaced by an MSAL call.
        /// </summary>
        public static SecretName MailAccessToken { get; } = new SecretName("MailAccessToken", "Mail:AccessToken", "MAIL_ACCESS_TOKEN");

        /// <summary>An OAuth access token for Exchange Web Services (same expiry caveat as <see cref="MailAccessToken"/>).</summary>
        public static SecretName ExchangeAccessToken { get; } = new SecretName("ExchangeAccessToken", "Exchange:AccessToken", "EXCHANGE_ACCESS_TOKEN");

        /// <summary>An OAuth access token for SharePoint Online (same expiry caveat as <see cref="MailAccessToken"/>).</summary>
        public static SecretName SharePointAccessToken { get; } = new SecretName("SharePointAccessToken", "SharePoint:AccessToken", "SHAREPOINT_ACCESS_TOKEN");

        /// <summary>A service account's password moved out of the source code (CFA2002).</summary>
        public static SecretName ServiceAccountPassword { get; } = new SecretName("ServiceAccountPassword", "Credentials:Password", "SERVICE_ACCOUNT_PASSWORD");

        /// <summary>Secret name in Azure Key Vault (letters, digits and dashes).</summary>
        public string VaultSecretName { get; }

        /// <summary>Key for <c>IConfiguration</c> (sections separated by a colon).</summary>
        public string ConfigurationKey { get; }

        /// <summary>Environment variable name; also used as the <c>appSettings</c> key.</summary>
        public string EnvironmentVariable { get; }
    }
}
