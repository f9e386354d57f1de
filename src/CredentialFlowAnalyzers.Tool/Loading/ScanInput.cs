using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CredentialFlowAnalyzers.Tool.Cli;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    internal enum InputKind
    {
        Solution,
        Project,
        Folder,
    }

    /// <summary>
    /// What <c>&lt;path&gt;</c> names: a solution, a project or a folder, the projects to analyze, and (for a folder) the
    /// candidate loose files. Nothing is opened with MSBuild here.
    /// </summary>
    internal sealed class ScanInput
    {
        private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules", "packages", "TestResults", "artifacts" };

        private ScanInput(InputKind kind, string fullPath, string rootDirectory, ImmutableArray<string> projects, ImmutableArray<string> looseCandidates, ImmutableArray<LoadProblem> problems)
        {
            Kind = kind;
            FullPath = fullPath;
            RootDirectory = rootDirectory;
            Projects = projects;
            LooseCandidates = looseCandidates;
            Problems = problems;
        }

        public InputKind Kind { get; }

        /// <summary>The path as the user wrote it (forward slashes, no trailing slash): the reports' title.</summary>
        public string Display { get; private set; } = string.Empty;

        /// <summary>The full path of the solution, project or folder given.</summary>
        public string FullPath { get; }

        /// <summary>The folder paths are shown relative to, and the only folder <c>cfa fix</c> writes in.</summary>
        public string RootDirectory { get; }

        /// <summary>Full paths of the C# projects to analyze.</summary>
        public ImmutableArray<string> Projects { get; }

        /// <summary>Scripts and configuration files under a folder; those no project includes are analyzed on their own.</summary>
        public ImmutableArray<string> LooseCandidates { get; }

        public ImmutableArray<LoadProblem> Problems { get; }

        public static ScanInput Resolve(string path)
        {
            ScanInput input = ResolveFullPath(path);
            string display = path.Replace('\\', '/').TrimEnd('/');
            input.Display = display.Length == 0 ? "/" : display;
            return input;
        }

        private static ScanInput ResolveFullPath(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ToolException("No path given: name a solution (.sln, .slnx), a project (.csproj) or a folder.");
            }

            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw new ToolException($"'{path}' is not a valid path.");
            }

            if (Directory.Exists(full))
            {
                return ForFolder(Path.TrimEndingDirectorySeparator(full));
            }

            if (!File.Exists(full))
            {
                throw new ToolException($"'{path}' does not exist.");
            }

            string directory = Path.GetDirectoryName(full)!;
            if (IsSolution(full))
            {
                var problems = ImmutableArray.CreateBuilder<LoadProblem>();
                ImmutableArray<string> projects = SolutionFile.ReadProjects(full, directory, problems, failHard: true);
                return new ScanInput(InputKind.Solution, full, directory, projects, ImmutableArray<string>.Empty, problems.ToImmutable());
            }

            if (IsProject(full))
            {
                return new ScanInput(InputKind.Project, full, directory, ImmutableArray.Create(full), ImmutableArray<string>.Empty, ImmutableArray<LoadProblem>.Empty);
            }

            throw new ToolException($"'{path}' is not a solution (.sln, .slnx), a C# project (.csproj) or a folder.");
        }

        /// <summary>True for the scripts and configuration files the rules read (CFA3xxx scripts, CFA4008 configuration).</summary>
        public static bool IsLooseCandidate(string path)
        {
            string name = Path.GetFileName(path);
            return name.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".config", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        }

        private static bool IsSolution(string path) =>
            path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

        private static bool IsProject(string path) => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

        private static ScanInput ForFolder(string folder)
        {
            var projects = new SortedSet<string>(PathComparer.Instance);
            var loose = new SortedSet<string>(PathComparer.Instance);
            var solutions = new List<string>();
            foreach (string file in Files(folder))
            {
                if (IsSolution(file))
                {
                    solutions.Add(file);
                }
                else if (IsProject(file))
                {
                    projects.Add(file);
                }
                else if (IsLooseCandidate(file))
                {
                    loose.Add(file);
                }
            }

            // Solutions under the folder may list projects that live elsewhere; a broken solution file is listed, not fatal.
            var problems = ImmutableArray.CreateBuilder<LoadProblem>();
            foreach (string solution in solutions.OrderBy(s => s, PathComparer.Instance))
            {
                projects.UnionWith(SolutionFile.ReadProjects(solution, folder, problems, failHard: false));
            }

            return new ScanInput(InputKind.Folder, folder, folder, projects.ToImmutableArray(), loose.ToImmutableArray(), problems.ToImmutable());
        }

        /// <summary>Every file under <paramref name="folder"/>, skipping build output, dependencies and hidden folders.</summary>
        private static IEnumerable<string> Files(string folder)
        {
            var options = new EnumerationOptions { IgnoreInaccessible = true, RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                string current = pending.Pop();
                foreach (string file in Directory.EnumerateFiles(current, "*", options))
                {
                    yield return file;
                }

                foreach (string child in Directory.EnumerateDirectories(current, "*", options))
                {
                    string name = Path.GetFileName(child);
                    if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }
}
