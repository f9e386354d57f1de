using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CredentialFlowAnalyzers.Benchmarks
{
    /// <summary>
    /// The compile options of a folder of C#, read from its project file (<c>*.csproj</c>, or a <c>*.csproj.original</c>
    /// kept beside sources copied out of their repository) and the nearest <c>Directory.Build.props</c>. Not MSBuild:
    /// a small evaluator of properties and of the <c>'$(X)' == 'y'</c> conditions project files use to pick per-framework
    /// values. It evaluates the project for one target framework (the newest .NET one it lists), as one inner build would,
    /// and adds the symbols the SDK defines implicitly for that framework and a Release build.
    /// </summary>
    internal sealed class ProjectOptions
    {
        private static readonly string[] NetVersions = { "5.0", "6.0", "7.0", "8.0", "9.0", "10.0" };
        private static readonly string[] NetCoreAppVersions = { "1.0", "1.1", "2.0", "2.1", "2.2", "3.0", "3.1" };
        private static readonly string[] NetStandardVersions = { "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1" };

        public string? ProjectFile { get; private set; }
        public string? PropsFile { get; private set; }
        public string? TargetFramework { get; private set; }
        public string? AssemblyName { get; private set; }
        public string? LangVersion { get; private set; }
        public string? Nullable { get; private set; }
        public bool? Checked { get; private set; }
        public bool? AllowUnsafe { get; private set; }
        public string? OutputType { get; private set; }
        public bool ImplicitUsings { get; private set; }

        /// <summary>Symbols from the project's <c>DefineConstants</c>.</summary>
        public List<string> Defines { get; } = new List<string>();

        /// <summary>Symbols the SDK adds for the target framework and configuration (NET8_0_OR_GREATER, TRACE, RELEASE ...).</summary>
        public List<string> ImplicitDefines { get; } = new List<string>();

        public static ProjectOptions Read(string folder)
        {
            var options = new ProjectOptions();
            options.ProjectFile = Directory.GetFiles(folder, "*.csproj").Concat(Directory.GetFiles(folder, "*.csproj.original")).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            options.PropsFile = NearestProps(folder);
            var documents = new List<XDocument>();
            foreach (string? file in new[] { options.PropsFile, options.ProjectFile })
            {
                if (file is null)
                {
                    continue;
                }

                try
                {
                    documents.Add(XDocument.Load(file));
                }
                catch (Exception ex) when (ex is System.Xml.XmlException or IOException)
                {
                    Console.WriteLine($"  cannot read {file}: {ex.Message}; using defaults");
                }
            }

            // Outer evaluation: which frameworks the project builds; then the inner build for the chosen one.
            var outer = Evaluate(documents, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
            string frameworks = Get(outer, "TargetFramework") ?? Get(outer, "TargetFrameworks") ?? "";
            options.TargetFramework = ChooseFramework(frameworks.Split(';').Select(f => f.Trim()).Where(f => f.Length > 0).ToList());
            var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Configuration"] = "Release" };
            if (options.TargetFramework != null)
            {
                global["TargetFramework"] = options.TargetFramework;
            }

            var inner = Evaluate(documents, global);
            options.AssemblyName = Get(inner, "AssemblyName") ?? (options.ProjectFile is null ? null : Path.GetFileName(options.ProjectFile).Split(new[] { ".csproj" }, StringSplitOptions.None)[0]);
            options.LangVersion = Get(inner, "LangVersion");
            options.Nullable = Get(inner, "Nullable");
            options.Checked = Bool(Get(inner, "CheckForOverflowUnderflow"));
            options.AllowUnsafe = Bool(Get(inner, "AllowUnsafeBlocks"));
            options.OutputType = Get(inner, "OutputType");
            options.ImplicitUsings = Get(inner, "ImplicitUsings") is "enable" or "true";
            options.Defines.AddRange(Symbols(Get(inner, "DefineConstants")).Distinct(StringComparer.Ordinal));
            options.ImplicitDefines.AddRange(FrameworkSymbols(options.TargetFramework).Concat(new[] { "TRACE", "RELEASE" }));
            return options;
        }

        public static IEnumerable<string> Symbols(string? defineConstants) =>
            (defineConstants ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0 && Regex.IsMatch(s, @"^[A-Za-z_][A-Za-z0-9_]*$"));

        private static string? NearestProps(string folder)
        {
            for (var dir = new DirectoryInfo(folder); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "Directory.Build.props");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>The newest .NET (5+) framework, else the newest .NET Core, else the first listed.</summary>
        private static string? ChooseFramework(List<string> frameworks)
        {
            var net = frameworks.Select(f => (Name: f, Version: NetVersion(f))).Where(f => f.Version != null).OrderByDescending(f => f.Version).ToList();
            return net.Count > 0 ? net[0].Name : frameworks.FirstOrDefault();
        }

        private static Version? NetVersion(string framework)
        {
            var m = Regex.Match(framework, @"^net(coreapp)?(\d+)\.(\d+)");
            if (!m.Success)
            {
                return null;
            }

            var version = new Version(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
            return m.Groups[1].Success || version.Major >= 5 ? version : null;
        }

        private static IEnumerable<string> FrameworkSymbols(string? framework)
        {
            if (framework is null)
            {
                yield break;
            }

            var m = Regex.Match(framework, @"^(net|netcoreapp|netstandard)(\d+)\.(\d+)");
            if (!m.Success)
            {
                yield break;
            }

            string kind = m.Groups[1].Value;
            var version = new Version(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
            string Name(string prefix, Version v) => prefix + v.Major + "_" + v.Minor;
            if (kind == "netstandard")
            {
                yield return "NETSTANDARD";
                yield return Name("NETSTANDARD", version);
                foreach (var v in NetStandardVersions.Select(Version.Parse).Where(v => v <= version))
                {
                    yield return Name("NETSTANDARD", v) + "_OR_GREATER";
                }

                yield break;
            }

            if (kind == "net" && version.Major < 5)
            {
                yield break; // .NET Framework monikers (net472) are not compiled against these references.
            }

            yield return "NETCOREAPP";
            if (kind == "net")
            {
                yield return "NET";
            }

            yield return Name(kind == "net" ? "NET" : "NETCOREAPP", version);
            foreach (var v in NetCoreAppVersions.Select(Version.Parse).Where(v => v <= version))
            {
                yield return Name("NETCOREAPP", v) + "_OR_GREATER";
            }

            foreach (var v in NetVersions.Select(Version.Parse).Where(v => v <= version))
            {
                yield return Name("NET", v) + "_OR_GREATER";
            }
        }

        private static Dictionary<string, string> Evaluate(List<XDocument> documents, Dictionary<string, string> global)
        {
            var properties = new Dictionary<string, string>(global, StringComparer.OrdinalIgnoreCase);
            foreach (XDocument document in documents)
            {
                if (document.Root is null)
                {
                    continue;
                }

                foreach (XElement group in document.Root.Elements().Where(e => e.Name.LocalName == "PropertyGroup"))
                {
                    if (!Condition(group, properties))
                    {
                        continue;
                    }

                    foreach (XElement property in group.Elements())
                    {
                        string name = property.Name.LocalName;
                        if (global.ContainsKey(name) || !Condition(property, properties))
                        {
                            continue; // Global properties (the inner build's framework) cannot be overridden.
                        }

                        properties[name] = Expand(property.Value.Trim(), properties);
                    }
                }
            }

            return properties;
        }

        private static string? Get(Dictionary<string, string> properties, string name) =>
            properties.TryGetValue(name, out string? value) && value.Trim().Length > 0 ? value.Trim() : null;

        private static bool? Bool(string? value) => value is null ? null : string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

        private static string Expand(string value, Dictionary<string, string> properties) =>
            Regex.Replace(value, @"\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)", m => properties.TryGetValue(m.Groups[1].Value, out string? v) ? v : "");

        /// <summary>
        /// Evaluates <c>'a' == 'b'</c> and <c>'a' != 'b'</c> comparisons joined by <c>and</c>/<c>or</c>. Anything else
        /// (property functions, <c>Exists</c>) is not understood and counts as false, so the element is skipped.
        /// </summary>
        private static bool Condition(XElement element, Dictionary<string, string> properties)
        {
            string? condition = element.Attribute("Condition")?.Value;
            if (string.IsNullOrWhiteSpace(condition))
            {
                return true;
            }

            if (condition.Contains("$([", StringComparison.Ordinal))
            {
                return false;
            }

            string expanded = Expand(condition, properties);
            foreach (string disjunct in Regex.Split(expanded, @"\s+or\s+", RegexOptions.IgnoreCase))
            {
                bool all = true;
                foreach (string conjunct in Regex.Split(disjunct, @"\s+and\s+", RegexOptions.IgnoreCase))
                {
                    var m = Regex.Match(conjunct.Trim().Trim('(', ')').Trim(), @"^'([^']*)'\s*(==|!=)\s*'([^']*)'$");
                    if (!m.Success)
                    {
                        all = false;
                        break;
                    }

                    bool equal = string.Equals(m.Groups[1].Value.Trim(), m.Groups[3].Value.Trim(), StringComparison.OrdinalIgnoreCase);
                    all &= m.Groups[2].Value == "==" ? equal : !equal;
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
