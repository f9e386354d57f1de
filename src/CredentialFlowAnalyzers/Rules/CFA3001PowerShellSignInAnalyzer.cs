using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// The PowerShell family. In C# that hosts PowerShell (System.Management.Automation): <c>AddCommand</c> +
    /// <c>AddParameter</c>/<c>AddParameters</c>/<c>AddArgument</c> chains, <c>Command</c> objects with
    /// <c>Parameters.Add</c>, and script text given to <c>AddScript</c>, <c>CreatePipeline</c>, <c>ScriptBlock.Create</c>
    /// or <c>new Command(text, true)</c> (CFA3001, CFA3003, CFA3004). In <c>.ps1</c>/<c>.psm1</c> AdditionalFiles: the same
    /// sign-ins (CFA3002), plain-text passwords (CFA3003) and retired modules (CFA3004). The cmdlets are in
    /// <see cref="PowerShellSignInCatalog"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA3001PowerShellSignInAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the catalog row (<see cref="PsSignInCmdlet.Key"/>).</summary>
        public const string CmdletProperty = "Cmdlet";

        /// <summary>Diagnostic property: how the C# code reaches the cmdlet (<see cref="ShapeChain"/>, <see cref="ShapeCommand"/>, <see cref="ShapeScript"/>).</summary>
        public const string ShapeProperty = "Shape";

        /// <summary>Diagnostic property: for script text, the finding's offset in the script (not a value from the code).</summary>
        public const string ScriptOffsetProperty = "ScriptOffset";

        public const string ShapeChain = "Chain";
        public const string ShapeCommand = "CommandObject";
        public const string ShapeScript = "Script";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.CFA3001HostedPowerShellSignIn,
            Descriptors.CFA3002ScriptSignIn,
            Descriptors.CFA3003PlainTextPassword,
            Descriptors.CFA3004RetiredModule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterAdditionalFileAction(AnalyzeScriptFile);
            context.RegisterCompilationStartAction(start =>
            {
                HostedPowerShell? host = HostedPowerShell.For(start.Compilation);
                if (host is null)
                {
                    return;
                }

                // Per operation block, so a finding mapped into a local's literal or a StringBuilder append in the same
                // member is a local diagnostic (IDE fixes are offered only for those). The block's operations come from
                // the driver's own walk (no second walk of every method body), pre-filtered by name/type; the few that
                // may matter are analyzed when the block ends.
                start.RegisterOperationBlockStartAction(blockStart =>
                {
                    List<IOperation>? candidates = null;
                    blockStart.RegisterOperationAction(
                        ctx =>
                        {
                            if (ctx.Operation is IInvocationOperation invocation ? host.MayMatter(invocation) : host.MayMatter((IObjectCreationOperation)ctx.Operation))
                            {
                                (candidates ??= new List<IOperation>()).Add(ctx.Operation);
                            }
                        },
                        OperationKind.Invocation,
                        OperationKind.ObjectCreation);
                    blockStart.RegisterOperationBlockEndAction(ctx =>
                    {
                        if (candidates is null)
                        {
                            return;
                        }

                        var site = new Site(ctx.OwningSymbol, ctx.ReportDiagnostic);
                        foreach (IOperation operation in candidates)
                        {
                            if (operation is IInvocationOperation invocation)
                            {
                                AnalyzeInvocation(site, host, invocation);
                            }
                            else
                            {
                                AnalyzeCreation(site, host, (IObjectCreationOperation)operation);
                            }
                        }
                    });
                });
            });
        }

        /// <summary>True for the script files the rules read (<c>.ps1</c>, <c>.psm1</c>).</summary>
        public static bool IsScriptPath(string? path) =>
            path != null && (path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase));

        private static void AnalyzeScriptFile(AdditionalFileAnalysisContext context)
        {
            string path = context.AdditionalFile.Path;
            if (!IsScriptPath(path) || context.AdditionalFile.GetText(context.CancellationToken) is not { } source)
            {
                return;
            }

            string text = source.ToString();
            foreach (PsFinding finding in PowerShellSignInFinder.Find(text))
            {
                var span = TextSpan.FromBounds(finding.Start, finding.End);
                Location location = Location.Create(path, span, source.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Create(finding, location, Descriptors.CFA3002ScriptSignIn, null));
            }
        }

        private static Diagnostic Create(PsFinding finding, Location location, DiagnosticDescriptor signIn, ImmutableDictionary<string, string?>? properties)
        {
            properties ??= ImmutableDictionary<string, string?>.Empty;
            switch (finding.Kind)
            {
                case PsFindingKind.SignIn:
                    PsSignInCmdlet cmdlet = finding.Cmdlet!;
                    return Diagnostic.Create(signIn, location, properties.SetItem(CmdletProperty, cmdlet.Key), cmdlet.Name, cmdlet.Module, cmdlet.ReplacementText);
                case PsFindingKind.PlainTextPassword:
                    return Diagnostic.Create(Descriptors.CFA3003PlainTextPassword, location, properties, PowerShellSignInCatalog.PlainTextConversionDisplay);
                default:
                    return Diagnostic.Create(Descriptors.CFA3004RetiredModule, location, properties, finding.Module!.Name, finding.Module.Replacement);
            }
        }

        /// <summary>The member being analyzed and where its diagnostics go.</summary>
        private sealed class Site
        {
            public Site(ISymbol owner, Action<Diagnostic> report)
            {
                Owner = owner;
                Report = report;
            }

            public ISymbol Owner { get; }

            public Action<Diagnostic> Report { get; }

            public void ReportDiagnostic(Diagnostic diagnostic) => Report(diagnostic);

            /// <summary>True when <paramref name="span"/> lies in the member's own declaration.</summary>
            public bool Contains(SyntaxTree tree, TextSpan span) =>
                Owner.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree && r.Span.Contains(span));
        }

        private static void AnalyzeInvocation(Site context, HostedPowerShell host, IInvocationOperation invocation)
        {
            if (host.AddCommandName(invocation) is { } nameArgument)
            {
                if (nameArgument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    AnalyzeCommand(context, name, nameArgument, () => host.ChainParameters(invocation), ShapeChain);
                }

                return;
            }

            if (host.IsImportPSModule(invocation))
            {
                foreach (IOperation element in ModuleNames(invocation))
                {
                    if (element.ConstantValue is { HasValue: true, Value: string module } && PowerShellSignInCatalog.FindRetiredModule(module) is { } retired)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CFA3004RetiredModule, element.Syntax.GetLocation(), retired.Name, retired.Replacement));
                    }
                }

                return;
            }

            if (host.ScriptArgument(invocation) is { } script)
            {
                AnalyzeScriptText(context, host, script);
            }
        }

        private static void AnalyzeCreation(Site context, HostedPowerShell host, IObjectCreationOperation creation)
        {
            if (host.CommandObjectName(creation) is { } nameArgument)
            {
                if (nameArgument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    AnalyzeCommand(context, name, nameArgument, () => host.CommandObjectParameters(creation), ShapeCommand);
                }

                return;
            }

            if (host.ScriptArgument(creation) is { } script)
            {
                AnalyzeScriptText(context, host, script);
                return;
            }

            if (SymbolEqualityComparer.Default.Equals(creation.Type, host.PSCredential) && creation.Arguments.Length == 2
                && host.IsLiteralPassword(creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CFA3003PlainTextPassword, creation.Syntax.GetLocation(), "new PSCredential"));
            }
        }

        private static void AnalyzeCommand(Site context, string name, IArgumentOperation nameArgument, Func<List<HostParameter>> parameters, string shape)
        {
            string unqualified = PowerShellSignInCatalog.Unqualified(name);
            if (PowerShellSignInCatalog.IsImportModule(unqualified))
            {
                foreach (HostParameter parameter in parameters())
                {
                    if ((parameter.Name is null || PowerShellSignInCatalog.Binds(parameter.Name, PowerShellSignInCatalog.ImportModuleNameParameter, 1))
                        && parameter.Value?.ConstantValue is { HasValue: true, Value: string module }
                        && PowerShellSignInCatalog.FindRetiredModule(module) is { } retired)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CFA3004RetiredModule, nameArgument.Value.Syntax.GetLocation(), retired.Name, retired.Replacement));
                        return;
                    }
                }

                return;
            }

            ImmutableArray<PsSignInCmdlet> rows = PowerShellSignInCatalog.Find(unqualified);
            if (rows.Length == 0)
            {
                return;
            }

            List<HostParameter> given = parameters();
            foreach (PsSignInCmdlet cmdlet in rows)
            {
                if (HostedPowerShell.CredentialOf(cmdlet, given) is not null)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(CmdletProperty, cmdlet.Key).Add(ShapeProperty, shape);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.CFA3001HostedPowerShellSignIn, nameArgument.Value.Syntax.GetLocation(), properties, cmdlet.Name, cmdlet.Module, cmdlet.ReplacementText));
                    return;
                }
            }
        }

        private static void AnalyzeScriptText(Site context, HostedPowerShell host, IArgumentOperation argument)
        {
            MappedText text = host.ScriptText(argument.Value);
            string script = text.Text;
            if (!PowerShellSignInFinder.MayContainFindings(script))
            {
                return;
            }

            foreach (PsFinding finding in PowerShellSignInFinder.Find(PsScript.Parse(script)))
            {
                Location location = text.Map(finding.Start, finding.End) is { } span && context.Contains(text.Tree, span)
                    ? Location.Create(text.Tree, span)
                    : argument.Value.Syntax.GetLocation();
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(ShapeProperty, ShapeScript)
                    .Add(ScriptOffsetProperty, finding.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                context.ReportDiagnostic(Create(finding, location, Descriptors.CFA3001HostedPowerShellSignIn, properties));
            }
        }

        private static IEnumerable<IOperation> ModuleNames(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                IOperation? value = HostedPowerShell.Unwrap(argument.Value);
                if (value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        yield return element;
                    }
                }
                else if (value != null && value.Type?.SpecialType == SpecialType.System_String)
                {
                    yield return value;
                }
            }
        }
    }
}
