using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.Docs
{
    /// <summary>
    /// Each rule page with a code fix shows the fix's first action on a small file (its <c>## Example</c> section: a
    /// <c>&lt;!-- before --&gt;</c> and an <c>&lt;!-- after --&gt;</c> fenced block). Here that example is fixed with the rule's
    /// own analyzer and fix, the same verifier and references as the rule tests, and must give the page's "after" exactly:
    /// C# in Fix All mode with the first action's equivalence key (what <c>dotnet format analyzers</c> applies), scripts and
    /// configuration files as the IDE fixes them (the first action, site by site).
    /// </summary>
    public class RuleDocExampleTests
    {
        /// <summary>The vendor references a rule's example compiles against, as in its rule tests (default: .NET 10 with the modern vendor set).</summary>
        private sealed class ExampleEnvironment
        {
            public bool NetFramework { get; set; }

            public ImmutableArray<MetadataReference> Vendor { get; set; } = ImmutableArray<MetadataReference>.Empty;

            public string[] Stubs { get; set; } = Array.Empty<string>();
        }

        private static readonly Dictionary<string, ExampleEnvironment> Environments = new Dictionary<string, ExampleEnvironment>
        {
            ["CFA1004"] = new ExampleEnvironment { NetFramework = true, Vendor = TestReferences.AdalAndMsalNetFramework },
            ["CFA1005"] = new ExampleEnvironment { Stubs = new[] { "Microsoft.Rest.ClientRuntime.Azure.Authentication" } },
            ["CFA2001"] = new ExampleEnvironment { Vendor = TestReferences.HandRolled },
            ["CFA2002"] = new ExampleEnvironment { Vendor = TestReferences.HandRolled },
            ["CFA3001"] = new ExampleEnvironment { Vendor = TestReferences.PowerShell76 },
            ["CFA4002"] = new ExampleEnvironment { Vendor = TestReferences.MailKit },
            ["CFA4003"] = new ExampleEnvironment { Vendor = TestReferences.MailKit },
            ["CFA4004"] = new ExampleEnvironment { Stubs = new[] { "Microsoft.Exchange.WebServices" } },
            ["CFA4005"] = new ExampleEnvironment { Stubs = new[] { "PnP.Framework" } },
            ["CFA4006"] = new ExampleEnvironment { Stubs = new[] { "Microsoft.Xrm.Tooling.Connector" } },
            ["CFA4007"] = new ExampleEnvironment { Vendor = TestReferences.SqlClient },
        };

        /// <summary>The file name an example in a script or configuration language is fixed as.</summary>
        private static readonly Dictionary<string, string> AdditionalFileNames = new Dictionary<string, string>
        {
            ["powershell"] = "Sync.ps1",
            ["json"] = "appsettings.json",
            ["xml"] = "App.config",
        };

        public static IEnumerable<object[]> FixableIds() => FixProviders().SelectMany(p => p.FixableDiagnosticIds).Distinct().OrderBy(id => id).Select(id => new object[] { id });

        [Fact]
        public void EveryIdWithACodeFix_HasAnExampleOnItsRulePage()
        {
            var missing = FixableIds().Select(row => (string)row[0]).Where(id => Example.Read(id) is null).ToList();
            Assert.True(missing.Count == 0, "Rule pages without an '## Example' section holding <!-- before --> and <!-- after --> blocks: " + string.Join(", ", missing));
        }

        [Theory]
        [MemberData(nameof(FixableIds))]
        public async Task RulePageExample_IsWhatTheFirstFixWrites(string id)
        {
            Example example = Example.Read(id) ?? throw new Xunit.Sdk.XunitException(id + ".md has no example");
            Assert.Equal(example.BeforeLanguage, example.AfterLanguage);
            Type analyzer = AnalyzerFor(id);
            CodeFixProvider fix = FixProviders().Single(p => p.FixableDiagnosticIds.Contains(id));

            if (example.BeforeLanguage == "csharp")
            {
                MethodInfo check = typeof(RuleDocExampleTests).GetMethod(nameof(CheckCSharpAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                    .MakeGenericMethod(analyzer, fix.GetType());
                await (Task)check.Invoke(null, new object[] { id, example })!;
                return;
            }

            Assert.True(AdditionalFileNames.TryGetValue(example.BeforeLanguage, out string? path), id + ": no file name for ```" + example.BeforeLanguage);
            var (actual, remaining) = await AdditionalFileFix.ApplyAsync((DiagnosticAnalyzer)Activator.CreateInstance(analyzer)!, fix, path!, example.Before);
            Assert.Equal(example.After, actual);
            Assert.DoesNotContain(remaining, d => d.Id == id);
        }

        private static async Task CheckCSharpAsync<TAnalyzer, TCodeFix>(string id, Example example)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test
            {
                TestCode = example.Before,
                FixedCode = example.After,
                CodeActionIndex = 0,
                CodeActionEquivalenceKey = CodeFixes.Shared.EquivalenceKeys.Recommended(id),
            };
            ExampleEnvironment environment = Environments.TryGetValue(id, out ExampleEnvironment? known) ? known : new ExampleEnvironment();
            if (environment.NetFramework)
            {
                test.OnNetFramework(environment.Vendor);
            }
            else
            {
                test.With(environment.Vendor);
            }

            test.WithStubs(environment.Stubs);
            if (example.After.Contains(CredentialFlowAnalyzers.Catalog.TokenProvider.TypeName + "."))
            {
                test.WithTokenProvider();
            }

            // The example carries no markup: what the analyzer reports on it is the expectation, and it must report the id.
            ImmutableArray<Diagnostic> reported = await DiagnosticsAsync(new TAnalyzer(), test, example.Before);
            Assert.Contains(reported, d => d.Id == id);
            test.ExpectedDiagnostics.AddRange(reported.Select(Expected));
            await test.RunAsync(CancellationToken.None);
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(DiagnosticAnalyzer analyzer, AnalyzerTest<DefaultVerifier> test, string source)
        {
            ImmutableArray<MetadataReference> references = (await test.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
                .AddRange(test.TestState.AdditionalReferences);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "TestProject",
                new[] { CSharpSyntaxTree.ParseText(source, path: "Test0.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return (await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync())
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
        }

        private static DiagnosticResult Expected(Diagnostic diagnostic)
        {
            DiagnosticResult result = new DiagnosticResult(diagnostic.Id, diagnostic.Severity).WithMessage(diagnostic.GetMessage());
            foreach (Location location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
            {
                FileLinePositionSpan span = location.GetLineSpan();
                result = result.WithSpan(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
            }

            return result;
        }

        private static Type AnalyzerFor(string id)
        {
            var analyzers = typeof(CredentialFlowAnalyzers.Rules.CFA1001MsalUsernamePasswordAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
                .Where(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Any(d => d.Id == id))
                .ToList();
            Assert.True(analyzers.Count == 1, id + " is reported by " + analyzers.Count + " analyzers");
            return analyzers[0];
        }

        private static IEnumerable<CodeFixProvider> FixProviders() =>
            typeof(CodeFixes.Shared.CredentialCodeFixProvider).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null)
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!);

        /// <summary>The <c>## Example</c> section of a rule page: the first fenced block after each marker.</summary>
        public sealed class Example
        {
            private Example(string beforeLanguage, string before, string afterLanguage, string after)
            {
                BeforeLanguage = beforeLanguage;
                Before = before;
                AfterLanguage = afterLanguage;
                After = after;
            }

            public string BeforeLanguage { get; }

            public string Before { get; }

            public string AfterLanguage { get; }

            public string After { get; }

            public static Example? Read(string id)
            {
                string page = Path.Combine(TestReferences.RepositoryRoot, "docs", "rules", id + ".md");
                if (!File.Exists(page))
                {
                    return null;
                }

                string[] lines = File.ReadAllText(page).Replace("\r\n", "\n").Split('\n');
                int start = Array.IndexOf(lines, "## Example");
                if (start < 0)
                {
                    return null;
                }

                int end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
                string[] section = lines.Skip(start + 1).Take((end < 0 ? lines.Length : end) - start - 1).ToArray();
                var before = Block(section, "<!-- before -->");
                var after = Block(section, "<!-- after -->");
                return before is null || after is null ? null : new Example(before.Value.Language, before.Value.Text, after.Value.Language, after.Value.Text);
            }

            /// <summary>The fenced block after <paramref name="marker"/>, as a file: its lines, each ending with a line feed.</summary>
            private static (string Language, string Text)? Block(string[] section, string marker)
            {
                int at = Array.IndexOf(section, marker);
                int open = at < 0 ? -1 : Array.FindIndex(section, at + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                int close = open < 0 ? -1 : Array.IndexOf(section, "```", open + 1);
                if (close < 0)
                {
                    return null;
                }

                string text = string.Concat(section.Skip(open + 1).Take(close - open - 1).Select(l => l + "\n"));
                return (section[open].Substring(3).Trim(), text);
            }
        }
    }
}
