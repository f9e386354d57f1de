using System.Linq;
using System.Text;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The token provider the fixes add to a project once (<see cref="FileName"/>), shared by every site they rewrite
    /// to a token from MSAL at run time: refresh-token exchange on the Secure Application Model's confidential client,
    /// and app-only tokens. The text depends only on the project (namespace, C# version, whether it reads
    /// <c>appSettings</c> and in which style), so every fix, in any order, writes the same file.
    /// </summary>
    internal static class TokenProvider
    {
        /// <summary>The class the fixes call.</summary>
        public const string TypeName = "SecureAppTokenProvider";

        /// <summary>The document the fixes add, next to the project file.</summary>
        public const string FileName = TypeName + ".cs";

        /// <summary>Its members the fixes write.</summary>
        public const string AcquireTokenByRefreshTokenAsync = "AcquireTokenByRefreshTokenAsync";
        public const string GetAccessToken = "GetAccessToken";
        public const string GetAccessTokenAsync = "GetAccessTokenAsync";
        public const string ClientId = "ClientId";
        public const string TenantId = "TenantId";
        public const string Certificate = "Certificate";

        /// <summary>The first line of the file: how the fixes recognise a provider they added.</summary>
        public const string Marker = "// Added by the CredentialFlowAnalyzers code fixes";

        /// <summary>
        /// The provider's source. <paramref name="nullableAnnotations"/>: C# 8 or later (the file enables nullable
        /// annotations for itself, whatever the project's setting). <paramref name="appSettings"/>: the project reads
        /// .NET Framework <c>appSettings</c>, in that style; null reads environment variables only.
        /// </summary>
        public static string Text(string namespaceName, bool nullableAnnotations, AppSettingsStyle? appSettings)
        {
            string appSettingsKey = appSettings switch
            {
                AppSettingsStyle.Pascal => "key.Replace(\":\", string.Empty)",
                AppSettingsStyle.Camel => "char.ToLowerInvariant(key[0]) + key.Substring(1).Replace(\":\", string.Empty)",
                _ => "key",
            };
            string example = appSettings is { } style ? KnownSecrets.SecureAppClientId.AppSettingsKey(style) : string.Empty;
            return new StringBuilder(Template)
                .Replace("$NAMESPACE$", namespaceName)
                .Replace("$NULLABLE$", nullableAnnotations ? "#nullable enable\n" : string.Empty)
                .Replace("$Q$", nullableAnnotations ? "?" : string.Empty)
                .Replace("$USING_CONFIGURATION$", appSettings is null ? string.Empty : "using System.Configuration;\n")
                .Replace("$APPSETTINGS_READ$", appSettings is null ? string.Empty : "ConfigurationManager.AppSettings[" + appSettingsKey + "] ?? ")
                .Replace("$APPSETTINGS_DOC$", appSettings is null ? string.Empty : "appSettings (" + example + "), then ")
                .ToString();
        }

        /// <summary>
        /// The provider as a block appended to an existing file (where adding a file would break the build, see
        /// <c>TokenProviderDocument</c>): the same text with its <c>using</c>s inside its own namespace block, so they do
        /// not reach the host file's code, and nullable annotations switched on and back for the block only.
        /// </summary>
        public static string HostedText(string namespaceName, bool nullableAnnotations, AppSettingsStyle? appSettings)
        {
            string[] lines = Text(namespaceName, nullableAnnotations, appSettings).Split('\n');
            var header = lines.TakeWhile(l => l.StartsWith("//", System.StringComparison.Ordinal)).ToList();
            var usings = lines.Where(l => l.StartsWith("using ", System.StringComparison.Ordinal)).ToList();
            int open = System.Array.IndexOf(lines, "{");
            var text = new StringBuilder("\n");
            header.ForEach(l => text.Append(l).Append('\n'));
            if (nullableAnnotations)
            {
                text.Append("#nullable enable\n");
            }

            text.Append("namespace ").Append(namespaceName).Append("\n{\n");
            usings.ForEach(u => text.Append("    ").Append(u).Append('\n'));
            text.Append('\n');
            foreach (string line in lines.Skip(open + 1))
            {
                text.Append(line).Append('\n');
            }

            string result = text.ToString().TrimEnd('\n') + "\n";
            return nullableAnnotations ? result + "#nullable restore\n" : result;
        }

        private const string Template = @"// Added by the CredentialFlowAnalyzers code fixes for the code that signed in with a user name and password.
// It reads the settings of the Secure Application Model app registration (see the summary): set them before you deploy.
// Guide: https://github.com/CredentialFlowAnalyzers/CredentialFlowAnalyzers/blob/main/docs/migration.md#the-token-provider-the-fixes-add
$NULLABLE$using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
$USING_CONFIGURATION$using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace $NAMESPACE$
{
    /// <summary>
    /// Access tokens from MSAL at run time for the Secure Application Model app registration, a confidential client
    /// (client id with a certificate, or a client secret) that serves every resource:
    /// <list type=""bullet"">
    /// <item><see cref=""AcquireTokenByRefreshTokenAsync""/>: delegated (App+User) tokens from a refresh token a user
    /// consented once, with MFA, and that is kept in the secret store. Such a refresh token is issued to the confidential
    /// app and only it can redeem it (a public client gets AADSTS7000218).</item>
    /// <item><see cref=""GetAccessToken""/> and <see cref=""GetAccessTokenAsync""/>: app-only tokens (application permissions;
    /// SharePoint Online and Exchange Online want a certificate).</item>
    /// </list>
    /// MSAL keeps the tokens in memory and renews them before they expire. Settings, by configuration key, read through
    /// <see cref=""ReadSetting""/>: SecureApp:TenantId, SecureApp:ClientId, and SecureApp:CertificateThumbprint (a certificate
    /// in the CurrentUser or LocalMachine ""My"" store) or SecureApp:ClientSecret. By default they come from $APPSETTINGS_DOC$the
    /// environment variable of the same key (SECUREAPP__CLIENTID for SecureApp:ClientId).
    /// </summary>
    internal static class SecureAppTokenProvider
    {
        private static readonly Lazy<IConfidentialClientApplication> Application = new Lazy<IConfidentialClientApplication>(CreateApplication);
        private static readonly ConcurrentDictionary<string, string> Accounts = new ConcurrentDictionary<string, string>();

        /// <summary>Reads a setting by its configuration key; set it at start-up to read from your own configuration.</summary>
        public static Func<string, string$Q$> ReadSetting { get; set; } = DefaultSetting;

        /// <summary>The app registration's client id.</summary>
        public static string ClientId => RequiredSetting(""SecureApp:ClientId"");

        /// <summary>The tenant of the app registration (the partner tenant).</summary>
        public static string TenantId => RequiredSetting(""SecureApp:TenantId"");

        /// <summary>The app registration's certificate, from the CurrentUser or LocalMachine ""My"" store.</summary>
        public static X509Certificate2 Certificate => FindCertificate(RequiredSetting(""SecureApp:CertificateThumbprint""));

        /// <summary>Delegated tokens for <paramref name=""scopes""/> from a refresh token kept in the secret store.</summary>
        public static async Task<AuthenticationResult> AcquireTokenByRefreshTokenAsync(IEnumerable<string> scopes, string$Q$ refreshToken, CancellationToken cancellationToken = default(CancellationToken))
        {
            if (refreshToken == null || refreshToken.Length == 0)
            {
                throw new InvalidOperationException(""No refresh token: a user must consent once, with MFA, to the Secure Application Model app, and the refresh token be kept in the secret store."");
            }

            IConfidentialClientApplication application = Application.Value;
            string$Q$ accountId;
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

        /// <summary>An app-only access token for <paramref name=""scope""/> (a resource's <c>/.default</c> scope).</summary>
        public static async Task<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default(CancellationToken))
        {
            AuthenticationResult result = await Application.Value.AcquireTokenForClient(new[] { scope }).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }

        /// <summary>An app-only access token for <paramref name=""scope""/>, for code that cannot await.</summary>
        public static string GetAccessToken(string scope) => GetAccessTokenAsync(scope).GetAwaiter().GetResult();

        private static IConfidentialClientApplication CreateApplication()
        {
            ConfidentialClientApplicationBuilder builder = ConfidentialClientApplicationBuilder.Create(ClientId).WithTenantId(TenantId);
            string thumbprint = ReadSetting(""SecureApp:CertificateThumbprint"") ?? string.Empty;
            builder = thumbprint.Length > 0
                ? builder.WithCertificate(FindCertificate(thumbprint))
                : builder.WithClientSecret(RequiredSetting(""SecureApp:ClientSecret""));
            return builder.Build();
        }

        private static string$Q$ DefaultSetting(string key) =>
            $APPSETTINGS_READ$Environment.GetEnvironmentVariable(key.Replace("":"", ""__"").ToUpperInvariant());

        private static string RequiredSetting(string key)
        {
            string$Q$ value = ReadSetting(key);
            if (value == null || value.Length == 0)
            {
                throw new InvalidOperationException(""The setting "" + key + "" of the Secure Application Model app registration is not set."");
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

            throw new InvalidOperationException(""The certificate "" + thumbprint + "" of the Secure Application Model app registration is not in the CurrentUser or LocalMachine My store."");
        }
    }
}
";
    }
}
