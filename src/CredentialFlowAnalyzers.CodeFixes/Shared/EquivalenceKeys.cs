namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Code action equivalence keys, shaped <c>"&lt;Id&gt;.&lt;Action&gt;"</c>. Fix All groups by these, so they never
    /// depend on the title or on anything found in the code.
    /// </summary>
    internal static class EquivalenceKeys
    {
        public const string CFA1001RefreshToken = "CFA1001.RefreshToken";
        public const string CFA1001DeviceCode = "CFA1001.DeviceCode";
        public const string CFA1001Interactive = "CFA1001.Interactive";
        public const string CFA1001AppOnly = "CFA1001.AppOnly";

        // ---- CFA1xxx (others) ----

        // ---- CFA2xxx ----

        // ---- CFA3xxx ----

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
