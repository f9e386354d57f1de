using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Where a user password enters a credential API (every catalog row with a <see cref="KnownApi.PasswordParameter"/>:
    /// sign-ins and carriers such as <c>NetworkCredential</c>, <c>SecureString.AppendChar</c>, <c>PSCredential</c>),
    /// and where the value passed there came from. Shared by CFA2002 (hard-coded) and CFA2003 (configuration).
    /// </summary>
    internal static class PasswordSinks
    {
        /// <summary>Diagnostic property naming how the password reached the sink (fixed texts, see the constants below).</summary>
        public const string ShapeProperty = "Shape";

        /// <summary>The password is the argument (or assigned value) itself.</summary>
        public const string ShapeValue = "Value";

        /// <summary>A <c>SecureString</c> filled by <c>AppendChar</c> calls with character constants.</summary>
        public const string ShapeCharByChar = "CharByChar";

        /// <summary>A <c>SecureString</c> filled by a <c>foreach</c> loop over the password.</summary>
        public const string ShapeAppendLoop = "AppendLoop";

        /// <summary>Operation kinds a sink can be found at.</summary>
        public static readonly ImmutableArray<OperationKind> Kinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

        /// <summary>A password value reaching a sink: where it came from and where to report it.</summary>
        internal sealed class Flow
        {
            public Flow(KnownApi api, string display, IOperation origin, IOperation reportAt, string shape, IOperation? sinkInCallee = null)
            {
                Api = api;
                Display = display;
                Origin = origin;
                ReportAt = reportAt;
                Shape = shape;
                SinkInCallee = sinkInCallee;
            }

            public KnownApi Api { get; }

            /// <summary>The sink as named in messages (type or Type.Member), never a value.</summary>
            public string Display { get; }

            /// <summary>What the password value was set from (a constant, a configuration read, ...).</summary>
            public IOperation Origin { get; }

            public IOperation ReportAt { get; }

            public string Shape { get; }

            /// <summary>
            /// For a password passed down through a parameter (<see cref="PasswordParameters"/>): the value where it reaches the API
            /// in the called method; <see cref="ReportAt"/> is then the caller's argument. Null when the sink is in the member itself.
            /// </summary>
            public IOperation? SinkInCallee { get; }
        }

        /// <summary>
        /// What code must write to reach a sink that <see cref="MayBeSink"/> accepts: the type of a constructor, the name
        /// of a method or property. A compilation whose source writes none of them has no sink (see <see cref="SourceMentions"/>).
        /// A name that contains another is left out (finding the shorter one is enough).
        /// </summary>
        public static IReadOnlyCollection<string> Names(KnownApiSymbols symbols)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<ISymbol, KnownApi> row in symbols.Members)
            {
                if (row.Key is IMethodSymbol method && row.Value.PasswordParameter != null)
                {
                    names.Add(method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);
                }
                else if (row.Key is IPropertySymbol property)
                {
                    names.Add(property.Name);
                }
            }

            return names.Where(name => !names.Any(other => other.Length < name.Length && name.IndexOf(other, StringComparison.Ordinal) >= 0))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// The cheap test every call, construction and assignment goes through: true when <paramref name="operation"/>
        /// reaches a catalog member that takes a password (the first condition of <see cref="Find"/>; a name lookup first).
        /// </summary>
        public static bool MayBeSink(IOperation operation, KnownApiSymbols symbols) => operation switch
        {
            IInvocationOperation invocation => symbols.TryGet(invocation.TargetMethod, out KnownApi invoked) && invoked.PasswordParameter != null,
            IObjectCreationOperation { Constructor: { } constructor } => symbols.TryGet(constructor, out KnownApi created) && created.PasswordParameter != null,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => symbols.TryGet(property.Property, out _),
            _ => false,
        };

        /// <summary>When <paramref name="operation"/> passes a password to a catalog member, follows the value back.</summary>
        public static Flow? Find(IOperation operation, KnownApiSymbols symbols)
        {
            KnownApi? api = null;
            IOperation? value = null;
            string display;
            switch (operation)
            {
                case IInvocationOperation invocation when symbols.TryGet(invocation.TargetMethod, out KnownApi invoked) && invoked.PasswordParameter != null:
                    api = invoked;
                    value = Argument(invocation.Arguments, invoked.PasswordParameter);
                    display = CatalogApiAnalyzer.DisplayName(invocation.TargetMethod);
                    break;

                case IObjectCreationOperation { Constructor: { } constructor } creation when symbols.TryGet(constructor, out KnownApi created) && created.PasswordParameter != null:
                    api = created;
                    value = Argument(creation.Arguments, created.PasswordParameter);
                    display = constructor.ContainingType.Name;
                    break;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when symbols.TryGet(property.Property, out KnownApi set)
                        && (set.PasswordParameter == KnownApiCatalog.SetterValue
                            || set.PasswordParameter is null && property.Property.Name.IndexOf("Password", StringComparison.OrdinalIgnoreCase) >= 0):
                    api = set;
                    value = assignment.Value;
                    display = property.Property.ContainingType.Name + "." + property.Property.Name;
                    break;

                default:
                    return null;
            }

            if (api is null || value is null)
            {
                return null;
            }

            value = ValueFlow.Unwrap(value);
            bool appendChar = operation is IInvocationOperation call && symbols.Is(call.TargetMethod, KnownMembers.SecureStringAppendChar);
            if (appendChar && value.ConstantValue is { HasValue: true, Value: char })
            {
                return FirstConstantAppend((IInvocationOperation)operation, symbols) ? new Flow(api, display, value, operation, ShapeCharByChar) : null;
            }

            if (appendChar && value is ILocalReferenceOperation iteration && ValueFlow.ForEachOf(iteration) is { } loop)
            {
                IOperation collection = ValueFlow.Unwrap(loop.Collection);
                if (collection is IInvocationOperation { Instance: { } text, Arguments.Length: 0 } toCharArray && symbols.Is(toCharArray.TargetMethod, KnownMembers.StringToCharArray))
                {
                    collection = text;
                }

                return new Flow(api, display, ValueFlow.Origin(collection), ValueFlow.Unwrap(loop.Collection), ShapeAppendLoop);
            }

            return new Flow(api, display, ValueFlow.Origin(value), value, ShapeValue);
        }

        /// <summary>
        /// Where the secret is written: the literal (or constant expression) a value came from, also when it is read through
        /// a <c>const</c> field or local (their initializer); otherwise the origin itself (a configuration read, ...).
        /// </summary>
        public static SyntaxNode WrittenAt(IOperation origin)
        {
            ISymbol? constant = origin switch
            {
                IFieldReferenceOperation { Field.IsConst: true } field => field.Field,
                ILocalReferenceOperation { Local.IsConst: true } local => local.Local,
                _ => null,
            };

            return constant is { DeclaringSyntaxReferences.Length: 1 }
                && constant.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
                ? value
                : origin.Syntax;
        }

        /// <summary>Diagnostic property, set when the value where the password reaches the API is the additional location (for the fixes).</summary>
        public const string ValueAtProperty = "ValueAt";

        /// <summary>The value of <see cref="ValueAtProperty"/>.</summary>
        public const string ValueAtAdditionalLocation = "Additional";

        /// <summary>
        /// The diagnostic of a stored password: at <paramref name="writtenAt"/> (the literal, the configuration read), with the
        /// value where it reaches the API as the additional location. When the secret is written outside the member being
        /// analyzed (a field's or constant's initializer), the two swap: the diagnostic stays local to the member, so the IDE
        /// offers its fix there, and the secret's location comes along as the additional one. A password passed down to another
        /// method (<see cref="Flow.SinkInCallee"/>) has the callee's sink as an additional location too.
        /// </summary>
        public static Diagnostic Create(DiagnosticDescriptor rule, OperationAnalysisContext context, Flow flow, SyntaxNode writtenAt, ImmutableDictionary<string, string?> properties, params object[] arguments)
        {
            SyntaxNode value = flow.ReportAt.Syntax;
            bool local = context.ContainingSymbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == writtenAt.SyntaxTree && r.Span.Contains(writtenAt.Span));
            if (flow.SinkInCallee is { } sink)
            {
                // Passed down to another method: the sink there is an additional location, and what the fix replaces is the
                // caller's literal (or its argument), never the callee's value (so no ValueAt property).
                Location atSink = sink.Syntax.GetLocation();
                return local
                    ? Diagnostic.Create(rule, writtenAt.GetLocation(), ImmutableArray.Create(atSink), properties, arguments)
                    : Diagnostic.Create(rule, value.GetLocation(), ImmutableArray.Create(writtenAt.GetLocation(), atSink), properties, arguments);
            }

            if (value.SyntaxTree == writtenAt.SyntaxTree && value.Span == writtenAt.Span)
            {
                return Diagnostic.Create(rule, value.GetLocation(), properties, arguments);
            }

            return local
                ? Diagnostic.Create(rule, writtenAt.GetLocation(), ImmutableArray.Create(value.GetLocation()), properties.Add(ValueAtProperty, ValueAtAdditionalLocation), arguments)
                : Diagnostic.Create(rule, value.GetLocation(), ImmutableArray.Create(writtenAt.GetLocation()), properties, arguments);
        }

        /// <summary>True when the value is written in the code: a non-empty string or character constant.</summary>
        public static bool IsHardCoded(IOperation origin) => origin.ConstantValue switch
        {
            { HasValue: true, Value: string text } => text.Trim().Length > 0,
            { HasValue: true, Value: char _ } => true,
            _ => false,
        };

        private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameter)
        {
            IArgumentOperation? argument = arguments.FirstOrDefault(a => a.Parameter?.Name == parameter);
            return argument is { ArgumentKind: ArgumentKind.Explicit } ? argument.Value : null;
        }

        /// <summary>Reports a char-by-char <c>SecureString</c> once: at the first constant <c>AppendChar</c> of a run of statements on the same receiver.</summary>
        private static bool FirstConstantAppend(IInvocationOperation append, KnownApiSymbols symbols)
        {
            if (append.Parent is not IExpressionStatementOperation statement || statement.Parent is not IBlockOperation block || append.Instance is null)
            {
                return true;
            }

            string receiver = append.Instance.Syntax.ToString();
            int index = block.Operations.IndexOf(statement);
            for (int i = index - 1; i >= 0; i--)
            {
                if (block.Operations[i] is IExpressionStatementOperation { Operation: IInvocationOperation { Instance: { } instance } previous }
                    && symbols.Is(previous.TargetMethod, KnownMembers.SecureStringAppendChar)
                    && string.Equals(instance.Syntax.ToString(), receiver, StringComparison.Ordinal)
                    && previous.Arguments.Length == 1
                    && ValueFlow.Unwrap(previous.Arguments[0].Value).ConstantValue is { HasValue: true, Value: char })
                {
                    return false;
                }
            }

            return true;
        }
    }
}
