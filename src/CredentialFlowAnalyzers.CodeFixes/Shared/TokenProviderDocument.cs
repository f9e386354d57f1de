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
    /// The token provider (<see cref="TokenProvider"/>) in a project: whether fixes can use it there, the expression for
    /// one of its members, and adding it once. Its text depends only on the project, so the first fix that needs it,
    /// whichever it is, writes the same, and later fixes find it.
    /// <para>
    /// It is a new document, except where the workspace cannot add one safely: MSBuildWorkspace (<c>dotnet format</c>)
    /// writes an explicit <c>Compile</c> item for every added document, which in an SDK-style project duplicates the
    /// default <c>**/*.cs</c> item and breaks the build (NETSDK1022). There the provider is appended, as a namespace
    /// block with its own usings, to the project's first source file in path order (the same file whichever fix comes
    /// first).
    /// </para>
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
                    || existing.DeclaringSyntaxReferences.Any(r => !AddedByFixes(r.GetSyntax())))
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

            Compilation? compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null
                || compilation.GetSymbolsWithName(TokenProvider.TypeName, SymbolFilter.Type, cancellationToken).Any(t => t.DeclaringSyntaxReferences.Any(r => AddedByFixes(r.GetSyntax(cancellationToken)))))
            {
                return solution;
            }

            bool annotations = project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 };
            AppSettingsStyle? appSettings = KnownApiSymbols.For(compilation).GetMember(ReplacementMembers.AppSettings) is { ContainingAssembly.Name: KnownAssemblies.NetFrameworkConfiguration }
                ? SecretSource.StyleOf(compilation) ?? AppSettingsStyle.Colon
                : (AppSettingsStyle?)null;

            if (await HostAsync(solution, project, cancellationToken).ConfigureAwait(false) is { } host
                && await host.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax hostRoot)
            {
                // Appended as syntax, not text: the host may be the document this fix just edited, whose new nodes still
                // carry the annotations the code action's clean-up (simplify, format) works from.
                var block = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(TokenProvider.HostedText(NamespaceOf(project), annotations, appSettings), (CSharpParseOptions)project.ParseOptions!, cancellationToken: cancellationToken).GetRoot(cancellationToken);
                CompilationUnitSyntax appended = hostRoot
                    .WithMembers(hostRoot.Members.AddRange(block.Members))
                    .WithEndOfFileToken(hostRoot.EndOfFileToken.WithLeadingTrivia(hostRoot.EndOfFileToken.LeadingTrivia.AddRange(block.EndOfFileToken.LeadingTrivia)));
                return solution.WithDocumentSyntaxRoot(host.Id, appended);
            }

            string text = TokenProvider.Text(NamespaceOf(project), annotations, appSettings);
            string? directory = project.FilePath is { } projectFile ? Path.GetDirectoryName(projectFile) : null;
            string? path = directory is null ? null : Path.Combine(directory, TokenProvider.FileName);
            DocumentId id = DocumentId.CreateNewId(projectId, TokenProvider.FileName);

            // UTF-8 without a byte order mark, as the SDK's templates write C# files.
            return solution.AddDocument(id, TokenProvider.FileName, SourceText.From(text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), filePath: path);
        }

        /// <summary>True when <paramref name="declaration"/> is the provider the fixes wrote (the marker comment opens its file or its block).</summary>
        private static bool AddedByFixes(SyntaxNode declaration)
        {
            SyntaxNode block = declaration.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() ?? declaration;
            return block.GetLeadingTrivia().Any(t => t.ToString().StartsWith(TokenProvider.Marker, StringComparison.Ordinal))
                || declaration.SyntaxTree.GetText().ToString().StartsWith(TokenProvider.Marker, StringComparison.Ordinal);
        }

        /// <summary>
        /// Under MSBuildWorkspace, for an SDK-style project: the file the provider is appended to (the first source file
        /// in path order that has no file-scoped namespace); else null (a new document is added).
        /// </summary>
        private static async Task<Document?> HostAsync(Solution solution, Project project, CancellationToken cancellationToken)
        {
            if (solution.Workspace.Kind != WorkspaceKind.MSBuild || project.FilePath is not { } projectFile || !IsSdkStyle(projectFile))
            {
                return null;
            }

            foreach (Document document in project.Documents.Where(d => d.FilePath != null && !IsBuildOutput(d.FilePath, projectFile)).OrderBy(d => d.FilePath, StringComparer.Ordinal))
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is CompilationUnitSyntax unit && !unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().Any() && !unit.DescendantNodes().OfType<GlobalStatementSyntax>().Any())
                {
                    return document;
                }
            }

            return null;
        }

        private static bool IsSdkStyle(string projectFile)
        {
            try
            {
                return File.Exists(projectFile) && System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(projectFile), @"<Project\s[^>]*\bSdk\s*=");
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static bool IsBuildOutput(string path, string projectFile)
        {
            string directory = Path.GetDirectoryName(projectFile) ?? string.Empty;
            string relative = path.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? path.Substring(directory.Length).TrimStart('/', '\\') : path;
            return relative.StartsWith("obj", StringComparison.OrdinalIgnoreCase) || relative.StartsWith("bin", StringComparison.OrdinalIgnoreCase);
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
