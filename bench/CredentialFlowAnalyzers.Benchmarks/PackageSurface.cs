using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Benchmarks
{
    /// <summary>
    /// Every internal of the package the benchmark names, in one place: when src/ renames or moves one of these,
    /// this file is the only one to adapt.
    /// </summary>
    internal static class PackageSurface
    {
        /// <summary>The analyzer assembly (the code-fix assembly holds no analyzers).</summary>
        public static Assembly AnalyzerAssembly => typeof(KnownApiSymbols).Assembly;

        /// <summary>What the catalog resolution step is called in the report.</summary>
        public const string CatalogResolution = "KnownApiSymbols.For";

        /// <summary>The documentation ids of every catalog member: what BannedApiAnalyzers is told to ban.</summary>
        public static IReadOnlyList<string> CatalogDocIds() =>
            KnownApiCatalog.All.Select(a => a.DocId).Distinct(StringComparer.Ordinal).ToList();

        /// <summary>Resolves the catalog against <paramref name="compilation"/> (once per compilation, as the analyzers do).</summary>
        public static void ResolveCatalog(Compilation compilation) => KnownApiSymbols.For(compilation);

        public static string TokenizerMethod => typeof(PsTokenizer).FullName + "." + nameof(PsTokenizer.Tokenize);

        public static string ScriptScanMethod => typeof(PowerShellSignInFinder).FullName + "." + nameof(PowerShellSignInFinder.Find);

        /// <summary>Tokenizes a script; returns the number of tokens and a digest of them.</summary>
        public static (int Count, long Digest) Tokenize(string script)
        {
            long digest = 17;
            var tokens = PsTokenizer.Tokenize(script);
            foreach (var token in tokens)
            {
                digest = unchecked(digest * 31 + Fnv(token.Kind + "|" + token.Start + "|" + token.Length + "|" + token.Value + "|" + token.Flag + "|" + token.Unterminated));
            }

            return (tokens.Length, digest);
        }

        public static int TokenCount(string script) => PsTokenizer.Tokenize(script).Length;

        /// <summary>The whole script scan the analyzer runs on a script file; returns the number of findings and a digest of them.</summary>
        public static (int Count, long Digest) ScanScript(string script)
        {
            long digest = 17;
            var findings = PowerShellSignInFinder.Find(script);
            foreach (var finding in findings)
            {
                digest = unchecked(digest * 31 + Fnv(finding.Kind + "|" + finding.Start + "|" + finding.End));
            }

            return (findings.Length, digest);
        }

        public static int FindingCount(string script) => PowerShellSignInFinder.Find(script).Length;

        private static long Fnv(string text)
        {
            long hash = unchecked((long)14695981039346656037UL);
            foreach (char c in text)
            {
                hash = unchecked((hash ^ c) * 1099511628211L);
            }

            return hash;
        }
    }
}
