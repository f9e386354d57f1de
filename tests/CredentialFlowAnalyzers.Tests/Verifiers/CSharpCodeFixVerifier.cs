using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// The roslyn-sdk verifier shape. Tests alias it per rule:
    /// <c>using VerifyCS = CSharpCodeFixVerifier&lt;CFA1001MsalUsernamePasswordAnalyzer, CFA1001MsalUsernamePasswordCodeFix&gt;;</c>
    /// By default a test compiles against .NET 10 with the modern vendor set (<see cref="TestReferences.Modern"/>).
    /// </summary>
    public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static DiagnosticResult Diagnostic() => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic();

        public static DiagnosticResult Diagnostic(string diagnosticId) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(diagnosticId);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Test { TestCode = source };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public static Task VerifyCodeFixAsync(string source, string fixedSource) => VerifyCodeFixAsync(source, DiagnosticResult.EmptyDiagnosticResults, fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) => VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

        public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net100;
                TestState.AdditionalReferences.AddRange(TestReferences.Modern);
            }

            /// <summary>Compile against .NET Framework 4.7.2 instead, with <paramref name="vendor"/> as the only vendor references.</summary>
            public Test OnNetFramework(ImmutableArray<MetadataReference> vendor)
            {
                ReferenceAssemblies = TestReferences.Net472;
                TestState.AdditionalReferences.Clear();
                TestState.AdditionalReferences.AddRange(vendor);
                return this;
            }

            /// <summary>Adds the compiled vendor stubs (see <c>Stubs/README.md</c>) for the current target framework.</summary>
            public Test WithStubs(params string[] stubs)
            {
                TestState.AdditionalReferences.AddRange(StubAssemblies.For(ReferenceAssemblies, stubs));
                return this;
            }

            /// <summary>Adds vendor references (a <see cref="TestReferences"/> preset) to the current set.</summary>
            public Test With(ImmutableArray<MetadataReference> vendor)
            {
                TestState.AdditionalReferences.AddRange(vendor);
                return this;
            }

            /// <summary>
            /// The fix adds the token provider to the project (<c>SecureAppTokenProvider.cs</c>): expect it with the text
            /// the catalog writes for this project (namespace from the assembly name, nullable annotations on C# 8+,
            /// appSettings on .NET Framework in <paramref name="appSettings"/> style).
            /// </summary>
            internal Test WithTokenProvider(CredentialFlowAnalyzers.Catalog.AppSettingsStyle? appSettings = null)
            {
                bool netFramework = ReferenceAssemblies.TargetFramework.StartsWith("net4", System.StringComparison.Ordinal);
                string text = CredentialFlowAnalyzers.Catalog.TokenProvider.Text(
                    "TestProject",
                    nullableAnnotations: true,
                    netFramework ? appSettings ?? CredentialFlowAnalyzers.Catalog.AppSettingsStyle.Colon : (CredentialFlowAnalyzers.Catalog.AppSettingsStyle?)null);
                FixedState.Sources.Add((CredentialFlowAnalyzers.Catalog.TokenProvider.FileName, Microsoft.CodeAnalysis.Text.SourceText.From(text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false))));
                return this;
            }

            /// <summary>No vendor library at all: the rules must stay silent and cheap.</summary>
            public Test WithoutVendorReferences()
            {
                TestState.AdditionalReferences.Clear();
                return this;
            }
        }
    }
}
