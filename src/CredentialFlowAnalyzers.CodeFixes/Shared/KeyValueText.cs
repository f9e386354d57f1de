using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Text of <c>key=value</c> pairs (a form body split by <c>&amp;</c>, a connection string split by <c>;</c>) written as a
    /// string literal, an interpolated string, or a <c>+</c> chain of literals and other expressions, as the code holds
    /// it. Pairs can be removed, given another value, or added; <see cref="Build"/> writes the result in the same shape:
    /// a chain stays a chain, its line breaks kept, and literals that end up next to each other are merged.
    /// </summary>
    internal sealed class KeyValueText
    {
        private readonly char _separator;
        private readonly ExpressionSyntax _original;
        private readonly Shape _shape;
        private readonly List<Part> _parts;

        /// <summary>
        /// The <c>+</c> of a chain by the operand it stands before (original operands only), with the trivia that ends the
        /// operand before it (a line break written before the <c>+</c>).
        /// </summary>
        private readonly Dictionary<int, (SyntaxTriviaList Before, SyntaxToken Operator)> _operators;

        private KeyValueText(char separator, ExpressionSyntax original, Shape shape, List<Part> parts, Dictionary<int, (SyntaxTriviaList Before, SyntaxToken Operator)> operators)
        {
            _separator = separator;
            _original = original;
            _shape = shape;
            _parts = parts;
            _operators = operators;
        }

        private enum Shape
        {
            Literal,
            Interpolated,
            Chain,
        }

        /// <summary>The pairs as the text has them now.</summary>
        public IReadOnlyList<Pair> Pairs => Split();

        /// <summary>Parses <paramref name="expression"/>, or null when it is not text this class can rewrite.</summary>
        public static KeyValueText? Parse(ExpressionSyntax expression, char separator)
        {
            var parts = new List<Part>();
            var operators = new Dictionary<int, (SyntaxTriviaList, SyntaxToken)>();
            switch (expression)
            {
                case LiteralExpressionSyntax literal when IsPlainString(literal):
                    parts.Add(Part.Text(literal.Token.ValueText, 0));
                    return new KeyValueText(separator, expression, Shape.Literal, parts, operators);

                case InterpolatedStringExpressionSyntax interpolated when interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken):
                    foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text)
                        {
                            parts.Add(Part.Text(text.TextToken.ValueText, 0));
                        }
                        else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole)
                        {
                            parts.Add(Part.Hole(hole.Expression, 0));
                        }
                        else
                        {
                            return null;
                        }
                    }

                    return new KeyValueText(separator, expression, Shape.Interpolated, parts, operators);

                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }:
                    var operands = new List<ExpressionSyntax>();
                    Flatten(expression, operands, operators);
                    for (int i = 0; i < operands.Count; i++)
                    {
                        parts.Add(operands[i] is LiteralExpressionSyntax operand && IsPlainString(operand)
                            ? Part.Text(operand.Token.ValueText, i)
                            : Part.Hole(operands[i], i));
                    }

                    // A chain that starts with something other than text may be numeric addition: not ours.
                    return parts[0].IsText ? new KeyValueText(separator, expression, Shape.Chain, parts, operators) : null;

                default:
                    return null;
            }
        }

        /// <summary>Removes a pair and the separator that joined it to the text.</summary>
        public void Remove(Pair pair)
        {
            int start = pair.Start;
            int end = pair.End;

            // Take the separator before the pair, or after it for the first pair.
            if (start > 0)
            {
                start--;
            }
            else if (end < TotalLength && CharAt(end) == _separator)
            {
                end++;
            }

            Cut(start, end);
        }

        /// <summary>Gives a pair a text value.</summary>
        public void SetValue(Pair pair, string value) => Replace(pair.ValueStart, pair.End, new[] { Part.Text(value, -1) });

        /// <summary>Gives a pair a value computed at run time.</summary>
        public void SetValue(Pair pair, ExpressionSyntax value) => Replace(pair.ValueStart, pair.End, new[] { Part.Hole(value, -1) });

        /// <summary>Renames a pair's key.</summary>
        public void SetKey(Pair pair, string key) => Replace(pair.Start, pair.KeyEnd, new[] { Part.Text(key, -1) });

        /// <summary>Adds <c>key=value</c> right after <paramref name="anchor"/>.</summary>
        public void InsertAfter(Pair anchor, string key, ExpressionSyntax value) =>
            Replace(anchor.End, anchor.End, new[] { Part.Text(_separator + key + "=", -1), Part.Hole(value, -1) });

        /// <summary>Adds <c>key=value</c> at the end.</summary>
        public void Append(string key, ExpressionSyntax value) =>
            Replace(TotalLength, TotalLength, new[] { Part.Text((TotalLength > 0 ? _separator.ToString() : string.Empty) + key + "=", -1), Part.Hole(value, -1) });

        /// <summary>The text written back in the shape it came in (a literal with no value computed at run time stays a literal).</summary>
        public ExpressionSyntax Build()
        {
            List<Part> parts = Merged();
            ExpressionSyntax result;
            if (_shape == Shape.Chain && parts.Any(p => !p.IsText))
            {
                result = BuildChain(parts);
            }
            else if (parts.All(p => p.IsText))
            {
                string text = string.Concat(parts.Select(p => p.Value));
                bool verbatim = _original is LiteralExpressionSyntax original && original.Token.Text.StartsWith("@", StringComparison.Ordinal);
                result = verbatim
                    ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("@\"" + text.Replace("\"", "\"\"") + "\"", text))
                    : FixHelpers.StringLiteral(text);
            }
            else
            {
                var contents = parts.Select(p => p.IsText
                    ? (InterpolatedStringContentSyntax)SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, Escape(p.Value), p.Value, default))
                    : SyntaxFactory.Interpolation(p.Expression!.WithoutTrivia()));
                result = SyntaxFactory.InterpolatedStringExpression(SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken), SyntaxFactory.List(contents), SyntaxFactory.Token(SyntaxKind.InterpolatedStringEndToken));
            }

            return result.WithTriviaFrom(_original);
        }

        /// <summary>A <c>+</c> chain of the parts: original operands keep the operator (and line break) they had; new ones copy their neighbours'.</summary>
        private ExpressionSyntax BuildChain(List<Part> parts)
        {
            ExpressionSyntax? chain = null;
            (SyntaxTriviaList, SyntaxToken) defaultOperator = (SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxFactory.Token(SyntaxKind.PlusToken).WithTrailingTrivia(SyntaxFactory.Space));
            for (int i = 0; i < parts.Count; i++)
            {
                Part part = parts[i];
                ExpressionSyntax operand = (part.IsText ? FixHelpers.StringLiteral(part.Value) : part.Expression!).WithoutTrivia();
                if (chain is null)
                {
                    chain = operand;
                    continue;
                }

                (SyntaxTriviaList before, SyntaxToken op) = part.Operand >= 0 && part.IsOriginalOperand && _operators.TryGetValue(part.Operand, out var own)
                    ? own
                    : NeighbourOperator(parts, i, part.IsText) ?? defaultOperator;
                chain = SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, chain.WithTrailingTrivia(before), op, operand);
            }

            return chain!;
        }

        /// <summary>For a new operand: the operator before the next original operand of the same kind (text or not), else the previous one.</summary>
        private (SyntaxTriviaList, SyntaxToken)? NeighbourOperator(List<Part> parts, int index, bool text)
        {
            foreach (Part next in parts.Skip(index + 1).Concat(parts.Take(index).Reverse()))
            {
                if (next.IsText == text && next.Operand > 0 && next.IsOriginalOperand && _operators.TryGetValue(next.Operand, out var op))
                {
                    return op;
                }
            }

            return _operators.Count > 0 ? _operators.OrderBy(o => o.Key).First().Value : ((SyntaxTriviaList, SyntaxToken)?)null;
        }

        private static void Flatten(ExpressionSyntax expression, List<ExpressionSyntax> operands, Dictionary<int, (SyntaxTriviaList, SyntaxToken)> operators)
        {
            if (expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add)
            {
                Flatten(add.Left, operands, operators);
                operators[operands.Count] = (add.Left.GetTrailingTrivia(), add.OperatorToken);
                Flatten(add.Right, operands, operators);
                return;
            }

            operands.Add(expression);
        }

        /// <summary>Adjacent texts joined (a text keeps the operand it started in; a merged one is no longer that operand alone).</summary>
        private List<Part> Merged()
        {
            var result = new List<Part>();
            foreach (Part part in _parts.Where(p => !p.IsText || p.Value.Length > 0))
            {
                if (part.IsText && result.Count > 0 && result[result.Count - 1].IsText)
                {
                    Part previous = result[result.Count - 1];
                    result[result.Count - 1] = Part.Text(previous.Value + part.Value, previous.Operand, previous.IsOriginalOperand);
                    continue;
                }

                result.Add(part);
            }

            return result;
        }

        private int TotalLength => _parts.Sum(p => p.Length);

        private char CharAt(int position)
        {
            foreach (Part part in _parts)
            {
                if (position < part.Length)
                {
                    return part.IsText ? part.Value[position] : '\0';
                }

                position -= part.Length;
            }

            return '\0';
        }

        /// <summary>Removes the characters in [start, end): a hole inside the range goes whole.</summary>
        private void Cut(int start, int end) => Replace(start, end, Array.Empty<Part>());

        /// <summary>Replaces the characters in [start, end) (holes count as one character) with <paramref name="insert"/>.</summary>
        private void Replace(int start, int end, IReadOnlyList<Part> insert)
        {
            var result = new List<Part>();
            int offset = 0;
            bool inserted = false;
            foreach (Part part in _parts)
            {
                int partStart = offset;
                int partEnd = offset + part.Length;
                offset = partEnd;

                if (!inserted && start <= partStart && (start < partEnd || part.Length == 0 && start == partStart))
                {
                    // The insertion point is at the very start of this part.
                    if (start == partStart)
                    {
                        result.AddRange(insert);
                        inserted = true;
                    }
                }

                if (part.IsText)
                {
                    string before = partStart < start ? part.Value.Substring(0, Math.Min(part.Length, start - partStart)) : string.Empty;
                    string after = partEnd > end ? part.Value.Substring(Math.Max(0, end - partStart)) : string.Empty;
                    if (partEnd <= start || partStart >= end)
                    {
                        result.Add(part);
                    }
                    else
                    {
                        if (before.Length > 0)
                        {
                            result.Add(Part.Text(before, part.Operand, part.IsOriginalOperand));
                        }

                        if (!inserted)
                        {
                            result.AddRange(insert);
                            inserted = true;
                        }

                        if (after.Length > 0)
                        {
                            // The rest of a split literal is no longer the operand alone: it keeps no operator of its own.
                            result.Add(Part.Text(after, before.Length > 0 || !inserted ? -1 : part.Operand, before.Length == 0 && part.IsOriginalOperand && insert.Count == 0));
                        }
                    }
                }
                else if (partEnd <= start || partStart >= end)
                {
                    result.Add(part);
                }
                else if (!inserted)
                {
                    result.AddRange(insert);
                    inserted = true;
                }
            }

            if (!inserted)
            {
                result.AddRange(insert);
            }

            _parts.Clear();
            _parts.AddRange(result);
        }

        private List<Pair> Split()
        {
            var pairs = new List<Pair>();
            int offset = 0;
            int pairStart = 0;
            int keyEnd = -1;
            var holes = new List<ExpressionSyntax>();
            var text = new StringBuilder();

            void Close(int end)
            {
                if (end > pairStart)
                {
                    string raw = text.ToString();
                    int equals = keyEnd >= 0 ? keyEnd - pairStart : -1;
                    string? key = equals >= 0 ? raw.Substring(0, equals).Trim() : null;
                    string? value = equals >= 0 && holes.Count == 0 ? raw.Substring(equals + 1).Trim() : null;
                    pairs.Add(new Pair(key, value, holes.Count == 1 && equals >= 0 && raw.Substring(equals + 1).Trim().Length == 0 ? holes[0] : null, pairStart, keyEnd >= 0 ? keyEnd : end, keyEnd >= 0 ? keyEnd + 1 : end, end));
                }

                holes.Clear();
                text.Clear();
                keyEnd = -1;
            }

            foreach (Part part in _parts)
            {
                if (!part.IsText)
                {
                    holes.Add(part.Expression!);
                    offset++;
                    continue;
                }

                foreach (char c in part.Value)
                {
                    if (c == _separator)
                    {
                        Close(offset);
                        pairStart = offset + 1;
                    }
                    else
                    {
                        if (c == '=' && keyEnd < 0 && holes.Count == 0)
                        {
                            keyEnd = offset;
                        }

                        text.Append(c);
                    }

                    offset++;
                }
            }

            Close(offset);
            return pairs;
        }

        private static bool IsPlainString(LiteralExpressionSyntax literal) =>
            literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.Text.StartsWith("\"", StringComparison.Ordinal) || literal.Token.Text.StartsWith("@\"", StringComparison.Ordinal);

        private static string Escape(string text) =>
            SyntaxFactory.Literal(text).Text.Substring(1, SyntaxFactory.Literal(text).Text.Length - 2).Replace("{", "{{").Replace("}", "}}");

        /// <summary>One <c>key=value</c> pair, with its place in the text (holes count as one character).</summary>
        public sealed class Pair
        {
            public Pair(string? key, string? value, ExpressionSyntax? valueExpression, int start, int keyEnd, int valueStart, int end)
            {
                Key = key;
                Value = value;
                ValueExpression = valueExpression;
                Start = start;
                KeyEnd = keyEnd;
                ValueStart = valueStart;
                End = end;
            }

            /// <summary>The key as written (trimmed), null without <c>=</c>.</summary>
            public string? Key { get; }

            /// <summary>The value when it is all text (trimmed).</summary>
            public string? Value { get; }

            /// <summary>The value when it is exactly one expression computed at run time.</summary>
            public ExpressionSyntax? ValueExpression { get; }

            public int Start { get; }

            public int KeyEnd { get; }

            public int ValueStart { get; }

            public int End { get; }
        }

        /// <summary>Text, or an expression computed at run time (a hole), and the chain operand it came from.</summary>
        private sealed class Part
        {
            private Part(string value, ExpressionSyntax? expression, int operand, bool isOriginalOperand)
            {
                Value = value;
                Expression = expression;
                Operand = operand;
                IsOriginalOperand = isOriginalOperand;
            }

            public string Value { get; }

            public ExpressionSyntax? Expression { get; }

            /// <summary>Index of the chain operand this part is (or starts), or -1 for new text.</summary>
            public int Operand { get; }

            /// <summary>True when the part is still its original operand as a whole (it keeps that operand's operator and trivia).</summary>
            public bool IsOriginalOperand { get; }

            public bool IsText => Expression is null;

            public int Length => IsText ? Value.Length : 1;

            public static Part Text(string value, int operand, bool isOriginalOperand = true) => new Part(value, null, operand, operand >= 0 && isOriginalOperand);

            public static Part Hole(ExpressionSyntax expression, int operand) => new Part(string.Empty, expression, operand, operand >= 0);
        }
    }
}
