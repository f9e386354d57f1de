namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// Every secret a fix reads at run time, with its names in each kind of source: the C# fixes read them through
    /// their secret source, the PowerShell fixes from <c>$env:</c> variables. One spelling per secret.
    /// </summary>
    internal static class KnownSecrets
    {
        // ---- Refresh tokens and app credentials ----

        /// <summary>The SAM refresh token, consented once with MFA and kept in the secret store.</summary>
        public static SecretName RefreshToken { get; } = new SecretName("PartnerRefreshToken", "PartnerCenter:RefreshToken", "PARTNER_REFRESH_TOKEN");

        /// <summary>An app registration's client secret, for app-only sign-in (the variable name Azure.Identity also reads).</summary>
        public static SecretName ClientSecret { get; } = new SecretName("AzureClientSecret", "AzureAd:ClientSecret", "AZURE_CLIENT_SECRET");

        /// <summary>A service account's password moved out of the source code (CFA2002).</summary>
        public static SecretName ServiceAccountPassword { get; } = new SecretName("ServiceAccountPassword", "Credentials:Password", "SERVICE_ACCOUNT_PASSWORD");

        // ---- Access tokens per resource. They expire after about an hour: the store must be refreshed by a token job, or the read replaced by an MSAL call. ----

        /// <summary>Exchange Online mail protocols (SMTP.Send / IMAP / POP scopes).</summary>
        public static SecretName MailAccessToken { get; } = new SecretName("MailAccessToken", "Mail:AccessToken", "MAIL_ACCESS_TOKEN");

        /// <summary>Exchange Web Services and Exchange Online PowerShell.</summary>
        public static SecretName ExchangeAccessToken { get; } = new SecretName("ExchangeAccessToken", "Exchange:AccessToken", "EXCHANGE_ACCESS_TOKEN");

        /// <summary>SharePoint Online.</summary>
        public static SecretName SharePointAccessToken { get; } = new SecretName("SharePointAccessToken", "SharePoint:AccessToken", "SHAREPOINT_ACCESS_TOKEN");

        /// <summary>Microsoft Graph.</summary>
        public static SecretName GraphAccessToken { get; } = new SecretName("GraphAccessToken", "Graph:AccessToken", "GRAPH_ACCESS_TOKEN");

        /// <summary>Azure Resource Manager.</summary>
        public static SecretName AzureAccessToken { get; } = new SecretName("AzureAccessToken", "Azure:AccessToken", "AZURE_ACCESS_TOKEN");

        /// <summary>The Teams admin service.</summary>
        public static SecretName TeamsAccessToken { get; } = new SecretName("TeamsAccessToken", "Teams:AccessToken", "TEAMS_ACCESS_TOKEN");

        // ---- Settings a token parameter set needs besides the token ----
        public static SecretName AzureAccountId { get; } = new SecretName("AzureAccountId", "Azure:AccountId", "AZURE_ACCOUNT_ID");

        public static SecretName ExchangeOrganization { get; } = new SecretName("ExchangeOrganization", "Exchange:Organization", "EXCHANGE_ORGANIZATION");

        public static SecretName SharePointClientId { get; } = new SecretName("SharePointClientId", "SharePoint:ClientId", "SPO_CLIENT_ID");

        public static SecretName SharePointTenantId { get; } = new SecretName("SharePointTenantId", "SharePoint:TenantId", "SPO_TENANT_ID");

        public static SecretName SharePointCertificateThumbprint { get; } = new SecretName("SharePointCertificateThumbprint", "SharePoint:CertificateThumbprint", "SPO_CERTIFICATE_THUMBPRINT");
    }
}
