using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>
    /// Opens what <see cref="ScanInput"/> names: each project with MSBuildWorkspace (one at a time, so a project that fails
    /// to load is listed and the others still open), then the scripts and configuration files no project includes, in an
    /// ad-hoc C# project with those files as additional files and the <c>.editorconfig</c> files above them as analyzer
    /// configuration, as a build would see them.
    /// </summary>
    internal static class WorkspaceLoader
    {
        // "Msbuild failed when processing the file '<full path>' with message: <what>": the path is already on the line.
        private static readonly System.Text.RegularExpressions.Regex MsBuildPrefix = new(@"^Msbuild failed when processing the file '[^']*' with message:\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        public static async Task<LoadedWorkspace> LoadAsync(ScanInput input, ProgressDisplay progress, CancellationToken cancellationToken)
        {
            var problems = ImmutableArray.CreateBuilder<LoadProblem>();
            problems.AddRange(input.Problems);
            var targets = ImmutableArray.CreateBuilder<AnalysisTarget>();

            Workspace workspace;
            if (input.Projects.IsEmpty)
            {
                workspace = new AdhocWorkspace();
            }
            else
            {
                MsBuildRegistration.EnsureRegistered();
                workspace = await OpenProjectsAsync(input, problems, targets, progress, cancellationToken).ConfigureAwait(false);
            }

            Solution solution = workspace.CurrentSolution;
            solution = SetAsideUnreadableAdditionalFiles(solution, targets, input.RootDirectory, problems);
            solution = AddLooseFiles(solution, input, targets, problems);
            return new LoadedWorkspace(workspace, solution, input, targets.ToImmutable(), problems.ToImmutable());
        }

        [MethodImpl(MethodImplOptions.NoInlining)] // MSBuild types load only after the locator registered an SDK.
        private static async Task<Workspace> OpenProjectsAsync(
            ScanInput input, ImmutableArray<LoadProblem>.Builder problems, ImmutableArray<AnalysisTarget>.Builder targets, ProgressDisplay progress, CancellationToken cancellationToken)
        {
            var workspace = MSBuildWorkspace.Create();
            var failures = new List<string>();
            bool trace = Environment.GetEnvironmentVariable("CFA_TRACE") == "1";
            workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (trace)
                {
                    Console.Error.WriteLine($"cfa: trace: {e.Diagnostic.Kind}: {e.Diagnostic.Message}");
                }

                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    lock (failures)
                    {
                        failures.Add(e.Diagnostic.Message);
                    }
                }
            });

            progress.Phase("Loading projects", input.Projects.Length);
            foreach (string path in input.Projects)
            {
                string display = PathComparer.Display(path, input.RootDirectory);
                progress.Step("Loading " + display);
                failures.Clear();
                if (!Loaded(workspace.CurrentSolution, path).Any())
                {
                    try
                    {
                        await workspace.OpenProjectAsync(path, progress: null, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        problems.Add(new LoadProblem(display, "could not be loaded: " + SolutionFile.OneLine(FirstFailure(failures, path) ?? e.Message)));
                        continue;
                    }
                }

                Project[] loaded = Loaded(workspace.CurrentSolution, path).ToArray();
                string? failure = FirstFailure(failures, path);
                if (loaded.Length == 0 || failure != null)
                {
                    // MSBuild may still hand back an empty project for a file it could not evaluate: not a clean result.
                    problems.Add(new LoadProblem(display, "could not be loaded: " + SolutionFile.OneLine(failure ?? "MSBuild returned no C# project")));
                }
                else if (loaded.All(p => p.MetadataReferences.Count == 0) || !Restore.IsRestored(path))
                {
                    // Unrestored, a project opens with the framework's references at most: every package type would
                    // be an error type and every rule on it silent. Listed instead of reported as clean.
                    problems.Add(new LoadProblem(display, "is not restored: run 'dotnet restore' first (unrestored, it opens without its package references)"));
                }
                else
                {
                    targets.AddRange(loaded.Where(p => p.MetadataReferences.Count > 0).Select(p => new AnalysisTarget(p.Id, display, IsLooseFiles: false)));
                }
            }

            return workspace;
        }

        /// <summary>The first load failure MSBuild reported for <paramref name="path"/> (its messages name the project file).</summary>
        private static string? FirstFailure(List<string> failures, string path)
        {
            lock (failures)
            {
                string? failure = failures.FirstOrDefault(f => f.Contains(path, StringComparison.Ordinal) || f.Contains(Path.GetFileName(path), StringComparison.Ordinal));
                return failure is null ? null : MsBuildPrefix.Replace(failure, string.Empty);
            }
        }

        private static IEnumerable<Project> Loaded(Solution solution, string path) =>
            solution.Projects.Where(p => p.Language == LanguageNames.CSharp && p.FilePath != null && PathComparer.Instance.Equals(PathComparer.Normalize(p.FilePath), path));

        /// <summary>A script or configuration file a project includes that cannot be read as such is listed and left out.</summary>
        private static Solution SetAsideUnreadableAdditionalFiles(Solution solution, ImmutableArray<AnalysisTarget>.Builder targets, string root, ImmutableArray<LoadProblem>.Builder problems)
        {
            var reported = new HashSet<string>(PathComparer.Instance);
            foreach (AnalysisTarget target in targets)
            {
                foreach (TextDocument document in solution.GetProject(target.Id)!.AdditionalDocuments.ToArray())
                {
                    if (document.FilePath is not { } path || !ScanInput.IsLooseCandidate(path))
                    {
                        continue;
                    }

                    (_, string? problem) = FileChecks.Read(path);
                    if (problem != null)
                    {
                        solution = solution.RemoveAdditionalDocument(document.Id);
                        if (reported.Add(path))
                        {
                            problems.Add(new LoadProblem(PathComparer.Display(path, root), problem));
                        }
                    }
                }
            }

            return solution;
        }

        private static Solution AddLooseFiles(Solution solution, ScanInput input, ImmutableArray<AnalysisTarget>.Builder targets, ImmutableArray<LoadProblem>.Builder problems)
        {
            var included = new HashSet<string>(
                solution.Projects.SelectMany(p => p.AdditionalDocuments).Select(d => d.FilePath).OfType<string>().Select(PathComparer.Normalize),
                PathComparer.Instance);
            ProjectId id = ProjectId.CreateNewId("loose files");
            var documents = new List<DocumentInfo>();
            var configs = new SortedSet<string>(PathComparer.Instance);
            foreach (string path in input.LooseCandidates.Where(p => !included.Contains(p)))
            {
                (SourceText? text, string? problem) = FileChecks.Read(path);
                if (text is null || problem != null)
                {
                    problems.Add(new LoadProblem(PathComparer.Display(path, input.RootDirectory), problem!));
                    continue;
                }

                documents.Add(Document(id, path, text));
                configs.UnionWith(EditorConfigsAbove(path));
            }

            if (documents.Count == 0)
            {
                return solution;
            }

            var configDocuments = new List<DocumentInfo>();
            foreach (string config in configs)
            {
                (SourceText? text, _) = FileChecks.Read(config);
                if (text != null)
                {
                    configDocuments.Add(Document(id, config, text));
                }
            }

            ProjectInfo project = ProjectInfo.Create(
                    id,
                    VersionStamp.Create(),
                    "loose files",
                    "LooseFiles",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
                .WithAdditionalDocuments(documents)
                .WithAnalyzerConfigDocuments(configDocuments);
            targets.Add(new AnalysisTarget(id, string.Empty, IsLooseFiles: true));
            return solution.AddProject(project);
        }

        private static DocumentInfo Document(ProjectId project, string path, SourceText text) =>
            DocumentInfo.Create(
                DocumentId.CreateNewId(project, path),
                Path.GetFileName(path),
                loader: TextLoader.From(TextAndVersion.Create(text, VersionStamp.Create(), path)),
                filePath: path);

        /// <summary>The <c>.editorconfig</c> files in the file's folder and every folder above it (the compiler stops at <c>root = true</c>).</summary>
        private static IEnumerable<string> EditorConfigsAbove(string path)
        {
            for (DirectoryInfo? directory = new FileInfo(path).Directory; directory != null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, ".editorconfig");
                if (File.Exists(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }
}
