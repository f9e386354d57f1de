namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary>The process exit codes, as documented in the README.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything loaded; no finding at or above <c>--fail-on</c> (or no gate set); fixes applied.</summary>
        public const int Success = 0;

        /// <summary>A finding at or above the <c>--fail-on</c> severity exists.</summary>
        public const int FindingsAtOrAboveGate = 1;

        /// <summary>Bad usage, or something could not be loaded or read (what loaded is still reported).</summary>
        public const int UsageOrLoadError = 2;
    }
}
