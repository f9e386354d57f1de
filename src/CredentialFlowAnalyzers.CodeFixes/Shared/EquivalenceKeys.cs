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
        public const string CFA2001RefreshToken = "CFA2001.RefreshToken";
        public const string CFA2002SecretSource = "CFA2002.SecretSource";

        // ---- CFA3xxx ----

        // ---- CFA4xxx ----
    }
}
