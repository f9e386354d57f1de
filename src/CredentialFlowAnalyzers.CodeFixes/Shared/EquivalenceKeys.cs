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
        public const string CFA3001TokenParameterSet = "CFA3001.TokenParameterSet";
        public const string CFA3002TokenParameterSet = "CFA3002.TokenParameterSet";

        // ---- CFA4xxx ----
    }
}
