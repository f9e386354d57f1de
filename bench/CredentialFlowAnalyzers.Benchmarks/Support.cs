using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Benchmarks
{
    internal static class Paths
    {
        public static string Metadata(string key) => typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

        public static string RepositoryRoot => Metadata("RepositoryRoot");
    }

    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Analyzer options as a global config gives them: the same keys for every syntax tree and additional file.</summary>
    internal sealed class InMemoryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public InMemoryAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> values)
        {
            _options = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values)
            {
                _values = new Dictionary<string, string>(KeyComparer);
                foreach (var kv in values)
                {
                    _values[kv.Key] = kv.Value;
                }
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    /// <summary>What the corpus compiles against.</summary>
    internal sealed class ReferenceWorld
    {
        public ImmutableArray<MetadataReference> Framework { get; private set; }
        public ImmutableArray<MetadataReference> Vendor { get; private set; }
        public ImmutableArray<MetadataReference> Stubs { get; private set; }
        public ImmutableArray<MetadataReference> All => Framework.AddRange(Vendor).AddRange(Stubs);
        public string FrameworkDescription { get; private set; } = "";

        public static ReferenceWorld Create()
        {
            var world = new ReferenceWorld();
            string packRoot = Path.Combine(Paths.Metadata("TargetingPackRoot"), "Microsoft.NETCore.App.Ref");
            string? refDir = Directory.Exists(packRoot)
                ? Directory.GetDirectories(packRoot).Where(d => Path.GetFileName(d).StartsWith("10.", StringComparison.Ordinal)).OrderBy(d => Version.Parse(Path.GetFileName(d).Split('-')[0])).Select(d => Path.Combine(d, "ref", "net10.0")).LastOrDefault(Directory.Exists)
                : null;
            IEnumerable<string> framework = refDir != null
                ? Directory.GetFiles(refDir, "*.dll")
                : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
            world.FrameworkDescription = refDir != null ? "Microsoft.NETCore.App.Ref " + Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(refDir))) : "runtime assemblies";
            world.Framework = framework.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
            var frameworkNames = new HashSet<string>(framework.Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);

            // Vendor packages: every library the bench references (copied beside it), the ADAL .NET Framework build and
            // the System.Management.Automation reference assembly instead of their other builds; never Roslyn or the analyzers.
            string dir = AppContext.BaseDirectory;
            var vendor = Directory.GetFiles(dir, "*.dll")
                .Where(p =>
                {
                    string name = Path.GetFileName(p);
                    return !name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                        && !name.StartsWith("CredentialFlowAnalyzers", StringComparison.Ordinal)
                        && name != "Microsoft.IdentityModel.Clients.ActiveDirectory.dll"
                        && !frameworkNames.Contains(name);
                })
                .Concat(Directory.GetFiles(Path.Combine(dir, "vendor"), "*.dll", SearchOption.AllDirectories))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            world.Vendor = vendor.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
            world.Stubs = CompileStubs(world.Framework.AddRange(world.Vendor));
            return world;
        }

        /// <summary>Compiles every embedded stub (each is one vendor assembly) in dependency order, found by retrying.</summary>
        private static ImmutableArray<MetadataReference> CompileStubs(ImmutableArray<MetadataReference> baseReferences)
        {
            var assembly = typeof(ReferenceWorld).Assembly;
            // Stubs of old major versions (Name.2.x.cs) stand in for a real package the corpus already references: left out.
            var pending = assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("Stubs/", StringComparison.Ordinal) && n.EndsWith(".cs", StringComparison.Ordinal) && !n.EndsWith(".x.cs", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal).ToList();
            var done = new List<MetadataReference>();
            var lastErrors = new Dictionary<string, string>();
            bool progress = true;
            while (pending.Count > 0 && progress)
            {
                progress = false;
                foreach (string resource in pending.ToList())
                {
                    string name = resource.Substring("Stubs/".Length, resource.Length - "Stubs/".Length - ".cs".Length);
                    string source;
                    using (var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!))
                    {
                        source = reader.ReadToEnd();
                    }

                    var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: name + ".cs") }, baseReferences.AddRange(done), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
                    using var image = new MemoryStream();
                    var result = compilation.Emit(image);
                    if (result.Success)
                    {
                        done.Add(MetadataReference.CreateFromImage(image.ToArray()));
                        pending.Remove(resource);
                        progress = true;
                    }
                    else
                    {
                        lastErrors[name] = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString();
                    }
                }
            }

            foreach (string resource in pending)
            {
                string name = resource.Substring(6, resource.Length - 9);
                Console.WriteLine($"Stub {name} does not compile here and is left out: {lastErrors[name]}");
            }

            return done.ToImmutableArray();
        }
    }

    /// <summary>A set of analyzers found by reflection.</summary>
    internal sealed class AnalyzerSet
    {
        public AnalyzerSet(string name, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Name = name;
            Analyzers = analyzers;
        }

        public string Name { get; }
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>Every C# analyzer in the package's analyzer assembly (the code-fix assembly holds none).</summary>
        public static AnalyzerSet Package() => new AnalyzerSet("CredentialFlowAnalyzers", FromAssembly(PackageSurface.AnalyzerAssembly));

        /// <summary>The analyzers that report one of <paramref name="ids"/>; all of them when none is given.</summary>
        public AnalyzerSet Only(IReadOnlyCollection<string> ids) =>
            ids.Count == 0 ? this : new AnalyzerSet(Name, Analyzers.Where(a => a.SupportedDiagnostics.Any(d => ids.Contains(d.Id, StringComparer.OrdinalIgnoreCase))).ToImmutableArray());

        public static AnalyzerSet BannedApi(string folder)
        {
            var assemblies = Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(Assembly.LoadFrom).ToList();
            var analyzers = assemblies.SelectMany(a => FromAssembly(a)).ToImmutableArray();
            var version = assemblies.Select(a => a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString()).FirstOrDefault();
            return new AnalyzerSet("BannedApiAnalyzers " + (version?.Split('+', '-')[0] ?? "?"), analyzers);
        }

        internal static ImmutableArray<DiagnosticAnalyzer> FromAssembly(Assembly assembly)
        {
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                types = ex.Types.Where(t => t != null).ToArray()!;
            }

            return types
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }
    }
}
