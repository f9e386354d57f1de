using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// Metadata names of the types the rules and fixes need besides the catalog rows: sinks and sources they
    /// recognise, replacement APIs, secret stores. Resolved through <see cref="KnownApiSymbols.GetType(string)"/>,
    /// once per compilation; nothing outside <c>Catalog/</c> names a type by string. Every row is resolved against
    /// the real package (or its exact-shape stub) in the tests.
    /// </summary>
    internal static class KnownTypes
    {
        // ---- MSAL (CFA1001, and the replacement the ADAL fix writes) ----
        public const string MsalIByRefreshToken = "Microsoft.Identity.Client.IByRefreshToken";
        public const string MsalIPublicClientApplication = "Microsoft.Identity.Client.IPublicClientApplication";
        public const string MsalIConfidentialClientApplication = "Microsoft.Identity.Client.IConfidentialClientApplication";
        public const string MsalPublicClientApplicationBuilder = "Microsoft.Identity.Client.PublicClientApplicationBuilder";
        public const string MsalConfidentialClientApplicationBuilder = "Microsoft.Identity.Client.ConfidentialClientApplicationBuilder";
        public const string MsalAbstractApplicationBuilder = "Microsoft.Identity.Client.AbstractApplicationBuilder`1";
        public const string MsalBaseAbstractApplicationBuilder = "Microsoft.Identity.Client.BaseAbstractApplicationBuilder`1";
        public const string MsalBaseAbstractAcquireTokenParameterBuilder = "Microsoft.Identity.Client.BaseAbstractAcquireTokenParameterBuilder`1";
        public const string MsalAuthenticationResult = "Microsoft.Identity.Client.AuthenticationResult";

        // ---- Secret sources a fix may read a secret from, best first, and the configuration reads CFA2003 recognises ----
        public const string KeyVaultSecretClient = "Azure.Security.KeyVault.Secrets.SecretClient";
        public const string MicrosoftExtensionsIConfiguration = "Microsoft.Extensions.Configuration.IConfiguration";
        public const string MicrosoftExtensionsIConfigurationSection = "Microsoft.Extensions.Configuration.IConfigurationSection";
        public const string MicrosoftExtensionsConfigurationBinder = "Microsoft.Extensions.Configuration.ConfigurationBinder";
        public const string SystemConfigurationManager = "System.Configuration.ConfigurationManager";
        public const string WebConfigurationManager = "System.Web.Configuration.WebConfigurationManager";
        public const string NameValueCollection = "System.Collections.Specialized.NameValueCollection";
        public const string SystemEnvironment = "System.Environment";

        // ---- CFA1xxx ----
        public const string AzureTokenCredential = "Azure.Core.TokenCredential";
        public const string AzureDefaultAzureCredential = "Azure.Identity.DefaultAzureCredential";
        public const string AzureInteractiveBrowserCredential = "Azure.Identity.InteractiveBrowserCredential";
        public const string AzureInteractiveBrowserCredentialOptions = "Azure.Identity.InteractiveBrowserCredentialOptions";
        public const string AzureDeviceCodeCredential = "Azure.Identity.DeviceCodeCredential";
        public const string AzureDeviceCodeCredentialOptions = "Azure.Identity.DeviceCodeCredentialOptions";
        public const string AzureEnvironmentCredential = "Azure.Identity.EnvironmentCredential";
        public const string AdalAuthenticationResult = "Microsoft.IdentityModel.Clients.ActiveDirectory.AuthenticationResult";
        public const string AdalUserPasswordCredential = "Microsoft.IdentityModel.Clients.ActiveDirectory.UserPasswordCredential";
        public const string AdalAuthenticationContext = "Microsoft.IdentityModel.Clients.ActiveDirectory.AuthenticationContext";
        public const string RestApplicationTokenProvider = "Microsoft.Rest.Azure.Authentication.ApplicationTokenProvider";
        public const string PartnerCenterAuthenticationToken = "Microsoft.Store.PartnerCenter.AuthenticationToken";
        public const string FluentMsiResourceType = "Microsoft.Azure.Management.ResourceManager.Fluent.Authentication.MSIResourceType";

        // ---- CFA2xxx: where a hand-built token request is sent (CFA2001), and how bodies are built ----
        public const string FormUrlEncodedContent = "System.Net.Http.FormUrlEncodedContent";
        public const string StringContent = "System.Net.Http.StringContent";
        public const string WebClient = "System.Net.WebClient";
        public const string WebRequest = "System.Net.WebRequest";
        public const string TextWriter = "System.IO.TextWriter";
        public const string Encoding = "System.Text.Encoding";
        public const string RestSharpRestRequest = "RestSharp.RestRequest";
        public const string RestSharpParameterType = "RestSharp.ParameterType";
        public const string IdentityModelPasswordTokenRequest = "IdentityModel.Client.PasswordTokenRequest";
        public const string IdentityModelRefreshTokenRequest = "IdentityModel.Client.RefreshTokenRequest";
        public const string KeyValuePair = "System.Collections.Generic.KeyValuePair`2";
        public const string KeyValuePairFactory = "System.Collections.Generic.KeyValuePair";
        public const string StringBuilder = "System.Text.StringBuilder";
        public const string String = "System.String";
        public const string Uri = "System.Uri";
        public const string SecureString = "System.Security.SecureString";

        // ---- What fixes write besides the replacement members: a device-code callback ----
        public const string Console = "System.Console";
        public const string Task = "System.Threading.Tasks.Task";
        public const string CancellationToken = "System.Threading.CancellationToken";

        // ---- CFA3xxx: the PowerShell hosting API ----
        public const string PowerShell = "System.Management.Automation.PowerShell";
        public const string PSCommand = "System.Management.Automation.PSCommand";
        public const string PSCredential = "System.Management.Automation.PSCredential";
        public const string ScriptBlock = "System.Management.Automation.ScriptBlock";
        public const string PowerShellCommand = "System.Management.Automation.Runspaces.Command";
        public const string CommandParameter = "System.Management.Automation.Runspaces.CommandParameter";
        public const string CommandParameterCollection = "System.Management.Automation.Runspaces.CommandParameterCollection";
        public const string CommandCollection = "System.Management.Automation.Runspaces.CommandCollection";
        public const string Runspace = "System.Management.Automation.Runspaces.Runspace";
        public const string InitialSessionState = "System.Management.Automation.Runspaces.InitialSessionState";

        /// <summary>Remote PowerShell from C# (Exchange Online Remote PowerShell): the C# twin of <c>New-PSSession</c>.</summary>
        public const string WSManConnectionInfo = "System.Management.Automation.Runspaces.WSManConnectionInfo";
        public const string IDictionary = "System.Collections.IDictionary";
        public const string ObjectModelCollection = "System.Collections.ObjectModel.Collection`1";

        // ---- CFA4xxx ----
        /// <summary>CSOM's SharePoint Online password credential, as scripts name it in <c>New-Object</c> (its constructor is a <see cref="KnownApiCatalog"/> row).</summary>
        public const string SharePointOnlineCredentials = "Microsoft.SharePoint.Client.SharePointOnlineCredentials";

        public const string SystemNetMailSmtpClient = "System.Net.Mail.SmtpClient";
        public const string NetworkCredential = "System.Net.NetworkCredential";
        public const string CredentialCache = "System.Net.CredentialCache";
        public const string MailKitMailService = "MailKit.MailService";
        public const string MailKitIMailService = "MailKit.IMailService";
        public const string MailKitSaslMechanism = "MailKit.Security.SaslMechanism";
        public const string MailKitSaslMechanismOAuth2 = "MailKit.Security.SaslMechanismOAuth2";
        public const string EwsExchangeService = "Microsoft.Exchange.WebServices.Data.ExchangeService";
        public const string EwsExchangeCredentials = "Microsoft.Exchange.WebServices.Data.ExchangeCredentials";
        public const string EwsOAuthCredentials = "Microsoft.Exchange.WebServices.Data.OAuthCredentials";
        public const string DbConnectionStringBuilder = "System.Data.Common.DbConnectionStringBuilder";
        public const string MicrosoftSqlConnection = "Microsoft.Data.SqlClient.SqlConnection";
        public const string MicrosoftSqlAuthenticationMethod = "Microsoft.Data.SqlClient.SqlAuthenticationMethod";
        public const string SystemSqlConnection = "System.Data.SqlClient.SqlConnection";
        public const string InvalidOperationException = "System.InvalidOperationException";

        // WCF client credentials and the CRM SDK around OrganizationServiceProxy (CFA4006).
        public const string WcfClientCredentials = "System.ServiceModel.Description.ClientCredentials";
        public const string WcfUserNamePasswordClientCredential = "System.ServiceModel.Security.UserNamePasswordClientCredential";
        public const string XrmServiceConfigurationFactory = "Microsoft.Xrm.Sdk.Client.ServiceConfigurationFactory";
        public const string XrmToolingAuthenticationType = "Microsoft.Xrm.Tooling.Connector.AuthenticationType";
        public const string XrmToolingCrmServiceClient = "Microsoft.Xrm.Tooling.Connector.CrmServiceClient";
        public const string DataverseServiceClient = "Microsoft.PowerPlatform.Dataverse.Client.ServiceClient";

        /// <summary>MailKit SASL mechanisms that send a password (metadata names in MailKit.Security).</summary>
        public static readonly ImmutableArray<string> MailKitPasswordMechanisms = ImmutableArray.Create(
            "MailKit.Security.SaslMechanismPlain", "MailKit.Security.SaslMechanismLogin", "MailKit.Security.SaslMechanismCramMd5",
            "MailKit.Security.SaslMechanismNtlm", "MailKit.Security.SaslMechanismScramSha1", "MailKit.Security.SaslMechanismScramSha256",
            "MailKit.Security.SaslMechanismScramSha512", "MailKit.Security.SaslMechanismDigestMd5");

        /// <summary>
        /// Types whose construction has no effect beyond the object itself: a fix may delete a local or field
        /// initialised with one once nothing else reads it.
        /// </summary>
        public static readonly ImmutableArray<string> InertCredentialTypes = ImmutableArray.Create(SecureString, NetworkCredential, PSCredential, AdalAuthenticationContext, AdalUserPasswordCredential);

        /// <summary>
        /// Builders whose calls only configure the object they return (MSAL's application builders): a client built
        /// with them and read by nothing else can go with the password call it served.
        /// </summary>
        public static readonly ImmutableArray<string> InertBuilderTypes = ImmutableArray.Create(
            MsalPublicClientApplicationBuilder, MsalConfidentialClientApplicationBuilder, MsalAbstractApplicationBuilder, MsalBaseAbstractApplicationBuilder);
    }
}
