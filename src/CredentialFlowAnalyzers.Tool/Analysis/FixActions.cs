using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>Asks a fix provider for its actions the way an IDE does, in C# documents and in additional documents alike.</summary>
    internal static class FixActions
    {
        /// <summary>The document a diagnostic is located in: the C# document, or the additional document (script, configuration file).</summary>
        public static TextDocument? DocumentOf(Project project, Diagnostic diagnostic)
        {
            if (diagnostic.Location.SourceTree is { } tree)
            {
                return project.GetDocument(tree);
            }

            string path = diagnostic.Location.GetLineSpan().Path;
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            string normalized = PathComparer.Normalize(path);
            return project.AdditionalDocuments.FirstOrDefault(d => d.FilePath != null && PathComparer.Instance.Equals(PathComparer.Normalize(d.FilePath), normalized));
        }

        /// <summary>The first action <paramref name="fixer"/> registers for <paramref name="diagnostic"/> (what batch tools apply), or null.</summary>
        public static async Task<CodeAction?> FirstActionAsync(CodeFixProvider fixer, TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            CodeAction? first = null;
            Action<CodeAction, ImmutableArray<Diagnostic>> register = (action, _) => first ??= action;
            CodeFixContext context = document is Document source
                ? new CodeFixContext(source, diagnostic, register, cancellationToken)
                : new CodeFixContext(document, diagnostic, register, cancellationToken);
            try
            {
                await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A fix provider that throws offers nothing here, as in the IDE (which hides it).
                return null;
            }

            return first;
        }
    }
}
