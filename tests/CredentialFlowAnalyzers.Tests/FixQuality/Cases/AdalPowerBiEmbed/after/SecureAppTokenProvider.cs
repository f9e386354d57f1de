// Added by the CredentialFlowAnalyzers code fixes for the code that signed in with a user name and password.
// It reads the settings of the Secure Application Model app registration (see the summary): set them before you deploy.
// Guide: https://github.com/CredentialFlowAnalyzers/CredentialFlowAnalyzers/blob/main/docs/migration.md#the-token-provider-the-fixes-add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Configuration;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace Contoso.Reporting
{
    /// <summary>
    /// Access tokens from MSAL at run time for the Secure Application Model app registration, a confidential client
    /// (client id with a certificate, or a client secret) that serves every resource:
    /// <list type="bullet">
    /// <item><see cref="AcquireTokenByRefreshTokenAsync"/>: delegated (App+User) tokens from a refresh token a user
    /// consented once, with MFA, and that is kept in the secret store. Such a refresh token is issued to the confidential
    /// app and only it can redeem it (a public client gets AADSTS7000218).</item>
    /// <item><see cref="GetAccessToken"/> and <see cref="GetAccessTokenAsync"/>: app-only tokens (application permissions;
    /// SharePoint Online and Exchange Online want a certificate).</item>
    /// </list>
    /// MSAL keeps the tokens in memory and renews them before they expire. Settings, by configuration key, read through
    /// <see cref="ReadSetting"/>: SecureApp:TenantId, SecureApp:ClientId, and SecureApp:CertificateThumbprint (a certificate
    /// in the CurrentUser or LocalMachine "My" store) or SecureApp:ClientSecret. By default they come from appSettings (secureAppClientId), then the
    /// environment variable of the same key (SECUREAPP__CLIENTID for SecureApp:ClientId).
    /// </summary>
    internal static class SecureAppTokenProvider
    {
        private static readonly Lazy<IConfidentialClientApplication> Application = new Lazy<IConfidentialClientApplication>(CreateApplication);
        private static readonly ConcurrentDictionary<string, string> Accounts = new ConcurrentDictionary<string, string>();

        /// <summary>Reads a setting by its configuration key; set it at start-up to read from your own configuration.</summary>
        public static Func<string, string> ReadSetting { get; set; } = DefaultSetting;

        /// <summary>The app registration's client id.</summary>
        public static string ClientId => RequiredSetting("SecureApp:ClientId");

        /// <summary>The tenant of the app registration (the partner tenant).</summary>
        public static string TenantId => RequiredSetting("SecureApp:TenantId");

        /// <summary>The app registration's certificate, from the CurrentUser or LocalMachine "My" store.</summary>
        public static X509Certificate2 Certificate => FindCertificate(RequiredSetting("SecureApp:CertificateThumbprint"));

        /// <summary>Delegated tokens for <paramref name="scopes"/> from a refresh token kept in the secret store.</summary>
        public static async Task<AuthenticationResult> AcquireTokenByRefreshTokenAsync(IEnumerable<string> scopes, string refreshToken, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (refreshToken == null || refreshToken.Length == 0)
            {
                throw new InvalidOperationException("No refresh token: a user must consent once, with MFA, to the Secure Application Model app, and the refresh token be kept in the secret store.");
            }

            IConfidentialClientApplication application = Application.Value;
            string accountId;
            if (Accounts.TryGetValue(refreshToken, out accountId))
            {
                var account = await application.GetAccountAsync(accountId).ConfigureAwait(false);
                if (account != null)
                {
                    try
                    {
                        return await application.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (MsalUiRequiredException)
                    {
                        // The cached tokens cannot be renewed silently: redeem the refresh token again.
                    }
                }
            }

            AuthenticationResult result = await ((IByRefreshToken)application).AcquireTokenByRefreshToken(scopes, refreshToken).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (result.Account != null)
            {
                Accounts[refreshToken] = result.Account.HomeAccountId.Identifier;
            }

            return result;
        }

        /// <summary>An app-only access token for <paramref name="scope"/> (a resource's <c>/.default</c> scope).</summary>
        public static async Task<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default(CancellationToken))
        {
            AuthenticationResult result = await Application.Value.AcquireTokenForClient(new[] { scope }).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }

        /// <summary>An app-only access token for <paramref name="scope"/>, for code that cannot await.</summary>
        public static string GetAccessToken(string scope) => GetAccessTokenAsync(scope).GetAwaiter().GetResult();

        private static IConfidentialClientApplication CreateApplication()
        {
            ConfidentialClientApplicationBuilder builder = ConfidentialClientApplicationBuilder.Create(ClientId).WithTenantId(TenantId);
            string thumbprint = ReadSetting("SecureApp:CertificateThumbprint") ?? string.Empty;
            builder = thumbprint.Length > 0
                ? builder.WithCertificate(FindCertificate(thumbprint))
                : builder.WithClientSecret(RequiredSetting("SecureApp:ClientSecret"));
            return builder.Build();
        }

        private static string DefaultSetting(string key) =>
            ConfigurationManager.AppSettings[char.ToLowerInvariant(key[0]) + key.Substring(1).Replace(":", string.Empty)] ?? Environment.GetEnvironmentVariable(key.Replace(":", "__").ToUpperInvariant());

        private static string RequiredSetting(string key)
        {
            string value = ReadSetting(key);
            if (value == null || value.Length == 0)
            {
                throw new InvalidOperationException("The setting " + key + " of the Secure Application Model app registration is not set.");
            }

            return value;
        }

        private static X509Certificate2 FindCertificate(string thumbprint)
        {
            foreach (StoreLocation location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                var store = new X509Store(StoreName.My, location);
                try
                {
                    store.Open(OpenFlags.ReadOnly);
                    X509Certificate2Collection found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, false);
                    if (found.Count > 0)
                    {
                        return found[0];
                    }
                }
                finally
                {
                    store.Close();
                }
            }

            throw new InvalidOperationException("The certificate " + thumbprint + " of the Secure Application Model app registration is not in the CurrentUser or LocalMachine My store.");
        }
    }
}
