using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// The C# front end of the PowerShell rules: <c>AddCommand</c> + <c>AddParameter</c>/<c>AddParameters</c>/
    /// <c>AddArgument</c> chains, <c>Command</c> objects with <c>Parameters.Add</c>, <c>WSManConnectionInfo</c> remote sessions
    /// (read as <c>New-PSSession</c>), module imports,
    /// and script text given to <c>AddScript</c>, <c>CreatePipeline</c>, <c>ScriptBlock.Create</c> or
    /// <c>new Command(text, true)</c>. Runs once per member for all the PowerShell rules: each rule (CFA3001, CFA3003,
    /// CFA3004) registers through <see cref="Register"/> and reports its own id from the shared result.
    /// </summary>
    internal static class HostedPowerShellFindings
    {
        private static readonly ImmutableArray<OperationKind> HostingKinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

        /// <summary>The findings of each member with hosting calls, computed by the first rule that asks.</summary>
        private static readonly ConditionalWeakTable<Compilation, ConcurrentFindings> Cache = new ConditionalWeakTable<Compilation, ConcurrentFindings>();

        /// <summary>
        /// Registers <paramref name="rule"/> for C# that hosts PowerShell. Per operation block, so a finding mapped into a
        /// local's literal or a StringBuilder append in the same member is a local diagnostic (IDE fixes are offered only
        /// for those). The block's operations come from the driver's own walk (no second walk of every method body),
        /// pre-filtered by name/type; the few that may matter are analyzed when the block ends. Only members with such a
        /// call or construction open a block (<see cref="SinkMembers"/>).
        /// </summary>
        public static void Register(CompilationStartAnalysisContext start, DiagnosticDescriptor rule)
        {
            if (HostedPowerShell.For(start.Compilation) is not { } host)
            {
                return;
            }

            ConcurrentFindings findings = Cache.GetOrCreateValue(start.Compilation);
            Func<IOperation, bool> mayMatter = operation => operation is IInvocationOperation invocation ? host.MayMatter(invocation) : host.MayMatter((IObjectCreationOperation)operation);
            SinkMembers.Register(start, HostingKinds, mayMatter, blockStart =>
            {
                List<IOperation>? candidates = null;
                blockStart.RegisterOperationAction(
                    ctx =>
                    {
                        if (mayMatter(ctx.Operation))
                        {
                            (candidates ??= new List<IOperation>()).Add(ctx.Operation);
                        }
                    },
                    HostingKinds);
                blockStart.RegisterOperationBlockEndAction(ctx =>
                {
                    if (candidates is null)
                    {
                        return;
                    }

                    foreach (Diagnostic diagnostic in findings.For(ctx.OwningSymbol, () => Find(host, ctx.OwningSymbol, candidates)))
                    {
                        if (diagnostic.Id == rule.Id)
                        {
                            ctx.ReportDiagnostic(diagnostic);
                        }
                    }
                });
            });
        }

        private static ImmutableArray<Diagnostic> Find(HostedPowerShell host, ISymbol owner, List<IOperation> candidates)
        {
            var site = new Site(owner);
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

            return site.Diagnostics.ToImmutable();
        }

        /// <summary>Findings per member, each computed once however many rules ask.</summary>
        private sealed class ConcurrentFindings
        {
            private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, Lazy<ImmutableArray<Diagnostic>>> _byMember =
                new System.Collections.Concurrent.ConcurrentDictionary<ISymbol, Lazy<ImmutableArray<Diagnostic>>>(SymbolEqualityComparer.Default);

            public ImmutableArray<Diagnostic> For(ISymbol member, Func<ImmutableArray<Diagnostic>> find) =>
                _byMember.GetOrAdd(member, _ => new Lazy<ImmutableArray<Diagnostic>>(find)).Value;
        }

        /// <summary>The member being analyzed and its diagnostics.</summary>
        private sealed class Site
        {
            public Site(ISymbol owner)
            {
                Owner = owner;
            }

            public ISymbol Owner { get; }

            public ImmutableArray<Diagnostic>.Builder Diagnostics { get; } = ImmutableArray.CreateBuilder<Diagnostic>();

            public void Add(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

            /// <summary>True when <paramref name="span"/> lies in the member's own declaration.</summary>
            public bool Contains(SyntaxTree tree, TextSpan span) =>
                Owner.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree && r.Span.Contains(span));
        }

        private static void AnalyzeInvocation(Site site, HostedPowerShell host, IInvocationOperation invocation)
        {
            if (host.AddCommandName(invocation) is { } nameArgument)
            {
                if (nameArgument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    AnalyzeCommand(site, name, nameArgument, () => host.ChainParameters(invocation), PowerShellDiagnostics.ShapeChain);
                }

                return;
            }

            if (host.IsImportPSModule(invocation))
            {
                foreach (IOperation element in ModuleNames(invocation))
                {
                    if (element.ConstantValue is { HasValue: true, Value: string module } && PowerShellSignInCatalog.FindRetiredModule(module) is { } retired)
                    {
                        site.Add(Diagnostic.Create(Descriptors.CFA3004RetiredModule, element.Syntax.GetLocation(), retired.Name, retired.Replacement));
                    }
                }

                return;
            }

            if (host.ScriptArgument(invocation) is { } script)
            {
                AnalyzeScriptText(site, host, script);
            }
        }

        private static void AnalyzeCreation(Site site, HostedPowerShell host, IObjectCreationOperation creation)
        {
            if (host.CommandObjectName(creation) is { } nameArgument)
            {
                if (nameArgument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    AnalyzeCommand(site, name, nameArgument, () => host.CommandObjectParameters(creation), PowerShellDiagnostics.ShapeCommand);
                }

                return;
            }

            if (host.ScriptArgument(creation) is { } script)
            {
                AnalyzeScriptText(site, host, script);
                return;
            }

            if (host.RemoteSessionCall(creation) is { } remote)
            {
                foreach (PsSignInCmdlet cmdlet in PowerShellSignInCatalog.Find(PowerShellSignInCatalog.RemoteSessionCmdlet))
                {
                    if (PowerShellSignInMatcher.CredentialOf(cmdlet, remote) is not null)
                    {
                        // Named after the C# type it is written with; the retired transport has no mechanical fix.
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(PowerShellDiagnostics.CmdletProperty, cmdlet.Key).Add(PowerShellDiagnostics.ShapeProperty, PowerShellDiagnostics.ShapeConnectionInfo);
                        site.Add(Diagnostic.Create(Descriptors.CFA3001HostedPowerShellSignIn, creation.Syntax.GetLocation(), properties, creation.Type!.Name, cmdlet.Module, cmdlet.ReplacementText));
                        return;
                    }
                }
            }
        }

        private static void AnalyzeCommand(Site site, string name, IArgumentOperation nameArgument, Func<List<HostParameter>> parameters, string shape)
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
                        site.Add(Diagnostic.Create(Descriptors.CFA3004RetiredModule, nameArgument.Value.Syntax.GetLocation(), retired.Name, retired.Replacement));
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
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(PowerShellDiagnostics.CmdletProperty, cmdlet.Key).Add(PowerShellDiagnostics.ShapeProperty, shape);
                    site.Add(Diagnostic.Create(Descriptors.CFA3001HostedPowerShellSignIn, nameArgument.Value.Syntax.GetLocation(), properties, cmdlet.Name, cmdlet.Module, cmdlet.ReplacementText));
                    return;
                }
            }
        }

        private static void AnalyzeScriptText(Site site, HostedPowerShell host, IArgumentOperation argument)
        {
            MappedText text = HostedPowerShell.ScriptText(argument.Value);
            string script = text.Text;
            if (!PowerShellSignInFinder.MayContainFindings(script))
            {
                return;
            }

            foreach (PsFinding finding in PowerShellSignInFinder.Find(PsScript.Parse(script)))
            {
                Location location = text.Map(finding.Start, finding.End) is { } span && site.Contains(text.Tree, span)
                    ? Location.Create(text.Tree, span)
                    : argument.Value.Syntax.GetLocation();
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(PowerShellDiagnostics.ShapeProperty, PowerShellDiagnostics.ShapeScript)
                    .Add(PowerShellDiagnostics.ScriptOffsetProperty, finding.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
                site.Add(PowerShellDiagnostics.Create(finding, location, Descriptors.CFA3001HostedPowerShellSignIn, properties));
            }
        }

        private static IEnumerable<IOperation> ModuleNames(IInvocationOperation invocation)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                // new[] { "MSOnline" }, or a local array of module names declared first.
                IOperation? value = argument.Value is null ? null : ValueFlow.Unwrap(ValueFlow.Origin(argument.Value));
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
