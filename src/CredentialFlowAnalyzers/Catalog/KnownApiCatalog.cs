using System.Collections.Immutable;
using System.Linq;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The one table of APIs that sign in with (or carry) a user name and password. This is the only file that
    /// names vendor members; <see cref="KnownApiSymbols"/> resolves it once per compilation. Adding an API is one
    /// row here plus tests. Sources: the package metadata of the versions named in the docs.
    /// </summary>
    internal static class KnownApiCatalog
    {
        private const string Scopes = "System.Collections.Generic.IEnumerable{System.String}";
        private const string Str = "System.String";
        private const string Secure = "System.Security.SecureString";

        private const string Ct = "System.Threading.CancellationToken";
        private const string Enc = "System.Text.Encoding";
        private const string Creds = "System.Net.ICredentials";
        private const string TokenCacheCallback = "System.Action{Microsoft.Identity.Client.ITokenCache}";

        private const string SmtpReplacement = "Microsoft Graph sendMail, or MailKit with SaslMechanismOAuth2 and an access token";
        private const string MailReplacement = "Authenticate(new SaslMechanismOAuth2(user, accessToken)) with an access token from MSAL";
        private const string EwsReplacement = "new OAuthCredentials(accessToken) with an access token from MSAL";
        private const string SpoCsomReplacement = "an access token on ClientContext.ExecutingWebRequest (MSAL), or PnP.Framework AuthenticationManager.CreateWithCertificate";
        private const string PnPCoreReplacement = "GetAzureADAppOnlyAuthenticatedContext (certificate) or GetAzureADAccessTokenAuthenticatedContext, or move to PnP.Framework";
        private const string PnPFrameworkReplacement = "AuthenticationManager.CreateWithCertificate (app-only), CreateWithAccessToken, CreateWithDeviceLogin or CreateWithInteractiveLogin";
        private const string MailUtilityReplacement = "Microsoft Graph sendMail, or MailKit with SaslMechanismOAuth2 and an access token";
        private const string DataverseReplacement = "ServiceClient(instanceUrl, tokenProviderFunction), ClientSecret/Certificate (application user) or interactive OAuth";
        private const string SqlReplacement = "SqlAuthenticationMethod.ActiveDirectoryDefault, ActiveDirectoryManagedIdentity or ActiveDirectoryInteractive";
        private const string AzureReplacement =
            "a credential that supports MFA or needs no user password (DefaultAzureCredential, ManagedIdentityCredential, ClientCertificateCredential, InteractiveBrowserCredential, DeviceCodeCredential)";

        private const string AdalReplacement =
            "MSAL with a refresh token from a secret store (Secure Application Model), or MSAL interactive/device-code sign-in";

        private const string AzureManagementReplacement =
            "app-only authentication (a service principal with a certificate, or managed identity) or a Secure Application Model token";

        private const string GraphAuthReplacement =
            "an Azure.Identity credential (InteractiveBrowserCredential, DeviceCodeCredential, ClientCertificateCredential) with GraphServiceClient";

        private const string PartnerCenterReplacement =
            "a token from the Secure Application Model refresh-token exchange";

        private const string Adal = "Microsoft.IdentityModel.Clients.ActiveDirectory";
        private const string RestAuth = "Microsoft.Rest.Azure.Authentication";
        private const string Fluent = "Microsoft.Azure.Management.ResourceManager.Fluent";
        private const string PartnerCenter = "Microsoft.Store.PartnerCenter";

        private const string MsalReplacement =
            "a refresh token from a secret store (IByRefreshToken.AcquireTokenByRefreshToken), app-only AcquireTokenForClient, or AcquireTokenWithDeviceCode/AcquireTokenInteractive";

        /// <summary>The variable Azure.Identity's EnvironmentCredential reads the user password from (CFA1003).</summary>
        public const string AzurePasswordVariable = "AZURE_PASSWORD";

        /// <summary>The variable EnvironmentCredential reads the user name from (the CFA1003 fix removes it too).</summary>
        public const string AzureUserVariable = "AZURE_USERNAME";

        /// <summary>MailKit's name of the OAuth 2.0 SASL mechanism; code that removes it disables the sign-in the CFA4002 fix writes.</summary>
        public const string MailKitOAuth2Mechanism = "XOAUTH2";

        /// <summary><see cref="KnownApi.PasswordParameter"/> of a property row: the value assigned to the property.</summary>
        public const string SetterValue = "value";

        private const string StoredPasswordReplacement = "a secret read at run time (Key Vault, configuration), or better a sign-in that does not need a user password";

        private const string PasswordGrantReplacement = "a refresh-token exchange (RequestRefreshTokenAsync) with the token from a secret store, or app-only authentication";

        /// <summary>
        /// The first row with <paramref name="key"/> (rows sharing a key share their rule, replacement and fix), for a
        /// fix that reads the <c>ApiKey</c> property of its diagnostic. Null for an unknown key.
        /// </summary>
        public static KnownApi? ByKey(string? key) => key != null && Keys.TryGetValue(key, out KnownApi? api) ? api : null;

        // Every row ends with a comma (an array initializer allows it), so sections merge cleanly.
        public static readonly ImmutableArray<KnownApi> All = ImmutableArray.Create(new[]
        {
            // ---- CFA1xxx: token libraries --------------------------------------------------------------------

            // MSAL.NET (Microsoft.Identity.Client). Public-client ROPC is [Obsolete] since 4.74.0; the confidential
            // client's IByUsernameAndPassword (4.64.0+) is not, so the compiler says nothing about it.
            new KnownApi("MsalPublicRopc", "CFA1001", $"M:Microsoft.Identity.Client.IPublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalPublicClient, "username", "password"),
            new KnownApi("MsalPublicRopcSecure", "CFA1001", $"M:Microsoft.Identity.Client.IPublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Secure})", MsalReplacement, FixKind.MsalPublicClient, "username", "password"),
            new KnownApi("MsalPublicRopc", "CFA1001", $"M:Microsoft.Identity.Client.PublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalPublicClient, "username", "password"),
            new KnownApi("MsalPublicRopcSecure", "CFA1001", $"M:Microsoft.Identity.Client.PublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Secure})", MsalReplacement, FixKind.MsalPublicClient, "username", "password"),
            new KnownApi("MsalConfidentialRopc", "CFA1001", $"M:Microsoft.Identity.Client.IByUsernameAndPassword.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalConfidentialClient, "username", "password"),

            // MSAL.NET 2.x (2.1-2.7, the constructor and ...Async API before the builders of 3.0): a compile error from 3.0 to
            // 4.66 ([Obsolete(error: true)]) and gone in 4.67, so only projects still on 2.x call it. No mechanical fix.
            new KnownApi("MsalPublicRopcAsync", "CFA1001", $"M:Microsoft.Identity.Client.IPublicClientApplication.AcquireTokenByUsernamePasswordAsync({Scopes},{Str},{Secure})", MsalReplacement, FixKind.None, "username", "securePassword"),
            new KnownApi("MsalPublicRopcAsync", "CFA1001", $"M:Microsoft.Identity.Client.PublicClientApplication.AcquireTokenByUsernamePasswordAsync({Scopes},{Str},{Secure})", MsalReplacement, FixKind.None, "username", "securePassword"),

            // Azure.Identity UsernamePasswordCredential (obsolete since 1.14.0). From 1.21.0 the types live in Azure.Core
            // (Azure.Identity forwards them): rows name the type only, never the assembly.
            new KnownApi("AzureUsernamePassword", "CFA1002", $"M:Azure.Identity.UsernamePasswordCredential.#ctor({Str},{Str},{Str},{Str})", AzureReplacement, FixKind.AzureIdentityUsernamePassword, "username", "password"),
            new KnownApi("AzureUsernamePassword", "CFA1002", $"M:Azure.Identity.UsernamePasswordCredential.#ctor({Str},{Str},{Str},{Str},Azure.Identity.TokenCredentialOptions)", AzureReplacement, FixKind.AzureIdentityUsernamePassword, "username", "password"),
            new KnownApi("AzureUsernamePassword", "CFA1002", $"M:Azure.Identity.UsernamePasswordCredential.#ctor({Str},{Str},{Str},{Str},Azure.Identity.UsernamePasswordCredentialOptions)", AzureReplacement, FixKind.AzureIdentityUsernamePassword, "username", "password"),

            // Azure.Identity EnvironmentCredential (also inside DefaultAzureCredential) reads AZURE_USERNAME/AZURE_PASSWORD.
            // CFA1003 reports Environment.SetEnvironmentVariable("AZURE_PASSWORD", ...) when this type exists.
            new KnownApi("AzureEnvironmentCredential", "CFA1003", "T:Azure.Identity.EnvironmentCredential", "AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_TENANT_ID and AZURE_CLIENT_ID) or managed identity", role: ApiRole.CredentialCarrier),

            // ADAL (end of life). UserPasswordCredential exists only in the .NET Framework build. The ROPC entry point is
            // the extension AcquireTokenAsync(ctx, resource, clientId, UserCredential); it is a password grant only when
            // the credential is a UserPasswordCredential (UserCredential() / UserCredential(upn) is Windows auth).
            new KnownApi("AdalUserPasswordCredential", "CFA1004", $"M:{Adal}.UserPasswordCredential.#ctor({Str},{Str})", AdalReplacement, FixKind.AdalToMsalRefreshToken, userParameter: "userName", passwordParameter: "password"),
            new KnownApi("AdalUserPasswordCredentialSecure", "CFA1004", $"M:{Adal}.UserPasswordCredential.#ctor({Str},{Secure})", AdalReplacement, FixKind.AdalToMsalRefreshToken, userParameter: "userName", passwordParameter: "securePassword"),
            // ADAL 2.x (and the first 3.x releases): UserCredential itself carried the password, for the synchronous
            // AcquireToken(resource, clientId, credential) and AcquireTokenAsync. UserCredential() and UserCredential(upn) are
            // Windows integrated auth (no row). No mechanical fix: the code around it predates MSAL's builders.
            new KnownApi("AdalUserCredentialPassword", "CFA1004", $"M:{Adal}.UserCredential.#ctor({Str},{Str})", AdalReplacement, FixKind.None, "userName", "password"),
            new KnownApi("AdalUserCredentialPassword", "CFA1004", $"M:{Adal}.UserCredential.#ctor({Str},{Secure})", AdalReplacement, FixKind.None, "userName", "securePassword"),
            new KnownApi("AdalAcquireTokenUserCredential", "CFA1004", $"M:{Adal}.AuthenticationContextIntegratedAuthExtensions.AcquireTokenAsync({Adal}.AuthenticationContext,{Str},{Str},{Adal}.UserCredential)", AdalReplacement),

            // Legacy Azure management authentication (Microsoft.Rest.ClientRuntime.Azure.Authentication, Fluent).
            new KnownApi("RestUserTokenProviderLogin", "CFA1005", $"M:{RestAuth}.UserTokenProvider.LoginSilentAsync({Str},{Str},{Str},{Str})", AzureManagementReplacement, FixKind.RestUserTokenProvider, "username", "password"),
            new KnownApi("RestUserTokenProviderLogin", "CFA1005", $"M:{RestAuth}.UserTokenProvider.LoginSilentAsync({Str},{Str},{Str},{Str},{Adal}.TokenCache)", AzureManagementReplacement, FixKind.RestUserTokenProvider, "username", "password"),
            new KnownApi("RestUserTokenProviderLogin", "CFA1005", $"M:{RestAuth}.UserTokenProvider.LoginSilentAsync({Str},{Str},{Str},{Str},{RestAuth}.ActiveDirectoryServiceSettings)", AzureManagementReplacement, FixKind.RestUserTokenProvider, "username", "password"),
            new KnownApi("RestUserTokenProviderLogin", "CFA1005", $"M:{RestAuth}.UserTokenProvider.LoginSilentAsync({Str},{Str},{Str},{Str},{RestAuth}.ActiveDirectoryServiceSettings,{Adal}.TokenCache)", AzureManagementReplacement, FixKind.RestUserTokenProvider, "username", "password"),
            new KnownApi("FluentFromUser", "CFA1005", $"M:{Fluent}.Authentication.AzureCredentialsFactory.FromUser({Str},{Str},{Str},{Str},{Fluent}.AzureEnvironment)", AzureManagementReplacement, FixKind.FluentFromUser, "username", "password"),
            new KnownApi("FluentUserLogin", "CFA1005", $"M:{Fluent}.Authentication.AzureCredentials.#ctor({Fluent}.Authentication.UserLoginInformation,{Str},{Fluent}.AzureEnvironment)", AzureManagementReplacement),
            new KnownApi("FluentUserLoginPassword", "CFA1005", $"P:{Fluent}.Authentication.UserLoginInformation.Password", AzureManagementReplacement, role: ApiRole.CredentialCarrier),

            // Partner Center SDK: no password API of its own. App+User credentials are reported when the token handed
            // in comes from a password grant visible in the same method (CFA1006 follows it).
            new KnownApi("PartnerCenterUserCredentials", "CFA1006", $"M:{PartnerCenter}.Extensions.PartnerCredentials.GenerateByUserCredentials({Str},{PartnerCenter}.AuthenticationToken,{PartnerCenter}.Extensions.TokenRefresher,{PartnerCenter}.RequestContext.IRequestContext)", PartnerCenterReplacement),
            new KnownApi("PartnerCenterUserCredentials", "CFA1006", $"M:{PartnerCenter}.Extensions.PartnerCredentials.GenerateByUserCredentialsAsync({Str},{PartnerCenter}.AuthenticationToken,{PartnerCenter}.Extensions.TokenRefresher,{PartnerCenter}.RequestContext.IRequestContext)", PartnerCenterReplacement),

            // Microsoft.Graph.Auth (preview, Graph v1-v3): MSAL ROPC behind an IAuthenticationProvider.
            new KnownApi("GraphAuthUsernamePasswordProvider", "CFA1007", $"M:Microsoft.Graph.Auth.UsernamePasswordProvider.#ctor(Microsoft.Identity.Client.IPublicClientApplication,{Scopes})", GraphAuthReplacement),
            new KnownApi("GraphAuthWithUsernamePassword", "CFA1007", $"M:Microsoft.Graph.Auth.BaseRequestExtensions.WithUsernamePassword``1(``0,{Str},{Secure})", GraphAuthReplacement, userParameter: "email", passwordParameter: "password"),

            // ---- end of CFA1xxx ------------------------------------------------------------------------------

            // ---- CFA2xxx: hand-rolled grants and stored credentials ------------------------------------------

            // Credential carriers: they take a user password on its way to a sign-in. CFA2002/CFA2003 report a
            // hard-coded or configured password reaching the parameter named here (any catalog row with a
            // PasswordParameter is such a sink; "value" means a property setter).
            new KnownApi("NetworkCredential", "CFA2002", $"M:System.Net.NetworkCredential.#ctor({Str},{Str})", StoredPasswordReplacement, FixKind.None, "userName", "password", ApiRole.CredentialCarrier),
            new KnownApi("NetworkCredential", "CFA2002", $"M:System.Net.NetworkCredential.#ctor({Str},{Str},{Str})", StoredPasswordReplacement, FixKind.None, "userName", "password", ApiRole.CredentialCarrier),
            new KnownApi("NetworkCredentialPassword", "CFA2002", "P:System.Net.NetworkCredential.Password", StoredPasswordReplacement, FixKind.None, null, SetterValue, ApiRole.CredentialCarrier),
            new KnownApi("SecureStringAppendChar", "CFA2002", "M:System.Security.SecureString.AppendChar(System.Char)", StoredPasswordReplacement, FixKind.None, null, "c", ApiRole.CredentialCarrier),
            new KnownApi("PSCredential", "CFA2002", $"M:System.Management.Automation.PSCredential.#ctor({Str},{Secure})", StoredPasswordReplacement, FixKind.None, "userName", "password", ApiRole.CredentialCarrier),

            // WCF client credentials (System.ServiceModel; .NET Framework, or System.ServiceModel.Primitives): the user password
            // OrganizationServiceProxy and other WS-Trust clients send.
            new KnownApi("WcfUserNamePassword", "CFA2002", "P:System.ServiceModel.Security.UserNamePasswordClientCredential.Password", StoredPasswordReplacement, FixKind.None, null, SetterValue, ApiRole.CredentialCarrier),

            // IdentityModel (IdentityModel.Client, 6.x): the password grant as a library call (CFA2001), and the
            // password it carries (CFA2002/CFA2003).
            new KnownApi("IdentityModelPasswordToken", "CFA2001", "M:IdentityModel.Client.HttpClientTokenRequestExtensions.RequestPasswordTokenAsync(System.Net.Http.HttpMessageInvoker,IdentityModel.Client.PasswordTokenRequest,System.Threading.CancellationToken)", PasswordGrantReplacement),
            new KnownApi("IdentityModelTokenClientPassword", "CFA2001", $"M:IdentityModel.Client.TokenClient.RequestPasswordTokenAsync({Str},{Str},{Str},IdentityModel.Client.Parameters,System.Threading.CancellationToken)", PasswordGrantReplacement, FixKind.None, "userName", "password"),
            new KnownApi("IdentityModelPasswordTokenRequestPassword", "CFA2002", "P:IdentityModel.Client.PasswordTokenRequest.Password", StoredPasswordReplacement, FixKind.None, null, SetterValue, ApiRole.CredentialCarrier),

            // ---- end of CFA2xxx ------------------------------------------------------------------------------

            // ---- CFA3xxx: PowerShell sign-ins -----------------------------------------------------------------

            // ---- end of CFA3xxx ------------------------------------------------------------------------------

            // ---- CFA4xxx: basic authentication to Microsoft 365 services ---------------------------------------

            // System.Net.Mail: SMTP AUTH with a user password (reported when the client's host is Microsoft 365). No OAuth
            // in System.Net.Mail, so no fix: the replacement is another library.
            new KnownApi("SmtpClientCredentials", "CFA4001", "P:System.Net.Mail.SmtpClient.Credentials", SmtpReplacement, role: ApiRole.CredentialCarrier),

            // MailKit 4.x: the password overloads live on MailService (the Encoding+ICredentials one is abstract there and
            // overridden by SmtpClient/ImapClient/Pop3Client) and on IMailService. Authenticate(SaslMechanism) is a row so
            // the rule can check for password mechanisms (PLAIN, LOGIN, ...) in the argument.
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.MailService.Authenticate({Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.MailService.Authenticate({Enc},{Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.MailService.AuthenticateAsync({Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.MailService.AuthenticateAsync({Enc},{Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.MailService.Authenticate({Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.MailService.Authenticate({Enc},{Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.MailService.AuthenticateAsync({Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.MailService.AuthenticateAsync({Enc},{Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitSasl", "CFA4002", $"M:MailKit.MailService.Authenticate(MailKit.Security.SaslMechanism,{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "mechanism"),
            new KnownApi("MailKitSasl", "CFA4002", $"M:MailKit.MailService.AuthenticateAsync(MailKit.Security.SaslMechanism,{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "mechanism"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.IMailService.Authenticate({Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.IMailService.Authenticate({Enc},{Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.IMailService.AuthenticateAsync({Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitPassword", "CFA4002", $"M:MailKit.IMailService.AuthenticateAsync({Enc},{Str},{Str},{Ct})", MailReplacement, FixKind.MailKitOAuth, "userName", "password"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.IMailService.Authenticate({Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.IMailService.Authenticate({Enc},{Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.IMailService.AuthenticateAsync({Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitCredentials", "CFA4002", $"M:MailKit.IMailService.AuthenticateAsync({Enc},{Creds},{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "credentials"),
            new KnownApi("MailKitSasl", "CFA4002", $"M:MailKit.IMailService.Authenticate(MailKit.Security.SaslMechanism,{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "mechanism"),
            new KnownApi("MailKitSasl", "CFA4002", $"M:MailKit.IMailService.AuthenticateAsync(MailKit.Security.SaslMechanism,{Ct})", MailReplacement, FixKind.MailKitOAuth, passwordParameter: "mechanism"),

            // PnP Sites Core MailUtility.SendEmail: System.Net.Mail to Office 365 with NetworkCredential(fromAddress, fromUserPassword);
            // reported unless servername is a constant host that is not Microsoft 365.
            new KnownApi("PnPMailUtility", "CFA4001", $"M:OfficeDevPnP.Core.Utilities.MailUtility.SendEmail({Str},{Str},{Str},{Scopes},{Scopes},{Str},{Str},System.Boolean,System.Object)", MailUtilityReplacement, FixKind.None, "fromAddress", "fromUserPassword", hostParameter: "servername"),
            new KnownApi("PnPMailUtility", "CFA4001", $"M:OfficeDevPnP.Core.Utilities.MailUtility.SendEmail({Str},{Str},{Secure},{Scopes},{Scopes},{Str},{Str},System.Boolean,System.Object)", MailUtilityReplacement, FixKind.None, "fromAddress", "fromUserPassword", hostParameter: "servername"),

            // EWS Managed API: WebCredentials(user, password[, domain]) and NetworkCredential through ExchangeCredentials.op_Implicit.
            new KnownApi("EwsWebCredentials", "CFA4004", $"M:Microsoft.Exchange.WebServices.Data.WebCredentials.#ctor({Str},{Str})", EwsReplacement, FixKind.EwsOAuth, "username", "password"),
            new KnownApi("EwsWebCredentials", "CFA4004", $"M:Microsoft.Exchange.WebServices.Data.WebCredentials.#ctor({Str},{Str},{Str})", EwsReplacement, FixKind.EwsOAuth, "username", "password"),
            new KnownApi("EwsNetworkCredential", "CFA4004", "M:Microsoft.Exchange.WebServices.Data.ExchangeCredentials.op_Implicit(System.Net.NetworkCredential)~Microsoft.Exchange.WebServices.Data.ExchangeCredentials", EwsReplacement, FixKind.EwsOAuth, passwordParameter: "credentials"),

            // SharePoint Online: a user password set on a CSOM context (reported when the context's URL is SharePoint Online).
            new KnownApi("SpoNetworkCredential", "CFA4005", "P:Microsoft.SharePoint.Client.ClientRuntimeContext.Credentials", SpoCsomReplacement, role: ApiRole.CredentialCarrier),

            // SharePoint Online: CSOM IDCRL credentials, PnP-Sites-Core and PnP.Framework user/password helpers.
            new KnownApi("SpoCredentials", "CFA4005", $"M:Microsoft.SharePoint.Client.SharePointOnlineCredentials.#ctor({Str},{Secure})", SpoCsomReplacement, FixKind.None, "username", "password"),
            new KnownApi("PnPCoreTenant", "CFA4005", $"M:OfficeDevPnP.Core.AuthenticationManager.GetSharePointOnlineAuthenticatedContextTenant({Str},{Str},{Str})", PnPCoreReplacement, FixKind.PnPCoreAccessToken, "tenantUser", "tenantUserPassword"),
            new KnownApi("PnPCoreTenant", "CFA4005", $"M:OfficeDevPnP.Core.AuthenticationManager.GetSharePointOnlineAuthenticatedContextTenant({Str},{Str},{Secure})", PnPCoreReplacement, FixKind.PnPCoreAccessToken, "tenantUser", "tenantUserPassword"),
            new KnownApi("PnPCoreAad", "CFA4005", $"M:OfficeDevPnP.Core.AuthenticationManager.GetAzureADCredentialsContext({Str},{Str},{Str})", PnPCoreReplacement, FixKind.PnPCoreAccessToken, "userPrincipalName", "userPassword"),
            new KnownApi("PnPCoreAad", "CFA4005", $"M:OfficeDevPnP.Core.AuthenticationManager.GetAzureADCredentialsContext({Str},{Str},{Secure},OfficeDevPnP.Core.AzureEnvironment)", PnPCoreReplacement, FixKind.PnPCoreAccessToken, "userPrincipalName", "userPassword"),
            new KnownApi("PnPFrameworkCredentials", "CFA4005", $"M:PnP.Framework.AuthenticationManager.CreateWithCredentials({Str},{Secure},PnP.Framework.AzureEnvironment,{TokenCacheCallback})", PnPFrameworkReplacement, FixKind.PnPFrameworkAccessToken, "username", "password"),
            new KnownApi("PnPFrameworkCredentials", "CFA4005", $"M:PnP.Framework.AuthenticationManager.CreateWithCredentials({Str},{Str},{Secure},{Str},PnP.Framework.AzureEnvironment,{TokenCacheCallback})", PnPFrameworkReplacement, FixKind.PnPFrameworkAccessToken, "username", "password"),
            new KnownApi("PnPFrameworkCredentials", "CFA4005", $"M:PnP.Framework.AuthenticationManager.#ctor({Str},{Secure},PnP.Framework.AzureEnvironment,{TokenCacheCallback})", PnPFrameworkReplacement, FixKind.PnPFrameworkAccessToken, "username", "password"),
            new KnownApi("PnPFrameworkCredentials", "CFA4005", $"M:PnP.Framework.AuthenticationManager.#ctor({Str},{Str},{Secure},{Str},PnP.Framework.AzureEnvironment,{TokenCacheCallback})", PnPFrameworkReplacement, FixKind.PnPFrameworkAccessToken, "username", "password"),

            // Dataverse / Dynamics 365: online password constructors (the connection-string ones are string rules).
            new KnownApi("CrmOffice365", "CFA4006", $"M:Microsoft.Xrm.Tooling.Connector.CrmServiceClient.#ctor({Str},{Secure},{Str},{Str},System.Boolean,System.Boolean,Microsoft.Xrm.Sdk.Discovery.OrganizationDetail,System.Boolean)", DataverseReplacement, FixKind.None, "crmUserId", "crmPassword"),
            new KnownApi("DataverseRopc", "CFA4006", $"M:Microsoft.PowerPlatform.Dataverse.Client.ServiceClient.#ctor({Str},{Secure},{Str},{Str},System.Boolean,Microsoft.Xrm.Sdk.Discovery.OrganizationDetail,{Str},System.Uri,Microsoft.PowerPlatform.Dataverse.Client.Auth.PromptBehavior,System.Boolean,{Str},Microsoft.Extensions.Logging.ILogger)", DataverseReplacement, FixKind.None, "userId", "password"),
            new KnownApi("DataverseRopc", "CFA4006", $"M:Microsoft.PowerPlatform.Dataverse.Client.ServiceClient.#ctor({Str},{Secure},System.Uri,System.Boolean,{Str},System.Uri,Microsoft.PowerPlatform.Dataverse.Client.Auth.PromptBehavior,System.Boolean,{Str},Microsoft.Extensions.Logging.ILogger)", DataverseReplacement, FixKind.None, "userId", "password"),

            // CRM SDK OrganizationServiceProxy (WS-Trust, deprecated with Office365 authentication): reported when the
            // ClientCredentials given carry UserName.Password and the organisation is not a constant on-premises address.
            new KnownApi("CrmOrganizationServiceProxy", "CFA4006", "M:Microsoft.Xrm.Sdk.Client.OrganizationServiceProxy.#ctor(System.Uri,System.Uri,System.ServiceModel.Description.ClientCredentials,System.ServiceModel.Description.ClientCredentials)", DataverseReplacement, FixKind.None, passwordParameter: "clientCredentials", hostParameter: "uri"),
            new KnownApi("CrmOrganizationServiceProxy", "CFA4006", "M:Microsoft.Xrm.Sdk.Client.OrganizationServiceProxy.#ctor(Microsoft.Xrm.Sdk.Client.IServiceManagement{Microsoft.Xrm.Sdk.IOrganizationService},System.ServiceModel.Description.ClientCredentials)", DataverseReplacement, FixKind.None, passwordParameter: "clientCredentials", hostParameter: "serviceManagement"),

            // XrmTooling CrmServiceClient with a NetworkCredential: online (Office365/OAuth, or a *.dynamics.com host) only;
            // the same constructor with AD to an on-premises host is Windows authentication to the customer's own server.
            new KnownApi("CrmNetworkCredential", "CFA4006", $"M:Microsoft.Xrm.Tooling.Connector.CrmServiceClient.#ctor(System.Net.NetworkCredential,Microsoft.Xrm.Tooling.Connector.AuthenticationType,{Str},{Str},{Str},System.Boolean,System.Boolean,Microsoft.Xrm.Sdk.Discovery.OrganizationDetail)", DataverseReplacement, FixKind.None, passwordParameter: "credential", hostParameter: "hostName"),

            // SqlClient: the enum member (Microsoft.Data.SqlClient 7.x keeps it in ...Extensions.Abstractions.dll, [Obsolete]).
            new KnownApi("SqlAdPassword", "CFA4007", "F:Microsoft.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryPassword", SqlReplacement),
            new KnownApi("SqlAdPassword", "CFA4007", "F:System.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryPassword", SqlReplacement),

            // ---- end of CFA4xxx ------------------------------------------------------------------------------
        });

        private static readonly ImmutableDictionary<string, KnownApi> Keys = All
            .GroupBy(api => api.Key)
            .ToImmutableDictionary(group => group.Key, group => group.First());
    }
}
