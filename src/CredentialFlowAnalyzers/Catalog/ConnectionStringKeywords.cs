using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The connection-string keywords and values of SQL Server (SqlClient) and Dataverse (XRM tooling) that the string
    /// rules read and their fixes write. Keys are lower case, as <c>ConnectionStrings.Parse</c> normalises them.
    /// </summary>
    internal static class ConnectionStringKeywords
    {
        /// <summary>
        /// The ADO.NET provider name of .NET Framework's System.Data.SqlClient in a configuration file's
        /// <c>providerName</c>: that library has no passwordless mode a connection string alone can select.
        /// </summary>
        public const string SystemDataSqlClientProvider = "System.Data.SqlClient";

        /// <summary>Cheap pre-filter run on every string constant: every finding has an <c>auth...</c> key.</summary>
        public const string PreFilter = "auth";

        // ---- SQL Server ----
        public const string SqlAuthentication = "authentication";

        /// <summary><c>Active Directory Password</c> with case and white space ignored, as SqlClient parses it.</summary>
        public const string SqlActiveDirectoryPassword = "activedirectorypassword";

        public static readonly ImmutableArray<string> SqlPasswordKeys = ImmutableArray.Create("password", "pwd");
        public static readonly ImmutableArray<string> SqlUserKeys = ImmutableArray.Create("user id", "userid", "uid", "user");

        /// <summary>Connection-string builder properties and indexer keys (spaces removed, lower case) a SQL fix removes with the password.</summary>
        public static readonly ImmutableArray<string> SqlBuilderPasswordKeys = ImmutableArray.Create("password", "pwd");
        public static readonly ImmutableArray<string> SqlBuilderUserKeys = ImmutableArray.Create("userid", "uid");

        /// <summary>What a SQL fix switches <c>Active Directory Password</c> to, safest first.</summary>
        public static readonly ImmutableArray<SqlAuthenticationTarget> SqlTargets = ImmutableArray.Create(
            new SqlAuthenticationTarget("Active Directory Default", keepsUser: false, "F:Microsoft.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryDefault"),
            new SqlAuthenticationTarget("Active Directory Managed Identity", keepsUser: false, "F:Microsoft.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryManagedIdentity"),
            new SqlAuthenticationTarget(
                "Active Directory Interactive",
                keepsUser: true,
                "F:Microsoft.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryInteractive",
                "F:System.Data.SqlClient.SqlAuthenticationMethod.ActiveDirectoryInteractive"));

        // ---- Dataverse / Dynamics 365 ----
        public static readonly ImmutableArray<string> DataverseAuthTypeKeys = ImmutableArray.Create("authtype", "authenticationtype");
        public static readonly ImmutableArray<string> DataversePasswordKeys = ImmutableArray.Create("password");
        public static readonly ImmutableArray<string> DataverseUserKeys = ImmutableArray.Create("username", "user name", "userid", "user id");
        public static readonly ImmutableArray<string> DataverseUrlKeys = ImmutableArray.Create("url", "serviceuri", "service uri", "server");
        public static readonly ImmutableArray<string> DataverseAppIdKeys = ImmutableArray.Create("appid", "clientid");
        public static readonly ImmutableArray<string> DataverseRedirectKeys = ImmutableArray.Create("redirecturi", "replyurl");
        public const string DataverseLoginPromptKey = "loginprompt";

        /// <summary>WS-Trust with a user password (always a finding).</summary>
        public const string DataverseOffice365 = "Office365";

        /// <summary>OAuth: a finding only with a password (a resource-owner password grant); without one, the target of the fix.</summary>
        public const string DataverseOAuth = "OAuth";

        /// <summary>Active Directory: a password sign-in when the organisation is online.</summary>
        public const string DataverseActiveDirectory = "AD";

        /// <summary>What the Dataverse fix appends so the connector signs in interactively (MFA-capable) and caches the token.</summary>
        public const string DataverseInteractivePrompt = "LoginPrompt=Auto";

        /// <summary>Microsoft's published sample app registration for Dataverse OAuth (development and prototyping).</summary>
        public const string DataverseSampleAppId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

        public const string DataverseSampleRedirectUri = "app://58145B91-0C36-4500-8554-080854F2AC97";

        public const string DataverseAppIdPart = "AppId=";
        public const string DataverseRedirectUriPart = "RedirectUri=";
    }

    /// <summary>A passwordless SQL authentication mode: its connection-string value and its enum member in each SqlClient that has it.</summary>
    internal sealed class SqlAuthenticationTarget
    {
        public SqlAuthenticationTarget(string keyword, bool keepsUser, params string[] enumMembers)
        {
            Keyword = keyword;
            KeepsUser = keepsUser;
            EnumMembers = enumMembers.ToImmutableArray();
        }

        /// <summary>The value as written in a connection string (<c>Authentication=...</c>).</summary>
        public string Keyword { get; }

        /// <summary>Interactive sign-in uses the user name as the login hint; the other modes need no user.</summary>
        public bool KeepsUser { get; }

        /// <summary><c>SqlAuthenticationMethod</c> members as documentation ids (Microsoft.Data.SqlClient, System.Data.SqlClient).</summary>
        public ImmutableArray<string> EnumMembers { get; }
    }
}
