namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// Members the rules recognise besides the catalog rows (<see cref="KnownApiCatalog"/>): where a value comes from,
    /// where a request is sent, how a PowerShell command or a string is built. Matched by declaring type and name
    /// through <see cref="KnownApiSymbols.Is(Microsoft.CodeAnalysis.ISymbol?, KnownMember)"/>, so no rule compares
    /// a member or type name itself. Every row is resolved against the real package (or its stub) in the tests.
    /// </summary>
    internal static class KnownMembers
    {
        // ---- Stored and configured passwords (CFA1003, CFA2002, CFA2003) ----
        public static readonly KnownMember SecureStringAppendChar = KnownMember.On(KnownTypes.SecureString, "AppendChar");
        public static readonly KnownMember StringToCharArray = KnownMember.On(KnownTypes.String, "ToCharArray");
        public static readonly KnownMember NetworkCredentialSecurePassword = KnownMember.On(KnownTypes.NetworkCredential, "SecurePassword");
        public static readonly KnownMember SetEnvironmentVariable = KnownMember.On(KnownTypes.SystemEnvironment, "SetEnvironmentVariable");
        public static readonly KnownMember GetEnvironmentVariable = KnownMember.On(KnownTypes.SystemEnvironment, "GetEnvironmentVariable");

        /// <summary>A line break in strings built in steps (script text joined with <c>Environment.NewLine</c>).</summary>
        public static readonly KnownMember EnvironmentNewLine = KnownMember.On(KnownTypes.SystemEnvironment, "NewLine");
        public static readonly KnownMember ConfigurationBinderGetValue = KnownMember.On(KnownTypes.MicrosoftExtensionsConfigurationBinder, "GetValue");
        public static readonly KnownMember ConfigurationGetSection = KnownMember.On(KnownTypes.MicrosoftExtensionsIConfiguration, "GetSection");
        public static readonly KnownMember ConfigurationSectionValue = KnownMember.On(KnownTypes.MicrosoftExtensionsIConfigurationSection, "Value");
        public static readonly KnownMember AppSettings = KnownMember.OnAny(new[] { KnownTypes.SystemConfigurationManager, KnownTypes.WebConfigurationManager }, "AppSettings");
        public static readonly KnownMember NameValueCollectionGet = KnownMember.On(KnownTypes.NameValueCollection, "Get");

        // ---- Hand-built token requests (CFA2001) ----
        public static readonly KnownMember WebClientUploadValues = KnownMember.On(KnownTypes.WebClient, "UploadValues", "UploadValuesAsync", "UploadValuesTaskAsync");
        public static readonly KnownMember WebClientUploadString = KnownMember.On(KnownTypes.WebClient, "UploadString", "UploadStringAsync", "UploadStringTaskAsync");
        public static readonly KnownMember EncodingGetBytes = KnownMember.On(KnownTypes.Encoding, "GetBytes");
        public static readonly KnownMember TextWriterWrite = KnownMember.On(KnownTypes.TextWriter, "Write", "WriteAsync");
        public static readonly KnownMember WebRequestGetRequestStream = KnownMember.On(KnownTypes.WebRequest, "GetRequestStream", "GetRequestStreamAsync");

        /// <summary>RestSharp adds parameters through instance and extension methods spread over its namespace.</summary>
        public static readonly KnownMember RestSharpAddParameter = KnownMember.InNamespace(KnownNamespaces.RestSharp, "AddParameter", "AddOrUpdateParameter");
        public static readonly KnownMember RestSharpAddQueryParameter = KnownMember.InNamespace(KnownNamespaces.RestSharp, "AddQueryParameter");
        public static readonly KnownMember RestSharpAddStringBody = KnownMember.InNamespace(KnownNamespaces.RestSharp, "AddStringBody");

        // ---- String building (token request bodies, script text) ----
        public static readonly KnownMember StringFormat = KnownMember.On(KnownTypes.String, "Format");
        public static readonly KnownMember StringConcat = KnownMember.On(KnownTypes.String, "Concat");
        public static readonly KnownMember StringBuilderAppend = KnownMember.On(KnownTypes.StringBuilder, "Append", "AppendLine");
        public static readonly KnownMember StringBuilderAppendFormat = KnownMember.On(KnownTypes.StringBuilder, "AppendFormat");
        public static readonly KnownMember StringBuilderAppendLine = KnownMember.On(KnownTypes.StringBuilder, "AppendLine");
        public static readonly KnownMember StringBuilderToString = KnownMember.On(KnownTypes.StringBuilder, "ToString");
        public static readonly KnownMember KeyValuePairCreate = KnownMember.On(KnownTypes.KeyValuePairFactory, "Create");

        // ---- Hosted PowerShell (CFA3001, CFA3003, CFA3004) ----
        public static readonly KnownMember AddCommand = KnownMember.OnAny(new[] { KnownTypes.PowerShell, KnownTypes.PSCommand }, "AddCommand");
        public static readonly KnownMember AddParameter = KnownMember.OnAny(new[] { KnownTypes.PowerShell, KnownTypes.PSCommand }, "AddParameter");
        public static readonly KnownMember AddArgument = KnownMember.OnAny(new[] { KnownTypes.PowerShell, KnownTypes.PSCommand }, "AddArgument");
        public static readonly KnownMember AddParameters = KnownMember.OnAny(new[] { KnownTypes.PowerShell, KnownTypes.PSCommand }, "AddParameters");
        public static readonly KnownMember AddScript = KnownMember.OnAny(new[] { KnownTypes.PowerShell, KnownTypes.PSCommand, KnownTypes.CommandCollection }, "AddScript");
        public static readonly KnownMember CreatePipeline = KnownMember.On(KnownTypes.Runspace, "CreatePipeline", "CreateNestedPipeline");
        public static readonly KnownMember ScriptBlockCreate = KnownMember.On(KnownTypes.ScriptBlock, "Create");
        public static readonly KnownMember ImportPSModule = KnownMember.On(KnownTypes.InitialSessionState, "ImportPSModule");
        public static readonly KnownMember CommandParameters = KnownMember.On(KnownTypes.PowerShellCommand, "Parameters");
        public static readonly KnownMember CommandParametersAdd = KnownMember.On(KnownTypes.CommandParameterCollection, "Add");

        /// <summary>How a remote connection authenticates (<c>AuthenticationMechanism.Basic</c> sends the password).</summary>
        public static readonly KnownMember WSManAuthenticationMechanism = KnownMember.On(KnownTypes.WSManConnectionInfo, "AuthenticationMechanism");

        /// <summary><c>Parameters.Add(new CommandParameter(...))</c> binds to the base collection's <c>Add</c>, not CommandParameterCollection's own.</summary>
        public static readonly KnownMember CollectionAdd = KnownMember.On(KnownTypes.ObjectModelCollection, "Add");

        // ---- Basic authentication to Microsoft 365 (CFA4xxx) ----
        public static readonly KnownMember SmtpClientCredentials = KnownMember.On(KnownTypes.SystemNetMailSmtpClient, "Credentials");
        public static readonly KnownMember SmtpClientHost = KnownMember.On(KnownTypes.SystemNetMailSmtpClient, "Host");
        public static readonly KnownMember MailServiceConnect = KnownMember.On(KnownTypes.MailKitIMailService, "Connect", "ConnectAsync");
        public static readonly KnownMember MailServiceAuthenticationMechanisms = KnownMember.On(KnownTypes.MailKitIMailService, "AuthenticationMechanisms");
        public static readonly KnownMember ExchangeServiceUrl = KnownMember.On(KnownTypes.EwsExchangeService, "Url");

        // ---- Dataverse / Dynamics 365 (CFA4006) ----
        public static readonly KnownMember WcfUserName = KnownMember.On(KnownTypes.WcfClientCredentials, "UserName");
        public static readonly KnownMember WcfUserNamePassword = KnownMember.On(KnownTypes.WcfUserNamePasswordClientCredential, "Password");
        /// <summary>The Dataverse clients' constructors; the ones whose first parameter is a string take a connection string.</summary>
        public static readonly KnownMember DataverseClientConstructors = KnownMember.OnAny(new[] { KnownTypes.XrmToolingCrmServiceClient, KnownTypes.DataverseServiceClient }, ".ctor");

        public static readonly KnownMember XrmCreateManagement = KnownMember.On(KnownTypes.XrmServiceConfigurationFactory, "CreateManagement");

        /// <summary>XrmTooling authentication types that sign in to Dataverse online (Microsoft Entra ID).</summary>
        public static readonly KnownMember XrmOnlineAuthenticationTypes = KnownMember.On(KnownTypes.XrmToolingAuthenticationType, "Office365", "OAuth");
    }
}
