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
        public const string SystemNetMailSmtpClient = "System.Net.Mail.SmtpClient";
        public const string NetworkCredential = "System.Net.NetworkCredential";
        public const string CredentialCache = "System.Net.CredentialCache";
        public const string MailKitMailService = "MailKit.MailService";
        public const string MailKitIMailService = "MailKit.IMailService";
        public const string MailKitSaslMechanismOAuth2 = "MailKit.Security.SaslMechanismOAuth2";
        public const string EwsExchangeService = "Microsoft.Exchange.WebServices.Data.ExchangeService";
        public const string EwsExchangeCredentials = "Microsoft.Exchange.WebServices.Data.ExchangeCredentials";
        public const string EwsOAuthCredentials = "Microsoft.Exchange.WebServices.Data.OAuthCredentials";
        public const string DbConnectionStringBuilder = "System.Data.Common.DbConnectionStringBuilder";

        /// <summary>MailKit SASL mechanisms that send a password (metadata names in MailKit.Security).</summary>
        public static readonly string[] MailKitPasswordMechanisms =
        {
            "MailKit.Security.SaslMechanismPlain", "MailKit.Security.SaslMechanismLogin", "MailKit.Security.SaslMechanismCramMd5",
            "MailKit.Security.SaslMechanismNtlm", "MailKit.Security.SaslMechanismScramSha1", "MailKit.Security.SaslMechanismScramSha256",
            "MailKit.Security.SaslMechanismScramSha512", "MailKit.Security.SaslMechanismDigestMd5",
        };
    }
}
