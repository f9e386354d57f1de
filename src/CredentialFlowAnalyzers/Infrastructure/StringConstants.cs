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
        /// For a string constant expression: true when no enclosing expression is a larger string constant (so a
        /// concatenation of literals is checked once, as a whole).
        /// </summary>
        private static bool IsOutermostStringConstant(IOperation operation) =>
            operation.ConstantValue.HasValue && operation.ConstantValue.Value is string
            && !(operation.Parent is IBinaryOperation parent && parent.ConstantValue.HasValue && parent.ConstantValue.Value is string)
            && !(operation.Parent is IParenthesizedOperation paren && paren.ConstantValue.HasValue);
    }
}
