namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The members code fixes write, as documentation comment ids. A fix resolves them with
    /// <see cref="KnownApiSymbols.GetMember"/> and takes the names it writes from the resolved symbols, so a fix is
    /// offered only where the replacement exists in the compilation and never spells a vendor name itself. Every id
    /// is resolved against the real package (or its exact-shape stub) in the tests.
    /// </summary>
    internal static class ReplacementMembers
    {
        private const string Scopes = "System.Collections.Generic.IEnumerable{System.String}";
        private const string Str = "System.String";
        private const string Msal = "Microsoft.Identity.Client";
        private const string Fluent = "Microsoft.Azure.Management.ResourceManager.Fluent";

        // ---- MSAL: the Secure Application Model exchange, app-only, device code, interactive (CFA1001, CFA1004) ----
        public const string AcquireTokenByRefreshToken = "M:" + Msal + ".IByRefreshToken.AcquireTokenByRefreshToken(" + Scopes + "," + Str + ")";
        public const string AcquireTokenForClient = "M:" + Msal + ".IConfidentialClientApplication.AcquireTokenForClient(" + Scopes + ")";
        public const string AcquireTokenWithDeviceCode = "M:" + Msal + ".IPublicClientApplication.AcquireTokenWithDeviceCode(" + Scopes + ",System.Func{" + Msal + ".DeviceCodeResult,System.Threading.Tasks.Task})";
        public const string DeviceCodeMessage = "P:" + Msal + ".DeviceCodeResult.Message";
        public const string AcquireTokenInteractive = "M:" + Msal + ".IPublicClientApplication.AcquireTokenInteractive(" + Scopes + ")";
        public const string WithLoginHint = "M:" + Msal + ".AcquireTokenInteractiveParameterBuilder.WithLoginHint(" + Str + ")";
        public const string PublicClientApplicationBuilderCreate = "M:" + Msal + ".PublicClientApplicationBuilder.Create(" + Str + ")";
        public const string WithAuthority = "M:" + Msal + ".AbstractApplicationBuilder`1.WithAuthority(" + Str + ",System.Boolean)";
        public const string PublicClientApplicationBuilderBuild = "M:" + Msal + ".PublicClientApplicationBuilder.Build";
        public const string ExecuteAsync = "M:" + Msal + ".BaseAbstractAcquireTokenParameterBuilder`1.ExecuteAsync";

        /// <summary>ADAL's authority, handed to the MSAL client that replaces the ADAL sign-in.</summary>
        public const string AdalAuthority = "P:Microsoft.IdentityModel.Clients.ActiveDirectory.AuthenticationContext.Authority";

        // ---- Azure.Identity options the CFA1002 fix fills from the old constructor ----
        public const string InteractiveBrowserTenantId = "P:Azure.Identity.InteractiveBrowserCredentialOptions.TenantId";
        public const string InteractiveBrowserClientId = "P:Azure.Identity.InteractiveBrowserCredentialOptions.ClientId";
        public const string InteractiveBrowserLoginHint = "P:Azure.Identity.InteractiveBrowserCredentialOptions.LoginHint";
        public const string DeviceCodeTenantId = "P:Azure.Identity.DeviceCodeCredentialOptions.TenantId";
        public const string DeviceCodeClientId = "P:Azure.Identity.DeviceCodeCredentialOptions.ClientId";

        // ---- Legacy Azure management (CFA1005) ----
        public const string ApplicationTokenProviderLoginSilentAsync = "M:Microsoft.Rest.Azure.Authentication.ApplicationTokenProvider.LoginSilentAsync(" + Str + "," + Str + "," + Str + ")";
        public const string FromSystemAssignedManagedServiceIdentity = "M:" + Fluent + ".Authentication.AzureCredentialsFactory.FromSystemAssignedManagedServiceIdentity(" + Fluent + ".Authentication.MSIResourceType," + Fluent + ".AzureEnvironment," + Str + ")";
        public const string MsiResourceTypeVirtualMachine = "F:" + Fluent + ".Authentication.MSIResourceType.VirtualMachine";

        // ---- IdentityModel refresh-token request (CFA2001) ----
        public const string RequestRefreshTokenAsync = "M:IdentityModel.Client.HttpClientTokenRequestExtensions.RequestRefreshTokenAsync(System.Net.Http.HttpMessageInvoker,IdentityModel.Client.RefreshTokenRequest,System.Threading.CancellationToken)";
        public const string RefreshTokenRequestRefreshToken = "P:IdentityModel.Client.RefreshTokenRequest.RefreshToken";
        public const string PasswordTokenRequestUserName = "P:IdentityModel.Client.PasswordTokenRequest.UserName";
        public const string PasswordTokenRequestPassword = "P:IdentityModel.Client.PasswordTokenRequest.Password";

        // ---- Access tokens where a library takes one (CFA4002, CFA4004, CFA4005, and hosted PowerShell) ----
        public const string SaslMechanismOAuth2 = "M:MailKit.Security.SaslMechanismOAuth2.#ctor(" + Str + "," + Str + ")";
        public const string OAuthCredentials = "M:Microsoft.Exchange.WebServices.Data.OAuthCredentials.#ctor(" + Str + ")";
        public const string PnPCreateWithAccessToken = "M:PnP.Framework.AuthenticationManager.CreateWithAccessToken(System.Security.SecureString)";
        public const string PnPAuthenticationManagerAccessToken = "M:PnP.Framework.AuthenticationManager.#ctor(System.Security.SecureString)";
        public const string PnPCoreAccessTokenContext = "M:OfficeDevPnP.Core.AuthenticationManager.GetAzureADAccessTokenAuthenticatedContext(" + Str + "," + Str + ")";

        /// <summary><c>new NetworkCredential(string.Empty, token).SecurePassword</c>: a string as the <c>SecureString</c> an API takes.</summary>
        public const string NetworkCredentialUserPassword = "M:System.Net.NetworkCredential.#ctor(" + Str + "," + Str + ")";
        public const string NetworkCredentialSecurePassword = "P:System.Net.NetworkCredential.SecurePassword";

        /// <summary>Hosted PowerShell: the token parameters a fix adds.</summary>
        public const string PowerShellAddParameter = "M:System.Management.Automation.PowerShell.AddParameter(" + Str + ",System.Object)";
        public const string CommandParametersAdd = "M:System.Management.Automation.Runspaces.CommandParameterCollection.Add(" + Str + ",System.Object)";

        // ---- Where a fix reads a secret at run time (best first), and what it writes around it ----
        public const string SecretClientGetSecret = "M:Azure.Security.KeyVault.Secrets.SecretClient.GetSecret(" + Str + "," + Str + ",System.Threading.CancellationToken)";
        public const string SecretClientGetSecretAsync = "M:Azure.Security.KeyVault.Secrets.SecretClient.GetSecretAsync(" + Str + "," + Str + ",System.Threading.CancellationToken)";
        public const string ResponseValue = "P:Azure.Response`1.Value";
        public const string KeyVaultSecretValue = "P:Azure.Security.KeyVault.Secrets.KeyVaultSecret.Value";
        public const string AppSettings = "P:System.Configuration.ConfigurationManager.AppSettings";
        public const string GetEnvironmentVariable = "M:System.Environment.GetEnvironmentVariable(" + Str + ")";
        public const string UriEscapeDataString = "M:System.Uri.EscapeDataString(" + Str + ")";
        public const string ConsoleWriteLine = "M:System.Console.WriteLine(" + Str + ")";
        public const string TaskCompletedTask = "P:System.Threading.Tasks.Task.CompletedTask";
    }
}
