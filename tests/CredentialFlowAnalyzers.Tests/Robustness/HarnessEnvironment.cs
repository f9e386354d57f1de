using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using CredentialFlowAnalyzers.Benchmarks.Corpus;
using CredentialFlowAnalyzers.CodeFixes.Rules;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.Robustness
{
    internal enum SourceKind
    {
        CSharp,
        PowerShell,
        Config,
        Json,
    }

    /// <summary>An input of the harness: where it came from and its text (secrets already replaced by markers).</summary>
    internal sealed class HarnessSource
    {
        public HarnessSource(string origin, SourceKind kind, string text)
        {
            Origin = origin;
            Kind = kind;
            Text = text;
        }

        public string Origin { get; }
        public SourceKind Kind { get; }
        public string Text { get; set; }

        public string FileName => Kind switch
        {
            SourceKind.PowerShell => "Sync.ps1",
            SourceKind.Config => "App.config",
            SourceKind.Json => "appsettings.json",
            _ => "Source.cs",
        };
    }

    /// <summary>A set of references a source is compiled against.</summary>
    internal sealed class World
    {
        public World(string name, ImmutableArray<MetadataReference> references)
        {
            Name = name;
            References = references;
            Empty = CSharpCompilation.Create(
                "Harness",
                Array.Empty<SyntaxTree>(),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: false));
        }

        public string Name { get; }
        public ImmutableArray<MetadataReference> References { get; }

        /// <summary>A compilation without trees; variants are added to it so metadata is bound once per world.</summary>
        public CSharpCompilation Empty { get; }
    }

    /// <summary>
    /// Everything the robustness and concurrency tests share, discovered by reflection so new rules, fixes and
    /// reference presets are covered as they land: all analyzers of both assemblies, all code fix providers, every
    /// reference preset of <see cref="TestReferences"/>, every stub.
    /// </summary>
    internal static class HarnessEnvironment
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<Type>> AnalyzerTypesLazy = new Lazy<ImmutableArray<Type>>(() =>
            AllTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                    && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal).ToImmutableArray());

        private static readonly Lazy<ImmutableArray<CodeFixProvider>> FixersLazy = new Lazy<ImmutableArray<CodeFixProvider>>(() =>
            AllTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)
                    && t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any())
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToImmutableArray());

        private static readonly Lazy<ImmutableArray<World>> WorldsLazy = new Lazy<ImmutableArray<World>>(CreateWorlds);

        /// <summary>The analyzer and code fix assemblies.</summary>
        public static ImmutableArray<Assembly> ProductAssemblies { get; } = ImmutableArray.Create(typeof(CatalogApiAnalyzer).Assembly, typeof(CFA1001MsalUsernamePasswordCodeFix).Assembly);

        public static ImmutableArray<Type> AnalyzerTypes => AnalyzerTypesLazy.Value;

        public static ImmutableArray<DiagnosticAnalyzer> NewAnalyzers() => AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        public static ImmutableArray<CodeFixProvider> Fixers => FixersLazy.Value;

        /// <summary>The worlds: [0] everything on .NET 10 (all non-Framework presets + all stubs), then .NET Framework presets, then no vendor references at all.</summary>
        public static ImmutableArray<World> Worlds => WorldsLazy.Value;

        public static World Full => Worlds[0];

        public static World NoVendor => Worlds[Worlds.Length - 1];

        public static IEnumerable<Type> AllTypes()
        {
            foreach (Assembly assembly in ProductAssemblies)
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

                foreach (Type t in types)
                {
                    yield return t;
                }
            }
        }

        private static ImmutableArray<World> CreateWorlds()
        {
            var presets = typeof(TestReferences).GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.PropertyType == typeof(ImmutableArray<MetadataReference>))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
            string[] stubs = typeof(StubAssemblies).Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("Stubs/", StringComparison.Ordinal) && n.EndsWith(".cs", StringComparison.Ordinal))
                .Select(n => n.Substring(6, n.Length - 9))
                // Stubs of old major versions (Name.2.x) replace a real package of the same assembly name: not combinable with it.
                .Where(n => !n.EndsWith(".x", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal).ToArray();

            ImmutableArray<MetadataReference> Framework(ReferenceAssemblies target) =>
                target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();

            ImmutableArray<MetadataReference> Stubs(ReferenceAssemblies target)
            {
                var result = new List<MetadataReference>();
                foreach (string stub in stubs)
                {
                    try
                    {
                        result.AddRange(StubAssemblies.For(target, stub));
                    }
                    catch (InvalidOperationException)
                    {
                        // A stub that does not compile for this target framework is simply not part of that world.
                    }
                }

                return Distinct(result);
            }

            bool IsFramework(PropertyInfo p) => p.Name.IndexOf("NetFramework", StringComparison.Ordinal) >= 0;

            var worlds = new List<World>();
            var modern = presets.Where(p => !IsFramework(p)).SelectMany(p => (ImmutableArray<MetadataReference>)p.GetValue(null)!);
            worlds.Add(new World("net10+" + string.Join("+", presets.Where(p => !IsFramework(p)).Select(p => p.Name)) + "+stubs", Distinct(Framework(TestReferences.Net100).Concat(modern).Concat(Stubs(TestReferences.Net100)))));
            foreach (PropertyInfo p in presets.Where(IsFramework))
            {
                worlds.Add(new World("net472+" + p.Name, Distinct(Framework(TestReferences.Net472).Concat((ImmutableArray<MetadataReference>)p.GetValue(null)!))));
            }

            worlds.Add(new World("net10 only (no vendor references)", Framework(TestReferences.Net100)));
            return worlds.ToImmutableArray();
        }

        /// <summary>One reference per file/assembly name (presets and stubs name the same vendor DLLs).</summary>
        private static ImmutableArray<MetadataReference> Distinct(IEnumerable<MetadataReference> references)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (MetadataReference reference in references)
            {
                string key = reference is PortableExecutableReference { FilePath: { } path } ? Path.GetFileName(path) : reference.Display ?? Guid.NewGuid().ToString();
                if (seen.Add(key))
                {
                    result.Add(reference);
                }
            }

            return result.ToImmutable();
        }

        // ---- Sources ------------------------------------------------------------------------------------------

        private static int _markerCounter;

        /// <summary>A distinctive secret; any message, property or title containing one leaked a password.</summary>
        public static string NewMarker() => "Pw-" + Interlocked.Increment(ref _markerCounter).ToString("D4") + "-" + Guid.NewGuid().ToString("N").Substring(0, 10);

        public static bool ContainsMarker(string? text) => text != null && text.IndexOf("Pw-", StringComparison.Ordinal) >= 0 && MarkerPattern.IsMatch(text);

        private static readonly Regex MarkerPattern = new Regex("Pw-[0-9]{4}-[0-9a-f]{10}", RegexOptions.CultureInvariant);

        /// <summary>
        /// Every C# test source (string constants in the test classes under Rules/, markup removed), every sample file
        /// (.cs, .ps1, .config, .json), every credential shape of the benchmark corpus, and script/config texts in
        /// the tests. Secrets in password positions are replaced by markers.
        /// </summary>
        public static List<HarnessSource> CollectSources()
        {
            var sources = new List<HarnessSource>();
            string root = TestReferences.RepositoryRoot;

            foreach (string file in Directory.GetFiles(Path.Combine(root, "tests", "CredentialFlowAnalyzers.Tests", "Rules"), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions);
                int n = 0;
                foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
                {
                    string value = StripMarkup(literal.Token.ValueText);
                    SourceKind? kind = Classify(value);
                    if (kind != null)
                    {
                        sources.Add(new HarnessSource(Path.GetFileName(file) + "#" + n++, kind.Value, value));
                    }
                }
            }

            string samples = Path.Combine(root, "samples");
            foreach (string file in Directory.GetFiles(samples, "*.*", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                .OrderBy(f => f, StringComparer.Ordinal))
            {
                SourceKind? kind = Path.GetExtension(file).ToLowerInvariant() switch
                {
                    ".cs" => SourceKind.CSharp,
                    ".ps1" or ".psm1" => SourceKind.PowerShell,
                    ".config" => SourceKind.Config,
                    ".json" => SourceKind.Json,
                    _ => null,
                };
                if (kind != null)
                {
                    sources.Add(new HarnessSource("samples/" + Path.GetRelativePath(samples, file).Replace('\\', '/'), kind.Value, File.ReadAllText(file)));
                }
            }

            int i = 0;
            foreach (CredentialShape shape in CredentialShapes.All)
            {
                sources.Add(new HarnessSource("shape:" + shape.Name, SourceKind.CSharp, shape.RenderFile("Contoso.Partner", "Job" + i++, NewMarker(), "admin@contoso.onmicrosoft.com")));
            }

            sources.Add(new HarnessSource("shape:script", SourceKind.PowerShell, string.Concat(CredentialShapes.PowerShell.Select(s => s.Replace("%SECRET%", NewMarker()).Replace("%USER%", "admin@contoso.onmicrosoft.com") + "\n"))));
            sources.Add(new HarnessSource("shape:app.config", SourceKind.Config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
                + string.Concat(CredentialShapes.AppConfig.Select(s => s.Replace("%SECRET%", NewMarker()).Replace("%USER%", "admin@contoso.onmicrosoft.com")))
                + "  </appSettings>\n  <connectionStrings>\n"
                + string.Concat(CredentialShapes.ConnectionStrings.Select(s => s.Replace("%SECRET%", NewMarker()).Replace("%USER%", "admin@contoso.onmicrosoft.com")))
                + "  </connectionStrings>\n</configuration>\n"));
            sources.Add(new HarnessSource("shape:appsettings.json", SourceKind.Json, "{\n  " + string.Join(",\n  ", CredentialShapes.Json.Select(s => s.Replace("%SECRET%", NewMarker()).Replace("%USER%", "admin@contoso.onmicrosoft.com"))) + "\n}\n"));

            foreach (HarnessSource source in sources)
            {
                source.Text = PlantSecrets(source);
            }

            return sources;
        }

        /// <summary>C# when it declares a type; a script when it uses cmdlets; XML config; JSON settings.</summary>
        private static SourceKind? Classify(string value)
        {
            string t = value.TrimStart();
            if (t.StartsWith("<", StringComparison.Ordinal) && (t.Contains("<configuration") || t.Contains("<appSettings") || t.Contains("<connectionStrings")))
            {
                return SourceKind.Config;
            }

            if (t.StartsWith("{", StringComparison.Ordinal) && t.Contains("\":"))
            {
                return SourceKind.Json;
            }

            if (Regex.IsMatch(value, @"\b(class|struct|record|interface)\s+\w") && (value.Contains('{') || value.Contains(';')))
            {
                return SourceKind.CSharp;
            }

            if (value.Contains('\n') && Regex.IsMatch(value, @"\b(Connect|Get|New|Add|Login|ConvertTo)-[A-Z]\w+"))
            {
                return SourceKind.PowerShell;
            }

            return null;
        }

        /// <summary>Removes the verifier's markup: <c>{|#0:</c>, <c>{|Id:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>, <c>$$</c>.</summary>
        internal static string StripMarkup(string text)
        {
            text = Regex.Replace(text, @"\{\|[^:|{}\s]*:", string.Empty);
            return text.Replace("|}", string.Empty).Replace("[|", string.Empty).Replace("|]", string.Empty).Replace("$$", string.Empty);
        }

        private static readonly Regex PasswordName = new Regex("pass|pwd|secret", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex InlinePassword = new Regex(@"(?i)\b(password|pwd)\s*=\s*(?!\$|'\s*\+|""\s*\+|\{)([^;&""'<\s{}]{3,})", RegexOptions.CultureInvariant);
        private static readonly Regex ScriptSecureString = new Regex(@"(?i)(ConvertTo-SecureString\s+(?:-String\s+)?)(['""])([^'""$]{3,})\2", RegexOptions.CultureInvariant);
        private static readonly Regex JsonPassword = new Regex(@"(?i)(""[^""]*(pass|pwd)[^""]*""\s*:\s*"")([^""]{3,})("")", RegexOptions.CultureInvariant);
        private static readonly Regex ConfigPassword = new Regex(@"(?i)(key\s*=\s*""[^""]*(pass|pwd)[^""]*""\s+value\s*=\s*"")([^""]{3,})("")", RegexOptions.CultureInvariant);

        /// <summary>
        /// Replaces secrets in password positions by markers: C# string literals passed to a parameter, or stored in a
        /// variable, field, property or dictionary entry, whose name says password/secret; <c>password=...</c> inside
        /// strings (bodies, connection strings); <c>ConvertTo-SecureString '...'</c>; password settings in config/JSON.
        /// </summary>
        internal static string PlantSecrets(HarnessSource source)
        {
            string text = source.Text;
            if (source.Kind == SourceKind.CSharp)
            {
                text = PlantCSharp(text);
            }

            text = InlinePassword.Replace(text, m => Regex.IsMatch(m.Groups[2].Value, MarkerPattern.ToString()) ? m.Value : m.Groups[1].Value + "=" + NewMarker());
            text = ScriptSecureString.Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + NewMarker() + m.Groups[2].Value);
            if (source.Kind == SourceKind.Json || source.Kind == SourceKind.CSharp)
            {
                text = JsonPassword.Replace(text, m => m.Groups[1].Value + NewMarker() + m.Groups[4].Value);
            }

            if (source.Kind == SourceKind.Config)
            {
                text = ConfigPassword.Replace(text, m => m.Groups[1].Value + NewMarker() + m.Groups[4].Value);
            }

            return text;
        }

        private static string PlantCSharp(string text)
        {
            var tree = CSharpSyntaxTree.ParseText(text, ParseOptions);
            var model = Full.Empty.AddSyntaxTrees(tree).GetSemanticModel(tree);
            var replacements = new List<TextSpan>();
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.ValueText.Length >= 3))
            {
                if (IsPasswordPosition(literal, model))
                {
                    replacements.Add(literal.Span);
                }
            }

            var sb = new StringBuilder(text);
            foreach (TextSpan span in replacements.OrderByDescending(s => s.Start))
            {
                sb.Remove(span.Start, span.Length).Insert(span.Start, "\"" + NewMarker() + "\"");
            }

            return sb.ToString();
        }

        private static bool IsPasswordPosition(LiteralExpressionSyntax literal, SemanticModel model)
        {
            SyntaxNode parent = literal.Parent!;
            switch (parent)
            {
                case ArgumentSyntax argument:
                    if (argument.NameColon != null)
                    {
                        return PasswordName.IsMatch(argument.NameColon.Name.Identifier.ValueText);
                    }

                    if (argument.Parent is BaseArgumentListSyntax list)
                    {
                        // new KeyValuePair<string, string>("password", "...") / dictionary.Add("password", "...")
                        int index = list.Arguments.IndexOf(argument);
                        if (index == 1 && list.Arguments[0].Expression is LiteralExpressionSyntax key && PasswordName.IsMatch(key.Token.ValueText) && key.Token.ValueText.Length < 20)
                        {
                            return true;
                        }

                        if (model.GetOperation(argument) is Microsoft.CodeAnalysis.Operations.IArgumentOperation { Parameter: { } parameter })
                        {
                            return PasswordName.IsMatch(parameter.Name);
                        }
                    }

                    return false;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return PasswordName.IsMatch(declarator.Identifier.ValueText);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return PasswordName.IsMatch(property.Identifier.ValueText);
                case AssignmentExpressionSyntax assignment when assignment.Right == literal:
                    string left = assignment.Left switch
                    {
                        IdentifierNameSyntax id => id.Identifier.ValueText,
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        ImplicitElementAccessSyntax element => element.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax k ? k.Token.ValueText : "",
                        ElementAccessExpressionSyntax element => element.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax k ? k.Token.ValueText : "",
                        _ => "",
                    };
                    return PasswordName.IsMatch(left) && left.Length < 30;
                case ForEachStatementSyntax:
                    return true; // foreach (char c in "...") secure.AppendChar(c)
                default:
                    return false;
            }
        }
    }
}
