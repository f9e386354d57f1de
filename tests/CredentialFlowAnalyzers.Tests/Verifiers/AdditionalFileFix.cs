using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Applies a code fix to an additional document the way an IDE does (a <see cref="CodeFixContext"/> built on the
    /// <see cref="TextDocument"/>). The roslyn-sdk verifier only applies fixes to diagnostics in source documents,
    /// so script-file fixes are checked with this instead: it runs the analyzer on the project, fixes the first
    /// fixable diagnostic with the first registered action, and repeats until nothing is left to fix.
    /// </summary>
    internal static class AdditionalFileFix
    {
        public static async Task<(string Text, ImmutableArray<Diagnostic> Remaining)> ApplyAsync(
            DiagnosticAnalyzer analyzer, CodeFixProvider fix, string path, string text, int maxIterations = 10)
        {
            using var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject("Scripts", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            project = project.AddDocument("Job.cs", "class Job { }").Project;
            TextDocument script = project.AddAdditionalDocument(path, SourceText.From(text), filePath: path);
            Solution solution = script.Project.Solution;
            DocumentId id = script.Id;

            for (int i = 0; i < maxIterations; i++)
            {
                ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(solution.GetProject(id.ProjectId)!, analyzer);
                var actions = new List<CodeAction>();
                TextDocument document = solution.GetAdditionalDocument(id)!;
                foreach (Diagnostic diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
                {
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                    if (actions.Count > 0)
                    {
                        break;
                    }
                }

                if (actions.Count == 0)
                {
                    return ((await document.GetTextAsync()).ToString(), diagnostics);
                }

                var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
                solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }

            throw new System.InvalidOperationException("The fix did not converge.");
        }

        /// <summary>The analyzer's diagnostics for one script file.</summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(DiagnosticAnalyzer analyzer, string path, string text)
        {
            using var workspace = new AdhocWorkspace();
            Project project = workspace.AddProject("Scripts", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            project = project.AddAdditionalDocument(path, SourceText.From(text), filePath: path).Project;
            return await DiagnosticsAsync(project, analyzer);
        }

        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        }
    }
}
