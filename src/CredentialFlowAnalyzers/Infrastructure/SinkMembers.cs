using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Per-member analysis only in the members that call a sink. Rules that report where a value was written (a
    /// dictionary entry, a <c>foreach</c> collection) analyze a member in an operation block, so the diagnostic is local
    /// to the member (the IDE offers fixes only for local diagnostics); opening a block in every member of every
    /// compilation is what those rules cost on ordinary code. Instead one operation action tests each call, construction
    /// or assignment with the rule's cheap sink test and marks the member when it passes; the block start registers the
    /// rule's analysis only in marked members. The driver runs an analyzer's operation actions on a member before its
    /// operation blocks, on every operation of the member (also when the IDE analyzes a span, since the analyzer has
    /// block start actions); when a span is analyzed, every member in it is analyzed anyway.
    /// </summary>
    internal sealed class SinkMembers
    {
        /// <summary>The root operations of the members with a possible sink (dropped with the operation trees).</summary>
        private readonly ConditionalWeakTable<IOperation, object> _marked = new ConditionalWeakTable<IOperation, object>();

        private SinkMembers()
        {
        }

        /// <summary>
        /// Registers <paramref name="analyzeMember"/> (an operation block start) for the members where an operation of
        /// <paramref name="sinkKinds"/> passes <paramref name="mayBeSink"/>, which must hold for every operation the
        /// member analysis can report from.
        /// </summary>
        public static void Register(CompilationStartAnalysisContext start, ImmutableArray<OperationKind> sinkKinds, Func<IOperation, bool> mayBeSink, Action<OperationBlockStartAnalysisContext> analyzeMember)
        {
            var members = new SinkMembers();
            start.RegisterOperationAction(
                context =>
                {
                    if (mayBeSink(context.Operation))
                    {
                        members._marked.GetOrCreateValue(ValueFlow.Root(context.Operation));
                    }
                },
                sinkKinds);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.FilterSpan.HasValue || members.AnyMarked(block.OperationBlocks))
                {
                    analyzeMember(block);
                }
            });
        }

        private bool AnyMarked(ImmutableArray<IOperation> blocks)
        {
            foreach (IOperation block in blocks)
            {
                if (_marked.TryGetValue(ValueFlow.Root(block), out _))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
