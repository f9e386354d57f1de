using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.FixQuality
{
    /// <summary>
    /// How a fix-quality project compiles: target framework, language version, nullable context, vendor references.
    /// Read from a case's <c>case.json</c>:
    /// <code>{ "target": "net472", "languageVersion": "7.3", "nullable": false, "references": ["AdalAndMsalNetFramework"], "stubs": [], "rootNamespace": "Contoso.Sync" }</code>
    /// <c>references</c> names <see cref="TestReferences"/> presets; <c>stubs</c> names files of <c>Stubs/</c>.
    /// </summary>
    internal sealed class ProjectSettings
    {
        public string Target { get; set; } = "net10.0";

        public string LanguageVersion { get; set; } = "latest";

        public bool Nullable { get; set; }

        public string[] References { get; set; } = Array.Empty<string>();

        public string[] Stubs { get; set; } = Array.Empty<string>();

        public string RootNamespace { get; set; } = "Contoso";

        /// <summary>Extra lines for the project's <c>.editorconfig</c> (rule options such as <c>cfa.password_sign_in_methods</c>).</summary>
        public string[] EditorConfig { get; set; } = Array.Empty<string>();

        public static ProjectSettings Read(string path) =>
            JsonSerializer.Deserialize<ProjectSettings>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Empty settings " + path);

        public ReferenceAssemblies ReferenceAssemblies => Target switch
        {
            "net472" => TestReferences.Net472,
            "net8.0" => TestReferences.Net80,
            "net10.0" => TestReferences.Net100,
            _ => throw new InvalidOperationException("Unknown target " + Target),
        };

        public LanguageVersion ParsedLanguageVersion =>
            LanguageVersionFacts.TryParse(LanguageVersion, out LanguageVersion version) ? version : throw new InvalidOperationException("Unknown language version " + LanguageVersion);

        public async Task<ImmutableArray<MetadataReference>> ResolveReferencesAsync()
        {
            ReferenceAssemblies target = ReferenceAssemblies;
            var references = new List<MetadataReference>(await target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
            foreach (string preset in References)
            {
                PropertyInfo property = typeof(TestReferences).GetProperty(preset, BindingFlags.Public | BindingFlags.Static)
                    ?? throw new InvalidOperationException("Unknown reference preset " + preset);
                references.AddRange((ImmutableArray<MetadataReference>)property.GetValue(null)!);
            }

            if (Stubs.Length > 0)
            {
                references.AddRange(StubAssemblies.For(target, Stubs));
            }

            return references.ToImmutableArray();
        }
    }

    /// <summary>Builds the workspace project of a fix-quality case (one project, files at their relative paths).</summary>
    internal static class FixQualityProject
    {
        /// <summary>Where the project seems to live; paths in the workspace are under it.</summary>
        public const string Root = "/fixquality/";

        public const string EditorConfig = "root = true\n\n[*]\nindent_style = space\ninsert_final_newline = true\n\n[*.cs]\nindent_size = 4\nend_of_line = lf\n";

        public static async Task<Solution> CreateAsync(string name, ProjectSettings settings, IReadOnlyDictionary<string, string> files)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId(name);
            string directory = Root + name + "/";
            ImmutableArray<MetadataReference> references = await settings.ResolveReferencesAsync();

            // The SDK's own NoWarn (CS1701, CS1702: assembly versions unified as a binding redirect would).
            var compilationOptions = new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: settings.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });
            var parseOptions = new CSharpParseOptions(settings.ParsedLanguageVersion);

            ProjectInfo info = ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    name,
                    name,
                    LanguageNames.CSharp,
                    filePath: directory + name + ".csproj",
                    compilationOptions: compilationOptions,
                    parseOptions: parseOptions,
                    metadataReferences: references)
                .WithDefaultNamespace(settings.RootNamespace);

            Solution solution = workspace.CurrentSolution.AddProject(info);
            string editorConfig = EditorConfig + (settings.EditorConfig.Length == 0 ? string.Empty : "\n[*.cs]\n" + string.Join("\n", settings.EditorConfig) + "\n");
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: directory + ".editorconfig");

            foreach (KeyValuePair<string, string> file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                string path = directory + file.Key;
                var document = DocumentInfo.Create(
                    DocumentId.CreateNewId(projectId),
                    Path.GetFileName(file.Key),
                    file.Key.Split('/').SkipLast(1).ToArray(),
                    loader: TextLoader.From(TextAndVersion.Create(SourceText.From(file.Value), VersionStamp.Default, path)),
                    filePath: path);

                // C# files are compiled; configuration files and scripts are additional files, as a project lists them.
                solution = file.Key.EndsWith(".cs", StringComparison.Ordinal) ? solution.AddDocument(document) : solution.AddAdditionalDocument(document);
            }

            return solution;
        }

        /// <summary>Every source and additional document of <paramref name="solution"/>, by path relative to the project.</summary>
        public static async Task<SortedDictionary<string, string>> FilesAsync(Solution solution)
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (Project project in solution.Projects)
            {
                string directory = Path.GetDirectoryName(project.FilePath!)!.Replace('\\', '/') + "/";
                foreach (TextDocument document in project.Documents.Cast<TextDocument>().Concat(project.AdditionalDocuments))
                {
                    string path = (document.FilePath ?? directory + string.Join("/", document.Folders.Append(document.Name))).Replace('\\', '/');
                    string relative = path.StartsWith(directory, StringComparison.Ordinal) ? path.Substring(directory.Length) : path;
                    files[relative] = (await document.GetTextAsync()).ToString();
                }
            }

            return files;
        }
    }
}
