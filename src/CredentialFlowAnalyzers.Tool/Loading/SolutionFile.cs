using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CredentialFlowAnalyzers.Tool.Cli;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>
    /// The C# projects a <c>.sln</c> or <c>.slnx</c> lists. Paths written with backslashes (Windows) work on every OS.
    /// Projects are then opened one by one, so one broken project does not stop the others.
    /// </summary>
    internal static class SolutionFile
    {
        // Project("{type-guid}") = "Name", "relative\path.csproj", "{project-guid}"
        private static readonly Regex SlnProject = new(@"^\s*Project\(""\{[^}]*\}""\)\s*=\s*""[^""]*""\s*,\s*""(?<path>[^""]+)""", RegexOptions.CultureInvariant);

        public static ImmutableArray<string> ReadProjects(string solution, string root, ImmutableArray<LoadProblem>.Builder problems, bool failHard)
        {
            string display = PathComparer.Display(solution, root);
            IEnumerable<string> listed;
            try
            {
                listed = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? ReadSlnx(solution) : ReadSln(solution);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException or InvalidDataException)
            {
                string message = $"{display}: cannot be read as a solution file ({OneLine(e.Message)})";
                if (failHard)
                {
                    throw new ToolException(message);
                }

                problems.Add(new LoadProblem(display, "cannot be read as a solution file (" + OneLine(e.Message) + ")"));
                return ImmutableArray<string>.Empty;
            }

            var projects = ImmutableArray.CreateBuilder<string>();
            string directory = Path.GetDirectoryName(solution)!;
            foreach (string relative in listed.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
            {
                string full = PathComparer.Normalize(Path.Combine(directory, relative.Replace('\\', '/')));
                if (File.Exists(full))
                {
                    projects.Add(full);
                }
                else
                {
                    problems.Add(new LoadProblem(PathComparer.Display(full, root), $"listed in {display} but does not exist"));
                }
            }

            return projects.ToImmutable();
        }

        internal static string OneLine(string message)
        {
            string line = message.Split('\n', 2)[0].Trim();
            return line.Length > 300 ? line.Substring(0, 300) + "..." : line;
        }

        private static IEnumerable<string> ReadSln(string path)
        {
            string[] lines = File.ReadAllLines(path);
            if (!lines.Any(l => l.Contains("Microsoft Visual Studio Solution File", StringComparison.Ordinal)))
            {
                throw new InvalidDataException("no 'Microsoft Visual Studio Solution File' header");
            }

            return lines.Select(l => SlnProject.Match(l)).Where(m => m.Success).Select(m => m.Groups["path"].Value);
        }

        private static IEnumerable<string> ReadSlnx(string path)
        {
            XDocument document = XDocument.Load(path);
            return document.Descendants().Where(e => e.Name.LocalName == "Project").Select(e => (string?)e.Attribute("Path")).OfType<string>();
        }
    }
}
