using System;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Base of the stored-password rules (CFA2002 hard-coded, CFA2003 from configuration): a password value reaching a
    /// catalog member (<see cref="PasswordSinks"/>), judged by where it came from. Diagnostics are reported where the
    /// value was written, which may lie outside the sink's operation but always inside the same member: they are
    /// collected per operation block and reported at its end, once per location. Only members that call a sink are
    /// analyzed (<see cref="SinkMembers"/>).
    /// </summary>
    public abstract class PasswordSinkAnalyzer : SingleRuleAnalyzer
    {
        private protected sealed override void Register(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (!SourceMentions.AnyName(start.Compilation, PasswordSinks.Names(symbols)))
                {
                    return;
                }

                // A member is analyzed when it calls a sink, or (for rules that follow passed values) passes a value the
                // rule judges to a method of the compilation whose parameter reaches one.
                Func<IOperation, bool>? judged = PassedValues;
                Func<IOperation, bool> mayBeSink = operation => PasswordSinks.MayBeSink(operation, symbols) || judged != null && PasswordParameters.Find(operation, symbols, judged).Any();
                SinkMembers.Register(start, PasswordSinks.Kinds, mayBeSink, block =>
                {
                    var diagnostics = new BlockDiagnostics();
                    block.RegisterOperationAction(
                        ctx =>
                        {
                            if (PasswordSinks.Find(ctx.Operation, symbols) is not { } flow)
                            {
                                if (PassedValues is { } judged)
                                {
                                    foreach (PasswordSinks.Flow passed in PasswordParameters.Find(ctx.Operation, symbols, judged))
                                    {
                                        if (Judge(ctx, passed, symbols) is { } found)
                                        {
                                            diagnostics.Add(found);
                                        }
                                    }
                                }

                                return;
                            }

                            if (flow.Api.Role == ApiRole.PasswordSignIn)
                            {
                                diagnostics.SawSignIn = true;
                            }

                            if (Judge(ctx, flow, symbols) is { } diagnostic)
                            {
                                diagnostics.Add(diagnostic);
                            }
                        },
                        PasswordSinks.Kinds);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        if (!(StandsDownForSignIns && diagnostics.SawSignIn))
                        {
                            diagnostics.Flush(end);
                        }
                    });
                });
            });
        }

        /// <summary>
        /// Whether the rule reports nothing in a member that also passes a password to a sign-in (a catalog row a sign-in rule
        /// reports): the sign-in's finding is the one for that site.
        /// </summary>
        private protected virtual bool StandsDownForSignIns => false;

        /// <summary>
        /// The origins of values a member passes to a method of the compilation whose parameter reaches a sink
        /// (<see cref="PasswordParameters"/>) that the rule judges (a hard-coded literal), tested before the method is looked
        /// at; null (the default) when the rule does not follow them: a configuration read passed to a helper is reported by
        /// the sign-in rule where the helper signs in, and a second finding at the read would repeat it.
        /// </summary>
        private protected virtual Func<IOperation, bool>? PassedValues => null;

        /// <summary>The diagnostic for a password that reached a sink, or null when its origin is not this rule's.</summary>
        private protected abstract Diagnostic? Judge(OperationAnalysisContext context, PasswordSinks.Flow flow, KnownApiSymbols symbols);

        /// <summary>The properties both rules give: the sink's catalog row and how the password reached it, for the fixes.</summary>
        private protected static ImmutableDictionary<string, string?> SinkProperties(PasswordSinks.Flow flow) =>
            ImmutableDictionary<string, string?>.Empty
                .Add(CatalogApiAnalyzer.ApiKeyProperty, flow.Api.Key)
                .Add(PasswordSinks.ShapeProperty, flow.Shape);
    }
}
