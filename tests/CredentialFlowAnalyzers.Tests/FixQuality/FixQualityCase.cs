using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Tests.FixQuality
{
    /// <summary>
    /// One fix-quality case: a folder under <c>tests/CredentialFlowAnalyzers.Tests/FixQuality/Cases/</c> with
    /// <c>case.json</c> (<see cref="ProjectSettings"/>), <c>before/</c> (the project as a partner wrote it) and
    /// <c>after/</c> (what the package's fixes must turn it into, files the fixes add included).
    /// </summary>
    internal sealed class FixQualityCase
    {
        private FixQualityCase(string name, ProjectSettings settings, SortedDictionary<string, string> before, SortedDictionary<string, string> after)
        {
            Name = name;
            Settings = settings;
            Before = before;
            After = after;
        }

        public static string Directory { get; } = Path.Combine(TestReferences.RepositoryRoot, "tests", "CredentialFlowAnalyzers.Tests", "FixQuality", "Cases");

        public string Name { get; }

        public ProjectSettings Settings { get; }

        public SortedDictionary<string, string> Before { get; }

        public SortedDictionary<string, string> After { get; }

        public static IEnumerable<string> Names() =>
            System.IO.Directory.GetDirectories(Directory).Select(Path.GetFileName).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal);

        public static FixQualityCase Load(string name)
        {
            string folder = Path.Combine(Directory, name);
            return new FixQualityCase(
                name,
                ProjectSettings.Read(Path.Combine(folder, "case.json")),
                ReadFiles(Path.Combine(folder, "before")),
                ReadFiles(Path.Combine(folder, "after")));
        }

        public Task<Solution> BeforeAsync() => FixQualityProject.CreateAsync(Name, Settings, Before);

        public Task<Solution> AfterAsync() => FixQualityProject.CreateAsync(Name, Settings, After);

        private static SortedDictionary<string, string> ReadFiles(string folder)
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (string path in System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllText(path);
            }

            return files;
        }
    }
}
