using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// The one way rules read string constants in code: each maximal constant (a literal, or a concatenation of
    /// constants, checked once as a whole) whose text passes the rule's cheap pre-filter is handed to the rule.
    /// </summary>
    /// <remarks>
    /// Every string a string rule can report contains one of <see cref="Words"/>. So instead of one callback per literal
    /// and operator of the compilation, one pass per syntax tree, shared by the rules that read strings, searches the
    /// tree's text for those words; only the string tokens that hold one are looked up, and only the expressions built
    /// from them (the literal, the concatenations and the interpolated string around it) are judged, with the same
    /// tests a callback per operation would apply. Not seen: a word split across concatenated literals or written with
    /// escape sequences, as in <see cref="SourceMentions"/>.
    /// </remarks>
    internal static class StringConstants
    {
        /// <summary>The words, in any case, that every string the rules read contains: a connection string's <c>auth...</c> key, or a password value.</summary>
        private static readonly ImmutableArray<string> Words = ImmutableArray.Create(ConnectionStringKeywords.PreFilter, SourceMentions.Password);

        /// <summary>The candidate string operations of each tree, found once and shared by the rules (dropped with the semantic model).</summary>
        private static readonly ConditionalWeakTable<SemanticModel, Candidates> Cache = new ConditionalWeakTable<SemanticModel, Candidates>();

        /// <summary>Hands each string constant of a tree whose text passes <paramref name="mayMatter"/> to <paramref name="analyze"/>.</summary>
        public static void Register(CompilationStartAnalysisContext start, Func<string, bool> mayMatter, Action<SemanticModelAnalysisContext, IOperation, string> analyze) =>
            start.RegisterSemanticModelAction(context =>
            {
                foreach (IOperation operation in CandidatesOf(context.SemanticModel, context.CancellationToken))
                {
                    if (IsOutermostStringConstant(operation) && operation.ConstantValue.Value is string text && mayMatter(text))
                    {
                        analyze(context, operation, text);
                    }
                }
            });

        /// <summary>
        /// Like <see cref="Register"/>, and an interpolated string counts as one string too: its text with every hole as
        /// <see cref="Hole"/> (a value only known at run time), handed over when one of its text parts passes the pre-filter.
        /// The text parts are then not handed over on their own.
        /// </summary>
        public static void RegisterWithInterpolations(CompilationStartAnalysisContext start, Func<string, bool> mayMatter, Action<SemanticModelAnalysisContext, IOperation, string> analyze) =>
            start.RegisterSemanticModelAction(context =>
            {
                foreach (IOperation operation in CandidatesOf(context.SemanticModel, context.CancellationToken))
                {
                    if (operation is IInterpolatedStringOperation interpolated)
                    {
                        if (InterpolatedText(interpolated, mayMatter) is { } whole)
                        {
                            analyze(context, operation, whole);
                        }
                    }
                    else if (IsOutermostStringConstant(operation) && operation.Parent is not IInterpolatedStringTextOperation
                        && operation.ConstantValue.Value is string text && mayMatter(text))
                    {
                        analyze(context, operation, text);
                    }
                }
            });

        /// <summary>Stands for an interpolation hole: a value that is not known until run time (never a key, never empty).</summary>
        public const char Hole = '\u0001';

        private static ImmutableArray<IOperation> CandidatesOf(SemanticModel model, CancellationToken cancellationToken) =>
            Cache.GetValue(model, m => new Candidates(Find(m, cancellationToken))).Operations;

        /// <summary>
        /// The literals, binary operators and interpolated strings whose syntax holds a string token with one of
        /// <see cref="Words"/>: the token's literal and the concatenations and interpolated string it is part of, in source order.
        /// </summary>
        private static ImmutableArray<IOperation> Find(SemanticModel model, CancellationToken cancellationToken)
        {
            SyntaxTree tree = model.SyntaxTree;
            List<int> positions = SourceMentions.Positions(tree.GetText(cancellationToken), Words);
            if (positions.Count == 0)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            SyntaxNode root = tree.GetRoot(cancellationToken);
            var seen = new HashSet<SyntaxNode>();
            ImmutableArray<IOperation>.Builder found = ImmutableArray.CreateBuilder<IOperation>();
            foreach (int position in positions)
            {
                SyntaxToken token = root.FindToken(position);
                if (!token.Span.Contains(position) || !IsStringToken(token))
                {
                    continue;
                }

                // Up the expressions a string constant can be built of; a node seen before had its ancestors looked at too.
                for (SyntaxNode? node = token.Parent; node != null && BuildsString(node) && seen.Add(node); node = node.Parent)
                {
                    if (model.GetOperation(node, cancellationToken) is { } operation)
                    {
                        AddStringOperations(operation, node, found);
                    }
                }
            }

            return found.ToImmutable();
        }

        /// <summary>The operation and those below it with the same syntax (an implicit conversion, an interpolated text part's literal) that can be string constants.</summary>
        private static void AddStringOperations(IOperation operation, SyntaxNode node, ImmutableArray<IOperation>.Builder found)
        {
            if (operation.Kind is OperationKind.Literal or OperationKind.Binary or OperationKind.InterpolatedString)
            {
                found.Add(operation);
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                if (child.Syntax == node)
                {
                    AddStringOperations(child, node, found);
                }
            }
        }

        private static bool IsStringToken(SyntaxToken token) =>
            token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken;

        private static bool BuildsString(SyntaxNode node) =>
            node is LiteralExpressionSyntax or InterpolatedStringTextSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax or ParenthesizedExpressionSyntax;

        private static string? InterpolatedText(IInterpolatedStringOperation interpolated, Func<string, bool> mayMatter)
        {
            bool any = false;
            foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
            {
                if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text } && mayMatter(text))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return null;
            }

            var builder = new System.Text.StringBuilder();
            foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
            {
                if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text })
                {
                    builder.Append(text);
                }
                else
                {
                    builder.Append(Hole);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// For a string constant expression: true when no enclosing expression is a larger string constant (so a
        /// concatenation of literals is checked once, as a whole).
        /// </summary>
        /// <remarks>
        /// The type is tested first: most literals and binary operators are numbers, and reading their constant value
        /// boxes it on every access.
        /// </remarks>
        private static bool IsOutermostStringConstant(IOperation operation) =>
            operation.Kind is OperationKind.Literal or OperationKind.Binary
            && IsString(operation) && operation.ConstantValue.HasValue && operation.ConstantValue.Value is string
            && !(operation.Parent is IBinaryOperation parent && IsString(parent) && parent.ConstantValue.HasValue && parent.ConstantValue.Value is string)
            && !(operation.Parent is IParenthesizedOperation paren && paren.ConstantValue.HasValue);

        private static bool IsString(IOperation operation) => operation.Type?.SpecialType == SpecialType.System_String;

        /// <summary>A tree's candidates, boxed for the cache.</summary>
        private sealed class Candidates
        {
            public Candidates(ImmutableArray<IOperation> operations)
            {
                Operations = operations;
            }

            public ImmutableArray<IOperation> Operations { get; }
        }
    }
}
