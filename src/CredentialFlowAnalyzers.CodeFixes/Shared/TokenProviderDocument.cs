using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// The token provider document (<see cref="TokenProvider"/>) in a project: whether fixes can use it there, the
    /// expression for one of its members, and adding the document once. Its text depends only on the project, so the
    /// first fix that needs it, whichever it is, writes the same file, and later fixes find it.
    /// </summary>
    internal static class TokenProviderDocument
    {
        /// <summary>
        /// True when the provider can serve the project: MSAL's confidential client is referenced, and no type of the
        /// provider's name exists that the fixes did not add.
        /// </summary>
        public static bool Available(Project project, Compilation compilation)
        {
            if (KnownApiSymbols.For(compilation).GetMethod(ReplacementMembers.ConfidentialClientApplicationBuilderCreate) is null)
            {
                return false;
            }

            foreach (ISymbol existing in compilation.GetSymbolsWithName(TokenProvider.TypeName, SymbolFilter.Type))
            {
                if (existing.ContainingNamespace.ToDisplayString() != NamespaceOf(project)
                    || existing.DeclaringSyntaxReferences.Any(r => !r.SyntaxTree.GetText().ToString().StartsWith(TokenProvider.Marker, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>SecureAppTokenProvider.member</c>, with a <c>using</c> for the provider's namespace where the site needs one.</summary>
        public static ExpressionSyntax Member(DocumentEditor editor, Project project, int position, string member)
        {
            string ns = NamespaceOf(project);
            string siteNamespace = editor.SemanticModel.GetEnclosingSymbol(position)?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (ns.Length > 0 && siteNamespace != ns && !siteNamespace.StartsWith(ns + ".", StringComparison.Ordinal))
            {
                FixHelpers.EnsureUsing(editor, ns);
            }

            return FixHelpers.Member(SyntaxFactory.IdentifierName(TokenProvider.TypeName), member);
        }

        /// <summary>The solution with the provider document in <paramref name="projectId"/>, added if it is not there yet.</summary>
        public static async Task<Solution> EnsureAsync(Solution solution, ProjectId projectId, CancellationToken cancellationToken)
        {
            Project? project = solution.GetProject(projectId);
            if (project is null)
            {
                return solution;
            }

            foreach (Document document in project.Documents)
            {
                if (document.Name == TokenProvider.FileName
                    && (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString().StartsWith(TokenProvider.Marker, StringComparison.Ordinal))
                {
                    return solution;
                }
            }

            Compilation? compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return solution;
            }

            bool annotations = project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 };
            AppSettingsStyle? appSettings = KnownApiSymbols.For(compilation).GetMember(ReplacementMembers.AppSettings) is { ContainingAssembly.Name: KnownAssemblies.NetFrameworkConfiguration }
                ? SecretSource.StyleOf(compilation) ?? AppSettingsStyle.Colon
                : (AppSettingsStyle?)null;
            string text = TokenProvider.Text(NamespaceOf(project), annotations, appSettings);

            string? directory = project.FilePath is { } projectFile ? Path.GetDirectoryName(projectFile) : null;
            string? path = directory is null ? null : Path.Combine(directory, TokenProvider.FileName);
            DocumentId id = DocumentId.CreateNewId(projectId, TokenProvider.FileName);
            // UTF-8 without a byte order mark, as the SDK's templates write C# files.
            return solution.AddDocument(id, TokenProvider.FileName, SourceText.From(text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), filePath: path);
        }

        /// <summary>The project's root namespace (its default namespace, else its assembly name made a valid name).</summary>
        public static string NamespaceOf(Project project)
        {
            string name = string.IsNullOrEmpty(project.DefaultNamespace) ? project.AssemblyName : project.DefaultNamespace!;
            var parts = name.Split('.').Select(part => new string(part.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray()))
                .Where(part => part.Length > 0)
                .Select(part => char.IsDigit(part[0]) ? "_" + part : part);
            return string.Join(".", parts);
        }
    }
}
