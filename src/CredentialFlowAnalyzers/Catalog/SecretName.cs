using System;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>How a project writes its <c>appSettings</c> keys (see <see cref="SecretName.AppSettingsKey"/>).</summary>
    internal enum AppSettingsStyle
    {
        /// <summary><c>SecureApp:ClientId</c>, like the configuration key (<c>ida:ClientId</c> in the older Azure AD samples).</summary>
        Colon,

        /// <summary><c>SecureAppClientId</c>.</summary>
        Pascal,

        /// <summary><c>secureAppClientId</c>.</summary>
        Camel,
    }

    /// <summary>
    /// One secret or setting a fix reads at run time, named once by its configuration key (<c>Section:Key</c>); its name in
    /// every other kind of source follows that source's own convention, so each secret has one spelling per source:
    /// <list type="bullet">
    /// <item><c>IConfiguration</c>: the key itself, <c>PartnerCenter:RefreshToken</c>;</item>
    /// <item>environment variable: <c>PARTNERCENTER__REFRESHTOKEN</c>, which the configuration's environment provider
    /// reads as that same key;</item>
    /// <item>Azure Key Vault: <c>PartnerCenter--RefreshToken</c>, which the configuration's Key Vault provider reads as
    /// that same key (Key Vault names allow letters, digits and dashes);</item>
    /// <item><c>appSettings</c>: the key in the project's own style (<see cref="AppSettingsStyle"/>), or the key the code
    /// already uses when the name was derived from one (<see cref="Derived"/>).</item>
    /// </list>
    /// Chosen by the catalog or derived from a key in the code, never from a secret value.
    /// </summary>
    internal sealed class SecretName
    {
        private readonly string? _appSettingsKey;

        private SecretName(string configurationKey, string? appSettingsKey)
        {
            ConfigurationKey = configurationKey;
            _appSettingsKey = appSettingsKey;
        }

        /// <summary>Key for <c>IConfiguration</c> (sections separated by a colon).</summary>
        public string ConfigurationKey { get; }

        /// <summary>Secret name in Azure Key Vault.</summary>
        public string VaultSecretName => ConfigurationKey.Replace(":", "--");

        /// <summary>Environment variable name (also what PowerShell scripts read as <c>$env:</c>).</summary>
        public string EnvironmentVariable => ConfigurationKey.Replace(":", "__").ToUpperInvariant();

        /// <summary>A secret named by its configuration key.</summary>
        public static SecretName ForKey(string configurationKey) => new SecretName(configurationKey, null);

        /// <summary>
        /// A secret named after a key the code already reads: <paramref name="key"/> as written there, with the word
        /// <paramref name="replaced"/> (found case-insensitively, the last time it occurs) replaced by
        /// <paramref name="replacement"/> in the same case (<c>pbiPassword</c> → <c>pbiRefreshToken</c>,
        /// <c>Graph:Password</c> → <c>Graph:RefreshToken</c>, <c>SYNC_PASSWORD</c> → <c>SYNC_REFRESHTOKEN</c>).
        /// Null when the key does not contain the word.
        /// </summary>
        public static SecretName? Derived(string key, string replaced, string replacement)
        {
            int at = key.LastIndexOf(replaced, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            string found = key.Substring(at, replaced.Length);
            string word = found.ToUpperInvariant() == found ? replacement.ToUpperInvariant()
                : char.IsLower(found[0]) ? char.ToLowerInvariant(replacement[0]) + replacement.Substring(1)
                : replacement;
            string derived = key.Substring(0, at) + word + key.Substring(at + replaced.Length);
            return new SecretName(derived, derived);
        }

        /// <summary>The <c>appSettings</c> key, in <paramref name="style"/> unless the name was derived from a key the code uses.</summary>
        public string AppSettingsKey(AppSettingsStyle style)
        {
            if (_appSettingsKey != null)
            {
                return _appSettingsKey;
            }

            switch (style)
            {
                case AppSettingsStyle.Pascal:
                    return ConfigurationKey.Replace(":", string.Empty);
                case AppSettingsStyle.Camel:
                    string pascal = ConfigurationKey.Replace(":", string.Empty);
                    return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
                default:
                    return ConfigurationKey;
            }
        }

        /// <summary>The style of an existing <c>appSettings</c> key.</summary>
        public static AppSettingsStyle StyleOf(string key) =>
            key.IndexOf(':') >= 0 ? AppSettingsStyle.Colon
            : key.Length > 0 && char.IsLower(key[0]) ? AppSettingsStyle.Camel
            : AppSettingsStyle.Pascal;

        public override string ToString() => ConfigurationKey;
    }
}
