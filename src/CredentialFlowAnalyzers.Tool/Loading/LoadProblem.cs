namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>Something under the scanned path that could not be loaded or read; it is listed and left out of the scan.</summary>
    /// <param name="Path">The file, relative to the scanned root, with forward slashes.</param>
    /// <param name="Message">One line that says what is wrong and, where there is one, what to do.</param>
    internal sealed record LoadProblem(string Path, string Message);
}
