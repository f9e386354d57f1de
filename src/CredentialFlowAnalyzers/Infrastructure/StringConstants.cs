using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// The one way rules read string constants in code: each maximal constant (a literal, or a concatenation of
    /// constants, checked once as a whole) whose text passes the rule's cheap pre-filter is handed to the rule. Every
    /// string in a compilation goes through here, so the pre-filter must allocate nothing.
    /// </summary>
    internal static class StringConstants
    {
        public static void Register(CompilationStartAnalysisContext start, Func<string, bool> mayMatter, Action<OperationAnalysisContext, string> analyze) =>
            start.RegisterOperationAction(
                context =>
                {
                    if (IsOutermostStringConstant(context.Operation) && context.Operation.ConstantValue.Value is string text && mayMatter(text))
                    {
                        analyze(context, text);
                    }
                },
                OperationKind.Literal,
                OperationKind.Binary);

        /// <summary>
        /// Like <see cref="Register"/>, and an interpolated string counts as one string too: its text with every hole as
        /// <see cref="Hole"/> (a value only known at run time), handed over when one of its text parts passes the pre-filter.
        /// The text parts are then not handed over on their own.
        /// </summary>
        public static void RegisterWithInterpolations(CompilationStartAnalysisContext start, Func<string, bool> mayMatter, Action<OperationAnalysisContext, string> analyze) =>
            start.RegisterOperationAction(
                context =>
                {
                    IOperation operation = context.Operation;
                    if (operation is IInterpolatedStringOperation interpolated)
                    {
                        if (InterpolatedText(interpolated, mayMatter) is { } whole)
                        {
                            analyze(context, whole);
                        }
                    }
                    else if (IsOutermostStringConstant(operation) && operation.Parent is not IInterpolatedStringTextOperation
                        && operation.ConstantValue.Value is string text && mayMatter(text))
                    {
                        analyze(context, text);
                    }
                },
                OperationKind.Literal,
                OperationKind.Binary,
                OperationKind.InterpolatedString);

        /// <summary>Stands for an interpolation hole: a value that is not known until run time (never a key, never empty).</summary>
        public const char Hole = '\u0001';

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
            IsString(operation) && operation.ConstantValue.HasValue && operation.ConstantValue.Value is string
            && !(operation.Parent is IBinaryOperation parent && IsString(parent) && parent.ConstantValue.HasValue && parent.ConstantValue.Value is string)
            && !(operation.Parent is IParenthesizedOperation paren && paren.ConstantValue.HasValue);

        private static bool IsString(IOperation operation) => operation.Type?.SpecialType == SpecialType.System_String;
    }
}
