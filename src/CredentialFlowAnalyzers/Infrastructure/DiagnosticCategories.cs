namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Rule categories. Users can set a whole category at once with
    /// <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>, so names carry no dots or spaces.
    /// </summary>
    internal static class DiagnosticCategories
    {
        /// <summary>A token is obtained with a user name and password (ROPC), through a library or by hand (CFA1xxx, CFA2xxx grants).</summary>
        public const string PasswordGrant = "PasswordGrant";

        /// <summary>A user password is kept with the code or read from configuration (CFA2xxx stored credentials).</summary>
        public const string StoredCredential = "StoredCredential";

        /// <summary>A PowerShell module signs in with a user credential (CFA3xxx).</summary>
        public const string PowerShellSignIn = "PowerShellSignIn";

        /// <summary>A Microsoft 365 service or database is reached with basic (user/password) authentication (CFA4xxx).</summary>
        public const string BasicAuthentication = "BasicAuthentication";
    }
}
