using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Tool.Analysis
{
    /// <summary>
    /// The package's analyzers and code fixes, found in its two assemblies the way a compiler or IDE finds them (by
    /// their export attributes), so a rule added to the package needs no change here.
    /// </summary>
    internal sealed class PackageRules
    {
        private PackageRules(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
        {
            Analyzers = analyzers;
            Fixers = fixers;
            Descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics)
                .GroupBy(d => d.Id)
                .Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableDictionary(d => d.Id);
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        public ImmutableArray<CodeFixProvider> Fixers { get; }

        /// <summary>Every rule of the package by id.</summary>
        public ImmutableDictionary<string, DiagnosticDescriptor> Descriptors { get; }

        public static PackageRules Load()
        {
            Assembly analyzers = Assembly.Load(new AssemblyName("CredentialFlowAnalyzers"));
            Assembly fixes = Assembly.Load(new AssemblyName("CredentialFlowAnalyzers.CodeFixes"));
            return new PackageRules(
                Create<DiagnosticAnalyzer>(analyzers, t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
                    .Where(a => a is not DiagnosticSuppressor)
                    .ToImmutableArray(),
                Create<CodeFixProvider>(fixes, t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
                    .ToImmutableArray());
        }

        /// <summary>The analyzers that can report one of <paramref name="ids"/>.</summary>
        public ImmutableArray<DiagnosticAnalyzer> AnalyzersFor(ImmutableHashSet<string> ids) =>
            Analyzers.Where(a => a.SupportedDiagnostics.Any(d => ids.Contains(d.Id))).ToImmutableArray();

        /// <summary>The fix providers for <paramref name="id"/>, in a stable order.</summary>
        public ImmutableArray<CodeFixProvider> FixersFor(string id) =>
            Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)).ToImmutableArray();

        private static ImmutableArray<T> Create<T>(Assembly assembly, Func<Type, bool> exported)
            where T : class =>
            assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && exported(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
