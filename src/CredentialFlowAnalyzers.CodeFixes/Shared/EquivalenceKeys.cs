namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Code action equivalence keys, shaped <c>"&lt;Id&gt;.&lt;Action&gt;"</c>. Fix All groups by these, so they never
    /// depend on the title or on anything found in the code. The first action offered for a diagnostic always carries
    /// <see cref="Recommended"/> of its id (<see cref="CredentialCodeFixProvider"/> sees to it), whatever rewrite it is for
    /// that shape: batch tools apply the first action of one diagnostic to every site of the id, so that key must be
    /// offered wherever the id can be fixed at all. The keys below name the alternative actions.
    /// </summary>
    internal static class EquivalenceKeys
    {
        /// <summary>The key of the first (recommended) action of every diagnostic of <paramref name="diagnosticId"/>.</summary>
        public static string Recommended(string diagnosticId) => diagnosticId + ".Recommended";

        /// <summary>True when <paramref name="key"/> is a key of an action for <paramref name="diagnosticId"/>.</summary>
        public static bool BelongsTo(string key, string diagnosticId) =>
            key.Length > diagnosticId.Length && key[diagnosticId.Length] == '.' && key.StartsWith(diagnosticId, System.StringComparison.Ordinal);

        public const string CFA1001RefreshToken = "CFA1001.RefreshToken";
        public const string CFA1001DeviceCode = "CFA1001.DeviceCode";
        public const string CFA1001Interactive = "CFA1001.Interactive";
        public const string CFA1001AppOnly = "CFA1001.AppOnly";

        // ---- CFA1xxx (others) ----
        public const string CFA1002DefaultAzureCredential = "CFA1002.DefaultAzureCredential";
        public const string CFA1002InteractiveBrowser = "CFA1002.InteractiveBrowser";
        public const string CFA1002DeviceCode = "CFA1002.DeviceCode";
        public const string CFA1003RemoveUserVariables = "CFA1003.RemoveUserVariables";
        public const string CFA1004MsalRefreshToken = "CFA1004.MsalRefreshToken";
        public const string CFA1005ApplicationTokenProvider = "CFA1005.ApplicationTokenProvider";
        public const string CFA1005ManagedIdentity = "CFA1005.ManagedIdentity";

        // ---- CFA2xxx ----
        public const string CFA2001RefreshToken = "CFA2001.RefreshToken";
        public const string CFA2002SecretSource = "CFA2002.SecretSource";

        // ---- CFA3xxx ----
        public const string CFA3001TokenParameterSet = "CFA3001.TokenParameterSet";
        public const string CFA3002TokenParameterSet = "CFA3002.TokenParameterSet";

        // ---- CFA4xxx ----
        public const string CFA4002OAuth2 = "CFA4002.OAuth2";
        public const string CFA4004OAuthCredentials = "CFA4004.OAuthCredentials";
        public const string CFA4005AccessToken = "CFA4005.AccessToken";
        public const string CFA4006OAuthInteractive = "CFA4006.OAuthInteractive";
        public const string CFA4007Default = "CFA4007.Default";
        public const string CFA4007ManagedIdentity = "CFA4007.ManagedIdentity";
        public const string CFA4007Interactive = "CFA4007.Interactive";
        public const string CFA4008Passwordless = "CFA4008.Passwordless";
    }
}
