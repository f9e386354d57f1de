using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// Strings built in steps, with each piece's source: literals and constants (a const field's own literals when
    /// declared in the same file), concatenation, interpolation, <c>string.Format</c>, <c>string.Concat</c>,
    /// <c>StringBuilder</c> chains and a builder local's appends before the use, locals written once, and initialized
    /// fields of the same type (<see cref="Origin"/>). Token request bodies (CFA2001) and script text for hosted
    /// PowerShell (CFA3xxx) both read strings through here; a new way to build a string (a helper method, appends
    /// across statements of a string local) is one more case in <c>Add</c>.
    /// </summary>
    internal static partial class ValueFlow
    {
        private const int MaxStringDepth = 12;

        /// <summary>The pieces of the string <paramref name="value"/> evaluates to, in order.</summary>
        public static BuiltString StringPieces(IOperation value)
        {
            var walk = new StringWalk(KnownApiSymbols.Of(value));
            walk.Add(value, 0);
            return new BuiltString(walk.Pieces.ToImmutable(), walk.UsesBuilder);
        }

        /// <summary>
        /// A string local built across statements before <paramref name="use"/>: its one value (initializer or assignment)
        /// and the <c>+=</c> appends that follow, in source order (appends in a branch included). Null for any other shape.
        /// </summary>
        private static List<IOperation>? AppendedString(ILocalReferenceOperation use)
        {
            var steps = new List<(int Position, IOperation Value)>();
            int simpleWrites = 0;
            foreach (IOperation operation in Root(use).Descendants())
            {
                if (operation.Syntax.SpanStart >= use.Syntax.SpanStart)
                {
                    continue;
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, use.Local) && declarator.GetVariableInitializer() is { } initializer:
                        steps.Add((declarator.Syntax.SpanStart, initializer.Value));
                        simpleWrites++;
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, use.Local):
                        steps.Add((assignment.Syntax.SpanStart, assignment.Value));
                        simpleWrites++;
                        break;
                    case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation target } append when SymbolEqualityComparer.Default.Equals(target.Local, use.Local):
                        steps.Add((append.Syntax.SpanStart, append.Value));
                        break;
                }
            }

            return simpleWrites == 1 && steps.Count > 1 ? steps.OrderBy(s => s.Position).Select(s => s.Value).ToList() : null;
        }

        /// <summary>
        /// What a helper method in the same file returns, when it is one expression (expression body or a lone
        /// <c>return</c>) and cannot be overridden: a string built by a helper reads as that expression.
        /// </summary>
        private static IOperation? ReturnedBy(IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            if (method.ReturnType.SpecialType != SpecialType.System_String || method.IsVirtual || method.IsAbstract || method.IsOverride
                || method.DeclaringSyntaxReferences.Length != 1 || call.SemanticModel is not { } model)
            {
                return null;
            }

            SyntaxNode declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (declaration.SyntaxTree != model.SyntaxTree || declaration is not MethodDeclarationSyntax helper)
            {
                return null;
            }

            ExpressionSyntax? returned = helper.ExpressionBody?.Expression
                ?? (helper.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax { Expression: { } value } ? value : null);
            return returned is null ? null : model.GetOperation(returned);
        }

        private sealed class StringWalk
        {
            private readonly KnownApiSymbols? _symbols;

            public StringWalk(KnownApiSymbols? symbols)
            {
                _symbols = symbols;
            }

            public ImmutableArray<StringPiece>.Builder Pieces { get; } = ImmutableArray.CreateBuilder<StringPiece>();

            public bool UsesBuilder { get; private set; }

            public void Add(IOperation operation, int depth)
            {
                operation = Unwrap(operation);
                if (operation is ILiteralOperation { Syntax: LiteralExpressionSyntax literal } && literal.Token.Value is string)
                {
                    Pieces.Add(new StringPiece(StringPieceKind.Literal, literal.Token.ValueText, operation, literal.Token));
                    return;
                }

                if (operation is IFieldReferenceOperation { Field.IsConst: true } constField && ConstantLiterals(constField.Field, operation) is { } literals)
                {
                    foreach (SyntaxToken token in literals)
                    {
                        Pieces.Add(new StringPiece(StringPieceKind.Literal, token.ValueText, operation, token));
                    }

                    return;
                }

                if (operation.ConstantValue is { HasValue: true } constant)
                {
                    Constant(constant.Value?.ToString() ?? string.Empty, operation);
                    return;
                }

                if (depth > MaxStringDepth)
                {
                    Unknown(operation);
                    return;
                }

                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                        Add(add.LeftOperand, depth + 1);
                        Add(add.RightOperand, depth + 1);
                        return;

                    case IInterpolatedStringOperation interpolated:
                        AddInterpolated(interpolated, depth);
                        return;

                    case IInvocationOperation { TargetMethod.IsStatic: true } format when Is(format, KnownMembers.StringFormat) && AddFormat(format, depth):
                        return;

                    case IInvocationOperation { TargetMethod.IsStatic: true } concat when Is(concat, KnownMembers.StringConcat):
                        foreach (IOperation part in ArgumentValues(concat))
                        {
                            Add(part, depth + 1);
                        }

                        return;

                    case IInvocationOperation { Arguments.Length: 0, Instance: { } builder } toString when Is(toString, KnownMembers.StringBuilderToString):
                        AddBuilder(builder, toString.Syntax.SpanStart, depth + 1, followLocal: true);
                        return;

                    case ILocalReferenceOperation { Local.IsConst: false } builderLocal when _symbols?.IsType(builderLocal.Local.Type, KnownTypes.StringBuilder) == true:
                        AddBuilder(builderLocal, builderLocal.Syntax.SpanStart, depth + 1, followLocal: true);
                        return;

                    case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_String && SingleWrite(local) is { } written:
                        Add(written, depth + 1);
                        return;

                    case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_String && AppendedString(local) is { } steps:
                        foreach (IOperation step in steps)
                        {
                            Add(step, depth + 1);
                        }

                        return;

                    case IInvocationOperation call when ReturnedBy(call) is { } returned:
                        Add(returned, depth + 1);
                        return;

                    case IPropertyReferenceOperation newLine when _symbols?.Is(newLine.Property, KnownMembers.EnvironmentNewLine) == true:
                        Constant("\n", operation);
                        return;

                    case IFieldReferenceOperation _:
                    case IPropertyReferenceOperation _:
                        IOperation origin = Origin(operation);
                        if (!ReferenceEquals(origin, operation))
                        {
                            Add(origin, depth + 1);
                            return;
                        }

                        break;
                }

                Unknown(operation);
            }

            private void AddInterpolated(IInterpolatedStringOperation interpolated, int depth)
            {
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax textSyntax } textPart:
                            // Reported at the whole interpolated string: a text part is not a node users recognise.
                            Pieces.Add(new StringPiece(StringPieceKind.InterpolatedText, textPart.Text.ConstantValue.Value?.ToString() ?? string.Empty, interpolated, textSyntax.TextToken));
                            break;
                        case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                            Add(hole.Expression, depth + 1);
                            break;
                        default:
                            Unknown(part);
                            break;
                    }
                }
            }

            /// <summary>
            /// A <c>StringBuilder</c>'s content up to <paramref name="before"/>: the constructor argument, chained appends,
            /// and, for a local, its value and the appends on it in source order.
            /// </summary>
            private void AddBuilder(IOperation builder, int before, int depth, bool followLocal)
            {
                UsesBuilder = true;
                builder = Unwrap(builder);
                if (depth > MaxStringDepth)
                {
                    Unknown(builder);
                    return;
                }

                switch (builder)
                {
                    case IInvocationOperation { Instance: { } instance } append when IsAppend(append):
                        AddBuilder(instance, before, depth + 1, followLocal);
                        AddAppend(append, depth);
                        return;

                    case IObjectCreationOperation creation when _symbols?.IsType(creation.Type, KnownTypes.StringBuilder) == true:
                        if (creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                        {
                            Add(creation.Arguments[0].Value, depth + 1);
                        }

                        return;

                    case ILocalReferenceOperation local when followLocal:
                        if (SingleWrite(local) is { } initial)
                        {
                            AddBuilder(initial, before, depth + 1, followLocal: false);
                        }

                        foreach (IInvocationOperation append in AppendsOn(local, before))
                        {
                            AddAppend(append, depth);
                        }

                        return;

                    case ILocalReferenceOperation _:
                        return;
                }

                Unknown(builder);
            }

            /// <summary>Appends whose receiver chain starts at the builder local, before <paramref name="before"/>, in source order.</summary>
            private IEnumerable<IInvocationOperation> AppendsOn(ILocalReferenceOperation local, int before) =>
                Root(local).Descendants()
                    .OfType<IInvocationOperation>()
                    .Where(call => call.Syntax.SpanStart < before && IsAppend(call) && ChainRoot(call) is ILocalReferenceOperation root && SymbolEqualityComparer.Default.Equals(root.Local, local.Local))
                    .OrderBy(call => call.Syntax.SpanStart)
                    .ThenBy(call => call.Syntax.Span.Length);

            private IOperation? ChainRoot(IInvocationOperation call)
            {
                IOperation? current = call;
                while (current is IInvocationOperation { Instance: { } instance } link && IsAppend(link))
                {
                    current = Unwrap(instance);
                }

                return current;
            }

            private void AddAppend(IInvocationOperation append, int depth)
            {
                if (Is(append, KnownMembers.StringBuilderAppendFormat))
                {
                    if (!AddFormat(append, depth))
                    {
                        Unknown(append);
                    }
                }
                else if (append.Arguments.Length == 1)
                {
                    Add(append.Arguments[0].Value, depth + 1);
                }
                else if (append.Arguments.Length > 1)
                {
                    Unknown(append);
                }

                if (Is(append, KnownMembers.StringBuilderAppendLine))
                {
                    Constant("\n", append);
                }
            }

            /// <summary><c>string.Format(format, args)</c> / <c>AppendFormat</c> with a constant format: the text with the arguments in place.</summary>
            private bool AddFormat(IInvocationOperation call, int depth)
            {
                List<IOperation> values = ArgumentValues(call).ToList();
                int formatIndex = values.FindIndex(v => v.Type?.SpecialType == SpecialType.System_String && ConstantString(v) != null);
                if (formatIndex < 0 || ConstantString(values[formatIndex]) is not { } format)
                {
                    return false;
                }

                IOperation formatOperation = Unwrap(values[formatIndex]);
                List<IOperation> arguments = values.Skip(formatIndex + 1).ToList();
                var pieces = new List<(string? Text, IOperation? Argument)>();
                var text = new StringBuilder();
                for (int i = 0; i < format.Length; i++)
                {
                    char c = format[i];
                    if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
                    {
                        text.Append(c);
                        i++;
                        continue;
                    }

                    if (c != '{')
                    {
                        text.Append(c);
                        continue;
                    }

                    int close = format.IndexOf('}', i);
                    if (close < 0)
                    {
                        return false;
                    }

                    string hole = format.Substring(i + 1, close - i - 1);
                    int end = hole.IndexOfAny(new[] { ',', ':' });
                    string number = end < 0 ? hole : hole.Substring(0, end);
                    pieces.Add((text.ToString(), null));
                    text.Clear();
                    pieces.Add((null, end < 0 && int.TryParse(number, out int index) && index >= 0 && index < arguments.Count ? arguments[index] : null));
                    i = close;
                }

                pieces.Add((text.ToString(), null));
                foreach ((string? known, IOperation? argument) in pieces)
                {
                    if (known != null)
                    {
                        Constant(known, formatOperation);
                    }
                    else if (argument != null)
                    {
                        Add(argument, depth + 1);
                    }
                    else
                    {
                        Unknown(call);
                    }
                }

                return true;
            }

            private void Constant(string text, IOperation source) => Pieces.Add(new StringPiece(StringPieceKind.Constant, text, source));

            private void Unknown(IOperation source) => Pieces.Add(new StringPiece(StringPieceKind.Unknown, string.Empty, source));

            private bool Is(IInvocationOperation call, KnownMember member) => _symbols?.Is(call.TargetMethod, member) == true;

            private bool IsAppend(IInvocationOperation call) => Is(call, KnownMembers.StringBuilderAppend) || Is(call, KnownMembers.StringBuilderAppendFormat);
        }

        /// <summary>A const field's initializer when it is declared in the same file and is one literal or a concatenation of literals.</summary>
        private static List<SyntaxToken>? ConstantLiterals(IFieldSymbol field, IOperation use)
        {
            if (field.DeclaringSyntaxReferences.Length != 1
                || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value }
                || value.SyntaxTree != use.Syntax.SyntaxTree)
            {
                return null;
            }

            var literals = new List<SyntaxToken>();
            return CollectLiterals(value, literals) ? literals : null;
        }

        private static bool CollectLiterals(ExpressionSyntax expression, List<SyntaxToken> literals)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.Token.Value is string:
                    literals.Add(literal.Token);
                    return true;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return CollectLiterals(binary.Left, literals) && CollectLiterals(binary.Right, literals);
                case ParenthesizedExpressionSyntax parenthesized:
                    return CollectLiterals(parenthesized.Expression, literals);
                default:
                    return false;
            }
        }

        /// <summary>Argument values in order, with a <c>params</c> array expanded.</summary>
        private static IEnumerable<IOperation> ArgumentValues(IInvocationOperation call)
        {
            foreach (IArgumentOperation argument in call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        yield return element;
                    }
                }
                else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    yield return argument.Value;
                }
            }
        }
    }
}
