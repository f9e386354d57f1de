using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Reads OAuth token request bodies out of code, for CFA2001: key/value collections (dictionary and collection
    /// initializers, <c>KeyValuePair</c> lists and arrays, <c>NameValueCollection</c>, later <c>Add</c> calls and indexer
    /// assignments on a local) and string bodies (literals, constants, concatenation, interpolation,
    /// <c>string.Format</c>, <c>string.Concat</c>, <c>StringBuilder</c> append chains). Values that cannot be known
    /// at compile time are placeholders; constants and single-assignment locals are followed (<see cref="LocalValueFlow"/>).
    /// </summary>
    internal static class FormBody
    {
        public const string GrantTypeKey = "grant_type";
        public const string PasswordGrant = "password";

        /// <summary>Stands for a value the analyzer cannot know; never equal to a key or grant name.</summary>
        private const char Unknown = '\u0000';

        private const int MaxDepth = 12;

        /// <summary>One entry of a key/value body: <c>["k"] = v</c>, <c>{ "k", v }</c>, <c>new KeyValuePair&lt;,&gt;("k", v)</c>, <c>x.Add("k", v)</c>.</summary>
        internal sealed class Entry
        {
            public Entry(IOperation key, IOperation value, IOperation node)
            {
                Key = key;
                Value = value;
                Node = node;
            }

            public IOperation Key { get; }

            public IOperation Value { get; }

            /// <summary>The whole entry: the initializer element, the pair creation, the Add call or the indexer assignment.</summary>
            public IOperation Node { get; }

            public string? KeyText => LocalValueFlow.ConstantString(Key);

            public string? ValueText => LocalValueFlow.ConstantString(Value);
        }

        /// <summary>True when the entry is <c>grant_type</c> = <c>password</c> (the values may be constants).</summary>
        public static bool IsPasswordGrant(Entry entry) =>
            string.Equals(entry.KeyText, GrantTypeKey, StringComparison.Ordinal)
            && string.Equals(entry.ValueText?.Trim(), PasswordGrant, StringComparison.Ordinal);

        /// <summary>The entries of a key/value collection passed to a sink (empty when its shape is not recognized).</summary>
        public static List<Entry> Entries(IOperation collection)
        {
            var entries = new List<Entry>();
            CollectEntries(collection, entries, 0);
            return entries;
        }

        private static void CollectEntries(IOperation collection, List<Entry> entries, int depth)
        {
            collection = LocalValueFlow.Unwrap(collection);
            if (depth > MaxDepth)
            {
                return;
            }

            switch (collection)
            {
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (IOperation element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case IInvocationOperation { Arguments.Length: 2 } pair:
                                entries.Add(new Entry(pair.Arguments[0].Value, pair.Arguments[1].Value, pair));
                                break;
                            case IInvocationOperation { Arguments.Length: 1 } single:
                                AddPair(single.Arguments[0].Value, entries);
                                break;
                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                                entries.Add(new Entry(indexer.Arguments[0].Value, assignment.Value, assignment));
                                break;
                        }
                    }

                    break;

                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    foreach (IOperation element in arrayInitializer.ElementValues)
                    {
                        AddPair(element, entries);
                    }

                    break;

                case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "AsEnumerable" } conversion:
                    IOperation? source = conversion.Instance ?? (conversion.Arguments.Length > 0 ? conversion.Arguments[0].Value : null);
                    if (source != null)
                    {
                        CollectEntries(source, entries, depth + 1);
                    }

                    break;

                case ILocalReferenceOperation local:
                    if (LocalValueFlow.SingleWrite(local) is { } initial)
                    {
                        CollectEntries(initial, entries, depth + 1);
                    }

                    foreach (IOperation operation in LocalValueFlow.Root(local).Descendants())
                    {
                        switch (operation)
                        {
                            case IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation receiver } add when SameLocal(receiver, local):
                                if (add.Arguments.Length == 2)
                                {
                                    entries.Add(new Entry(add.Arguments[0].Value, add.Arguments[1].Value, add));
                                }
                                else if (add.Arguments.Length == 1)
                                {
                                    AddPair(add.Arguments[0].Value, entries);
                                }

                                break;

                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1, Instance: ILocalReferenceOperation receiver } indexer } assignment when SameLocal(receiver, local):
                                entries.Add(new Entry(indexer.Arguments[0].Value, assignment.Value, assignment));
                                break;
                        }
                    }

                    break;
            }
        }

        private static bool SameLocal(ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local);

        private static void AddPair(IOperation pair, List<Entry> entries)
        {
            pair = LocalValueFlow.Unwrap(pair);
            switch (pair)
            {
                case IObjectCreationOperation { Arguments.Length: 2 } creation when KnownApiSymbols.Of(creation)?.IsType(creation.Type, KnownTypes.KeyValuePair) == true:
                    entries.Add(new Entry(creation.Arguments[0].Value, creation.Arguments[1].Value, creation));
                    break;
                case IInvocationOperation { Arguments.Length: 2 } create when Is(create, KnownMembers.KeyValuePairCreate):
                    entries.Add(new Entry(create.Arguments[0].Value, create.Arguments[1].Value, create));
                    break;
            }
        }

        /// <summary>A piece of a string body: known text, or a value only known at run time.</summary>
        internal sealed class Segment
        {
            public Segment(string text, IOperation source)
            {
                Text = text;
                Source = source;
            }

            public string Text { get; }

            public IOperation Source { get; }
        }

        /// <summary>
        /// The pieces of a string body in order. Maximal constant sub-expressions are one piece each, so the piece
        /// that holds <c>grant_type=password</c> is the literal (or constant) to report.
        /// </summary>
        public static List<Segment> Segments(IOperation body)
        {
            var segments = new List<Segment>();
            Flatten(body, segments, 0);
            return segments;
        }

        /// <summary>
        /// Finds the <c>grant_type=password</c> pair in a string body; returns the piece where the pair starts.
        /// A cheap ordinal-ignore-case search for "password" runs before the body is parsed.
        /// </summary>
        public static Segment? FindPasswordGrant(List<Segment> segments)
        {
            var text = new StringBuilder();
            var owners = new List<int>();
            for (int i = 0; i < segments.Count; i++)
            {
                text.Append(segments[i].Text);
                owners.AddRange(Enumerable.Repeat(i, segments[i].Text.Length));
            }

            string body = text.ToString();
            if (body.IndexOf(PasswordGrant, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            int start = 0;
            foreach (string pair in body.Split('&'))
            {
                int equals = pair.IndexOf('=');
                if (equals > 0)
                {
                    string key = pair.Substring(0, equals).Trim().TrimStart('?');
                    string value = pair.Substring(equals + 1).Trim();
                    if (key == GrantTypeKey && value == PasswordGrant)
                    {
                        int keyStart = start + pair.IndexOf(GrantTypeKey, StringComparison.Ordinal);
                        return segments[owners[keyStart]];
                    }
                }

                start += pair.Length + 1;
            }

            return null;
        }

        private static void Flatten(IOperation operation, List<Segment> segments, int depth)
        {
            operation = LocalValueFlow.Unwrap(operation);
            if (operation.ConstantValue is { HasValue: true } constant)
            {
                segments.Add(new Segment(constant.Value?.ToString() ?? string.Empty, operation));
                return;
            }

            if (depth > MaxDepth)
            {
                segments.Add(new Segment(Unknown.ToString(), operation));
                return;
            }

            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                    Flatten(add.LeftOperand, segments, depth + 1);
                    Flatten(add.RightOperand, segments, depth + 1);
                    return;

                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolatedStringTextOperation textPart:
                                // Report at the whole interpolated string: a text part is not a node users recognise.
                                segments.Add(new Segment(textPart.Text.ConstantValue.Value?.ToString() ?? string.Empty, interpolated));
                                break;
                            case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                                Flatten(hole.Expression, segments, depth + 1);
                                break;
                            default:
                                segments.Add(new Segment(Unknown.ToString(), part));
                                break;
                        }
                    }

                    return;

                case IInvocationOperation { TargetMethod.IsStatic: true } call when Is(call, KnownMembers.StringFormat) && FlattenFormat(call, segments, depth):
                    return;

                case IInvocationOperation { TargetMethod.IsStatic: true } concat when Is(concat, KnownMembers.StringConcat):
                    foreach (IOperation value in ArgumentValues(concat))
                    {
                        Flatten(value, segments, depth + 1);
                    }

                    return;

                case IInvocationOperation { Arguments.Length: 0, Instance: { } builder } toString when Is(toString, KnownMembers.StringBuilderToString):
                    FlattenBuilder(builder, segments, depth + 1, followLocal: true);
                    return;

                case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_String && LocalValueFlow.SingleWrite(local) is { } written:
                    Flatten(written, segments, depth + 1);
                    return;

                case IFieldReferenceOperation _:
                case IPropertyReferenceOperation _:
                    IOperation origin = LocalValueFlow.Origin(operation);
                    if (!ReferenceEquals(origin, operation))
                    {
                        Flatten(origin, segments, depth + 1);
                        return;
                    }

                    break;
            }

            segments.Add(new Segment(Unknown.ToString(), operation));
        }

        /// <summary>
        /// Appends a <c>StringBuilder</c>'s content: the constructor argument, chained <c>Append</c> calls, and, for a
        /// local, the <c>Append</c> statements on it in source order.
        /// </summary>
        private static void FlattenBuilder(IOperation builder, List<Segment> segments, int depth, bool followLocal)
        {
            builder = LocalValueFlow.Unwrap(builder);
            if (depth > MaxDepth)
            {
                segments.Add(new Segment(Unknown.ToString(), builder));
                return;
            }

            switch (builder)
            {
                case IInvocationOperation { Instance: { } instance } append when IsAppend(append):
                    FlattenBuilder(instance, segments, depth + 1, followLocal);
                    if (Is(append, KnownMembers.StringBuilderAppendFormat))
                    {
                        if (!FlattenFormat(append, segments, depth))
                        {
                            segments.Add(new Segment(Unknown.ToString(), append));
                        }
                    }
                    else if (append.Arguments.Length == 1)
                    {
                        Flatten(append.Arguments[0].Value, segments, depth + 1);
                    }
                    else if (append.Arguments.Length > 1)
                    {
                        segments.Add(new Segment(Unknown.ToString(), append));
                    }

                    if (Is(append, KnownMembers.StringBuilderAppendLine))
                    {
                        segments.Add(new Segment("\n", append));
                    }

                    return;

                case IObjectCreationOperation creation when KnownApiSymbols.Of(creation)?.IsType(creation.Type, KnownTypes.StringBuilder) == true:
                    if (creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                    {
                        Flatten(creation.Arguments[0].Value, segments, depth + 1);
                    }

                    return;

                case ILocalReferenceOperation local when followLocal:
                    if (LocalValueFlow.SingleWrite(local) is { } initial)
                    {
                        FlattenBuilder(initial, segments, depth + 1, followLocal: false);
                    }

                    // Append statements on the local, in source order.
                    IEnumerable<IExpressionStatementOperation> statements = LocalValueFlow.Root(local).Descendants()
                        .OfType<IExpressionStatementOperation>()
                        .Where(s => ChainRoot(s.Operation) is ILocalReferenceOperation root && SymbolEqualityComparer.Default.Equals(root.Local, local.Local))
                        .OrderBy(s => s.Syntax.SpanStart);
                    foreach (IExpressionStatementOperation statement in statements)
                    {
                        FlattenBuilder(statement.Operation, segments, depth + 1, followLocal: false);
                    }

                    return;

                case ILocalReferenceOperation _:
                    return;
            }

            segments.Add(new Segment(Unknown.ToString(), builder));
        }

        private static IOperation? ChainRoot(IOperation operation)
        {
            while (operation is IInvocationOperation { Instance: { } instance } append && IsAppend(append))
            {
                operation = LocalValueFlow.Unwrap(instance);
            }

            return operation is ILocalReferenceOperation ? operation : null;
        }

        /// <summary><c>string.Format(format, args)</c> / <c>AppendFormat</c> with a constant format: the text with the arguments in place.</summary>
        private static bool FlattenFormat(IInvocationOperation call, List<Segment> segments, int depth)
        {
            List<IOperation> values = ArgumentValues(call).ToList();
            int formatIndex = values.FindIndex(v => v.Type?.SpecialType == SpecialType.System_String && LocalValueFlow.ConstantString(v) != null);
            if (formatIndex < 0 || LocalValueFlow.ConstantString(values[formatIndex]) is not { } format)
            {
                return false;
            }

            IOperation formatOperation = LocalValueFlow.Unwrap(values[formatIndex]);
            List<IOperation> arguments = values.Skip(formatIndex + 1).ToList();
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
                segments.Add(new Segment(text.ToString(), formatOperation));
                text.Clear();
                if (end < 0 && int.TryParse(number, out int index) && index >= 0 && index < arguments.Count)
                {
                    Flatten(arguments[index], segments, depth + 1);
                }
                else
                {
                    segments.Add(new Segment(Unknown.ToString(), call));
                }

                i = close;
            }

            segments.Add(new Segment(text.ToString(), formatOperation));
            return true;
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

        private static bool Is(IInvocationOperation call, KnownMember member) => KnownApiSymbols.Of(call)?.Is(call.TargetMethod, member) == true;

        private static bool IsAppend(IInvocationOperation call) => Is(call, KnownMembers.StringBuilderAppend) || Is(call, KnownMembers.StringBuilderAppendFormat);
    }
}
