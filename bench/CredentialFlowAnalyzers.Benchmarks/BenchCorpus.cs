using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using CredentialFlowAnalyzers.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Benchmarks
{
    /// <summary>One corpus as the benchmark compiles and analyzes it: sources, additional files, options, references.</summary>
    internal sealed class BenchCorpus
    {
        /// <summary>Additional files a user registers for the package (scripts and configuration), taken from a folder corpus.</summary>
        private static readonly string[] AdditionalPatterns = { "*.ps1", "*.psm1", "*.config", "appsettings*.json" };

        private BenchCorpus(string name, bool isGenerated)
        {
            Name = name;
            IsGenerated = isGenerated;
        }

        public string Name { get; }

        /// <summary>The generated partner corpus (every rule fires) rather than a folder of real code.</summary>
        public bool IsGenerated { get; }

        public List<CorpusFile> CSharp { get; } = new List<CorpusFile>();
        public List<CorpusFile> Additional { get; } = new List<CorpusFile>();

        /// <summary>Compiled with the sources but not counted as the corpus's lines (SDK-generated global usings).</summary>
        public List<CorpusFile> Generated { get; } = new List<CorpusFile>();

        public int Lines => CSharp.Sum(f => f.Lines);
        public CSharpParseOptions ParseOptions { get; private set; } = new CSharpParseOptions(LanguageVersion.Latest);
        public CSharpCompilationOptions CompilationOptions { get; private set; } = null!;
        public ImmutableArray<MetadataReference> References { get; private set; }
        public AnalyzerConfigOptionsProvider ConfigOptions { get; private set; } = new InMemoryAnalyzerConfigOptionsProvider(new Dictionary<string, string>());

        /// <summary>How the options were chosen, for the report (never a machine path).</summary>
        public string OptionsSummary { get; private set; } = "";
        public string ReferencesSummary { get; private set; } = "";
        public GeneratedCorpus? GeneratedSource { get; private set; }

        public List<SyntaxTree> Parse() =>
            CSharp.Concat(Generated).Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, "/" + Name + "/" + f.Path)).ToList();

        public CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(Name.Replace(' ', '_'), trees, References, CompilationOptions);

        public static BenchCorpus FromGenerator(GeneratedCorpus generated, ReferenceWorld world)
        {
            var corpus = new BenchCorpus("generated partner corpus", isGenerated: true) { GeneratedSource = generated };
            corpus.CSharp.AddRange(generated.CSharp);
            corpus.Additional.AddRange(generated.Additional);
            corpus.CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release);
            corpus.References = world.All;
            corpus.ReferencesSummary = $"{world.FrameworkDescription}, {world.Vendor.Length} vendor assemblies (MSAL, Azure.Identity, ADAL net45, MailKit, Microsoft.Data.SqlClient, System.Management.Automation, ...), {world.Stubs.Length} compiled stubs of unserved vendor packages";
            corpus.OptionsSummary = "C# latest, nullable enabled, library, optimized";

            // As a user's .globalconfig would: CFA1900 reads the team's own password sign-in wrapper from the options.
            corpus.ConfigOptions = new InMemoryAnalyzerConfigOptionsProvider(new Dictionary<string, string>
            {
                ["cfa.password_sign_in_methods"] = CorpusGenerator.ConfiguredSignInMethods,
            });
            return corpus;
        }

        public static BenchCorpus FromFolder(FolderCorpusSpec spec, ReferenceWorld world)
        {
            var project = ProjectOptions.Read(spec.Folder);
            string name = spec.Name ?? project.AssemblyName ?? Path.GetFileName(spec.Folder.TrimEnd(Path.DirectorySeparatorChar));
            var corpus = new BenchCorpus(name, isGenerated: false);
            foreach (string file in SourceFiles(spec.Folder, "*.cs"))
            {
                corpus.CSharp.Add(new CorpusFile(Relative(spec.Folder, file), File.ReadAllText(file)));
            }

            foreach (string file in AdditionalPatterns.SelectMany(p => SourceFiles(spec.Folder, p)).Distinct().OrderBy(p => p, StringComparer.Ordinal))
            {
                corpus.Additional.Add(new CorpusFile(Relative(spec.Folder, file), File.ReadAllText(file)));
            }

            var notes = new List<string>();
            string source = project.ProjectFile is null
                ? "no project file, the rest defaults"
                : "the rest from " + Path.GetFileName(project.ProjectFile) + (project.PropsFile is null ? "" : " and Directory.Build.props") + (project.TargetFramework is null ? "" : " for " + project.TargetFramework);

            string langText = spec.LangVersion ?? project.LangVersion ?? "default";
            if (!LanguageVersionFacts.TryParse(langText, out LanguageVersion language))
            {
                throw new ArgumentException($"{name}: unknown C# version '{langText}'");
            }

            var defines = (spec.NoProjectDefines ? Enumerable.Empty<string>() : project.Defines.Concat(project.ImplicitDefines)).Concat(spec.Defines).Distinct(StringComparer.Ordinal).ToList();
            corpus.ParseOptions = new CSharpParseOptions(language, preprocessorSymbols: defines);
            notes.Add("C# " + language.ToDisplayString() + (spec.LangVersion != null ? " (--langversion)" : ""));

            string nullableText = spec.Nullable ?? project.Nullable ?? "disable";
            NullableContextOptions nullable = nullableText.ToLowerInvariant() switch
            {
                "enable" or "true" => NullableContextOptions.Enable,
                "warnings" => NullableContextOptions.Warnings,
                "annotations" => NullableContextOptions.Annotations,
                "disable" or "false" => NullableContextOptions.Disable,
                _ => throw new ArgumentException($"{name}: unknown nullable context '{nullableText}'"),
            };
            notes.Add("nullable " + nullable.ToString().ToLowerInvariant() + (spec.Nullable != null ? " (--nullable)" : ""));

            bool isChecked = spec.Checked ?? project.Checked ?? false;
            bool allowUnsafe = spec.AllowUnsafe ?? project.AllowUnsafe ?? false;
            if (isChecked)
            {
                notes.Add("checked arithmetic" + (spec.Checked != null ? " (--checked)" : ""));
            }

            if (allowUnsafe)
            {
                notes.Add("unsafe allowed" + (spec.AllowUnsafe != null ? " (--unsafe)" : ""));
            }

            notes.Add(spec.NoProjectDefines
                ? $"{defines.Count} symbols (command line)"
                : $"{project.Defines.Count} project symbols + {project.ImplicitDefines.Count} implicit ({string.Join(", ", project.ImplicitDefines.Take(3))}{(project.ImplicitDefines.Count > 3 ? ", ..." : "")})" + (spec.Defines.Count > 0 ? $" + {spec.Defines.Count} from --define" : ""));

            OutputKind kind = project.OutputType?.ToLowerInvariant() switch
            {
                "exe" => OutputKind.ConsoleApplication,
                "winexe" => OutputKind.WindowsApplication,
                _ => OutputKind.DynamicallyLinkedLibrary,
            };
            if (project.ImplicitUsings)
            {
                corpus.Generated.Add(new CorpusFile("obj/GlobalUsings.g.cs", ImplicitUsings));
                notes.Add("implicit usings");
            }

            corpus.CompilationOptions = new CSharpCompilationOptions(kind, nullableContextOptions: nullable, checkOverflow: isChecked, allowUnsafe: allowUnsafe, concurrentBuild: false, optimizationLevel: OptimizationLevel.Release);
            corpus.OptionsSummary = string.Join(", ", notes) + "; " + source;

            // Real code compiles against the framework only (as a library without credential packages would), plus what the user adds.
            var extra = spec.References.SelectMany(r => Directory.Exists(r) ? Directory.GetFiles(r, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToArray() : new[] { r }).ToList();
            corpus.References = world.Framework.AddRange(extra.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)));
            corpus.ReferencesSummary = world.FrameworkDescription + (extra.Count > 0 ? $" + {extra.Count} assemblies from --reference" : " only");
            return corpus;
        }

        /// <summary>What the .NET SDK generates for <c>ImplicitUsings</c> in a Microsoft.NET.Sdk project.</summary>
        private const string ImplicitUsings = "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\nglobal using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";

        /// <summary>Files under <paramref name="folder"/>, skipping build output and hidden folders.</summary>
        private static IEnumerable<string> SourceFiles(string folder, string pattern)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            var found = new List<string>();
            while (pending.Count > 0)
            {
                string dir = pending.Pop();
                found.AddRange(Directory.GetFiles(dir, pattern));
                foreach (string sub in Directory.GetDirectories(dir))
                {
                    string leaf = Path.GetFileName(sub);
                    if (leaf is "bin" or "obj" || leaf.StartsWith(".", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    pending.Push(sub);
                }
            }

            return found.OrderBy(p => p, StringComparer.Ordinal);
        }

        private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');
    }
}
