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
        private const string Certificate = "System.Security.Cryptography.X509Certificates.X509Certificate2";

        // ---- MSAL: the Secure Application Model exchange, app-only, device code, interactive (CFA1001, CFA1004) ----
        public const string AcquireTokenByRefreshToken = "M:" + Msal + ".IByRefreshToken.AcquireTokenByRefreshToken(" + Scopes + "," + Str + ")";
        public const string AcquireTokenForClient = "M:" + Msal + ".IConfidentialClientApplication.AcquireTokenForClient(" + Scopes + ")";
        public const string AcquireTokenWithDeviceCode = "M:" + Msal + ".IPublicClientApplication.AcquireTokenWithDeviceCode(" + Scopes + ",System.Func{" + Msal + ".DeviceCodeResult,System.Threading.Tasks.Task})";
        public const string DeviceCodeMessage = "P:" + Msal + ".DeviceCodeResult.Message";
        public const string AcquireTokenInteractive = "M:" + Msal + ".IPublicClientApplication.AcquireTokenInteractive(" + Scopes + ")";
        public const string WithLoginHint = "M:" + Msal + ".AcquireTokenInteractiveParameterBuilder.WithLoginHint(" + Str + ")";
        public const string ExecuteAsync = "M:" + Msal + ".BaseAbstractAcquireTokenParameterBuilder`1.ExecuteAsync";


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

        /// <summary><c>new NetworkCredential(string.Empty, token).SecurePassword</c>: a string as the <c>SecureString</c> an API takes.</summary>
        public const string NetworkCredentialSecurePassword = "P:System.Net.NetworkCredential.SecurePassword";

        /// <summary>Hosted PowerShell: the token parameters a fix adds.</summary>
        public const string PowerShellAddParameter = "M:System.Management.Automation.PowerShell.AddParameter(" + Str + ",System.Object)";
        public const string CommandParametersAdd = "M:System.Management.Automation.Runspaces.CommandParameterCollection.Add(" + Str + ",System.Object)";

        // ---- The token provider the fixes add needs MSAL's confidential client ----
        public const string ConfidentialClientApplicationBuilderCreate = "M:" + Msal + ".ConfidentialClientApplicationBuilder.Create(" + Str + ")";

        // ---- App-only where a library takes credentials of its own ----
        public const string SystemSqlConnectionAccessToken = "P:System.Data.SqlClient.SqlConnection.AccessToken";
        public const string EwsImpersonatedUserIdProperty = "P:Microsoft.Exchange.WebServices.Data.ExchangeService.ImpersonatedUserId";
        public const string EwsImpersonatedUserId = "M:Microsoft.Exchange.WebServices.Data.ImpersonatedUserId.#ctor(Microsoft.Exchange.WebServices.Data.ConnectingIdType," + Str + ")";
        public const string EwsConnectingIdTypeSmtpAddress = "F:Microsoft.Exchange.WebServices.Data.ConnectingIdType.SmtpAddress";
        public const string PnPCreateWithCertificate = "M:PnP.Framework.AuthenticationManager.CreateWithCertificate(" + Str + "," + Certificate + "," + Str + "," + Str + ",PnP.Framework.AzureEnvironment,System.Action{" + Msal + ".ITokenCache})";
        public const string PnPAuthenticationManagerCertificate = "M:PnP.Framework.AuthenticationManager.#ctor(" + Str + "," + Certificate + "," + Str + "," + Str + ",PnP.Framework.AzureEnvironment,System.Action{" + Msal + ".ITokenCache})";
        public const string PnPCoreAppOnlyContext = "M:OfficeDevPnP.Core.AuthenticationManager.GetAzureADAppOnlyAuthenticatedContext(" + Str + "," + Str + "," + Str + "," + Certificate + ",OfficeDevPnP.Core.AzureEnvironment)";

        /// <summary><c>?? throw new InvalidOperationException("... is not set.")</c> where a setting may be missing and the API takes no null.</summary>
        public const string InvalidOperationExceptionMessage = "M:System.InvalidOperationException.#ctor(" + Str + ")";

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
