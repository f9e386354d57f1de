using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Compiles the vendor stubs in <c>Stubs/</c> (packages the registry does not serve) into real assemblies with the
    /// vendor's assembly name, so the code under test sees them as metadata, like the package. Each stub is compiled
    /// once per target framework and cached for the test run.
    /// </summary>
    internal static class StubAssemblies
    {
        /// <summary>Stub name (= file and assembly name) → the other stubs and the real DLLs (beside the tests) it needs.</summary>
        private static readonly Dictionary<string, (string[] Stubs, string[] RealDlls)> Dependencies = new Dictionary<string, (string[], string[])>
        {
            ["Microsoft.Store.PartnerCenter"] = (Array.Empty<string>(), Array.Empty<string>()),
            ["Microsoft.Exchange.WebServices"] = (Array.Empty<string>(), Array.Empty<string>()),
            ["Microsoft.SharePoint.Client"] = (Array.Empty<string>(), Array.Empty<string>()),
            ["Microsoft.Xrm.Sdk"] = (Array.Empty<string>(), Array.Empty<string>()),
            ["OfficeDevPnP.Core"] = (new[] { "Microsoft.SharePoint.Client" }, Array.Empty<string>()),
            ["Microsoft.Xrm.Tooling.Connector"] = (new[] { "Microsoft.Xrm.Sdk" }, Array.Empty<string>()),
            ["Microsoft.Azure.Management.ResourceManager.Fluent"] = (Array.Empty<string>(), new[] { "Microsoft.Rest.ClientRuntime.dll" }),
            ["Microsoft.Rest.ClientRuntime.Azure.Authentication"] = (Array.Empty<string>(), new[] { "Microsoft.Rest.ClientRuntime.dll", "Microsoft.IdentityModel.Clients.ActiveDirectory.dll" }),
            ["Microsoft.Graph.Auth"] = (Array.Empty<string>(), new[] { "Microsoft.Identity.Client.dll", "Microsoft.IdentityModel.Abstractions.dll" }),
            ["PnP.Framework"] = (new[] { "Microsoft.SharePoint.Client" }, new[] { "Microsoft.Identity.Client.dll", "Microsoft.IdentityModel.Abstractions.dll" }),
            ["Microsoft.PowerPlatform.Dataverse.Client"] = (new[] { "Microsoft.Xrm.Sdk" }, new[] { "Microsoft.Extensions.Logging.Abstractions.dll" }),

            // Old major versions of served packages: same assembly name as the real package, used instead of it.
            ["Microsoft.IdentityModel.Clients.ActiveDirectory.2.x"] = (Array.Empty<string>(), Array.Empty<string>()),
            ["Microsoft.Identity.Client.2.x"] = (Array.Empty<string>(), Array.Empty<string>()),
        };

        /// <summary>A stub of an old major version (<c>Name.2.x</c>) is compiled under the vendor's assembly name (<c>Name</c>).</summary>
        private static string AssemblyName(string stub) =>
            stub.EndsWith(".x", StringComparison.Ordinal) ? stub.Substring(0, stub.LastIndexOf('.', stub.Length - 3)) : stub;

        private static readonly ConcurrentDictionary<(string Stub, string Target), Lazy<MetadataReference>> Cache = new ConcurrentDictionary<(string, string), Lazy<MetadataReference>>();

        /// <summary>
        /// The references a test needs for <paramref name="stubs"/> on <paramref name="target"/>: the stub assemblies,
        /// the stubs they depend on, and the real DLLs they reference.
        /// </summary>
        public static ImmutableArray<MetadataReference> For(ReferenceAssemblies target, params string[] stubs)
        {
            var names = new List<string>();
            foreach (string stub in stubs)
            {
                Collect(stub, names);
            }

            var result = new List<MetadataReference>();
            foreach (string dll in names.SelectMany(n => Dependencies[n].RealDlls).Distinct())
            {
                result.Add(RealDll(target, dll));
            }

            foreach (string name in names)
            {
                result.Add(Compile(target, name));
            }

            return result.ToImmutableArray();
        }

        private static void Collect(string stub, List<string> names)
        {
            if (!Dependencies.TryGetValue(stub, out var dependencies))
            {
                throw new ArgumentException($"Unknown stub '{stub}'. Known: {string.Join(", ", Dependencies.Keys)}", nameof(stub));
            }

            foreach (string dependency in dependencies.Stubs)
            {
                Collect(dependency, names);
            }

            if (!names.Contains(stub))
            {
                names.Add(stub);
            }
        }

        private static MetadataReference RealDll(ReferenceAssemblies target, string dll)
        {
            // ADAL's password types exist only in its .NET Framework build.
            string path = target.TargetFramework.StartsWith("net4", StringComparison.Ordinal) && dll == "Microsoft.IdentityModel.Clients.ActiveDirectory.dll"
                ? Path.Combine(AppContext.BaseDirectory, "vendor", "net45", dll)
                : Path.Combine(AppContext.BaseDirectory, dll);
            return MetadataReference.CreateFromFile(path);
        }

        private static MetadataReference Compile(ReferenceAssemblies target, string stub) =>
            Cache.GetOrAdd((stub, target.TargetFramework), key => new Lazy<MetadataReference>(() => CompileCore(target, key.Stub), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private static MetadataReference CompileCore(ReferenceAssemblies target, string stub)
        {
            string source;
            using (Stream stream = typeof(StubAssemblies).Assembly.GetManifestResourceStream("Stubs/" + stub + ".cs")
                ?? throw new InvalidOperationException("Missing embedded stub " + stub))
            using (var reader = new StreamReader(stream))
            {
                source = reader.ReadToEnd();
            }

            var references = new List<MetadataReference>(target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());
            references.AddRange(Dependencies[stub].RealDlls.Select(d => RealDll(target, d)));
            references.AddRange(Dependencies[stub].Stubs.Select(s => Compile(target, s)));

            // .NET Framework-only parts of a stub (types built on System.ServiceModel, say) sit in #if NETFRAMEWORK.
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest)
                .WithPreprocessorSymbols(target.TargetFramework.StartsWith("net4", StringComparison.Ordinal) ? new[] { "NETFRAMEWORK" } : Array.Empty<string>());
            CSharpCompilation compilation = CSharpCompilation.Create(
                AssemblyName(stub),
                new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: stub + ".cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException($"Stub {stub} does not compile for {target.TargetFramework}:\n" +
                    string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
