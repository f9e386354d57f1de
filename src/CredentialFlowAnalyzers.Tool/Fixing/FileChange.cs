using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Tool.Fixing
{
    /// <summary>One file the fixes rewrote: its text as read and as fixed, and the rules whose fixes changed it.</summary>
    internal sealed record FileChange(string FullPath, string Display, string OldText, string NewText, ImmutableSortedSet<string> RuleIds);
}
