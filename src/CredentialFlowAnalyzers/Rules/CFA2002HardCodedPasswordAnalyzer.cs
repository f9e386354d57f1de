using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA2002: a string literal or constant (directly, or through a local, a field or an auto-property initializer of
    /// the same type, see <see cref="LocalValueFlow"/>) reaches the password of a catalog member: NetworkCredential,
    /// SecureString (char by char or a loop over a literal), PSCredential, or a library's user-password sign-in.
    /// Reported at the value passed; the message names the API only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA2002HardCodedPasswordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CFA2002HardCodedPassword);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                start.RegisterOperationBlockStartAction(block =>
                {
                    var diagnostics = new BlockDiagnostics();
                    block.RegisterOperationAction(ctx => Analyze(ctx, symbols, diagnostics), PasswordSinks.Kinds);
                    block.RegisterOperationBlockEndAction(diagnostics.Flush);
                });
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols, BlockDiagnostics diagnostics)
        {
            if (PasswordSinks.Find(context.Operation, symbols) is not { } flow || !PasswordSinks.IsHardCoded(flow.Origin))
            {
                return;
            }

            diagnostics.Add(Diagnostic.Create(
                Descriptors.CFA2002HardCodedPassword,
                flow.ReportAt.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty
                    .Add(CatalogApiAnalyzer.ApiKeyProperty, flow.Api.Key)
                    .Add(PasswordSinks.ShapeProperty, flow.Shape),
                flow.Display));
        }
    }
}
