using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Passwords passed down through a parameter: a call to a method of the same compilation whose parameter reaches a
    /// password sink (<see cref="PasswordSinks"/>) in its body, directly or through one more such method it hands the
    /// parameter to (<c>Connect("admin", "P@ss")</c> → <c>GetCredentials(user, password)</c> → <c>new NetworkCredential(user, password)</c>).
    /// The callee's own sink sees a parameter and is reported by no one; the caller's argument is judged like a value
    /// reaching a sink in its own member, so the finding sits where the secret is written.
    /// </summary>
    internal static class PasswordParameters
    {
        /// <summary>A parameter of a method and the sink its value reaches in the method's body (or one method further).</summary>
        private readonly struct ParameterSink
        {
            public ParameterSink(int ordinal, PasswordSinks.Flow sink)
            {
                Ordinal = ordinal;
                Sink = sink;
            }

            public int Ordinal { get; }

            /// <summary>The flow found in the callee: its origin is the parameter, <see cref="PasswordSinks.Flow.ReportAt"/> the value at the API.</summary>
            public PasswordSinks.Flow Sink { get; }
        }

        private static readonly ConditionalWeakTable<Compilation, Summaries> Cache = new ConditionalWeakTable<Compilation, Summaries>();

        /// <summary>
        /// The flows into password sinks of the callee's body of the string arguments a call passes: origin the caller's
        /// value, reported at the caller's argument, the callee's sink as <see cref="PasswordSinks.Flow.SinkInCallee"/>, for
        /// origins the rule judges (<paramref name="judged"/>: a hard-coded literal for CFA2002). Cheap first tests, in order:
        /// a method declared in source; a string argument that is a constant or a local, field or property that may hold
        /// one (a parameter, a call's result or a built string ends here); a readable body in this compilation; the callee's summary,
        /// computed once per compilation and empty unless its source names a sink; only then is the argument followed back.
        /// </summary>
        public static IEnumerable<PasswordSinks.Flow> Find(IOperation operation, KnownApiSymbols symbols, Func<IOperation, bool> judged)
        {
            ImmutableArray<ParameterSink> sinks = SinksOfCallee(operation, symbols, out ImmutableArray<IArgumentOperation> arguments);
            return sinks.IsEmpty ? Array.Empty<PasswordSinks.Flow>() : Judge(sinks, arguments, judged);
        }

        /// <summary>
        /// The sinks the parameters of the method <paramref name="operation"/> calls reach (empty for most calls): the cheap
        /// tests of <see cref="Find"/>, which run on every call of a compilation that names a sink, so they allocate nothing.
        /// </summary>
        private static ImmutableArray<ParameterSink> SinksOfCallee(IOperation operation, KnownApiSymbols symbols, out ImmutableArray<IArgumentOperation> arguments)
        {
            IMethodSymbol? method;
            (method, arguments) = ValueFlow.CallOf(operation);

            // Most calls go to referenced assemblies, whose methods have no declaring syntax: rejected before anything else is read.
            if (method is null || method.DeclaringSyntaxReferences.IsEmpty || !PassesStringValue(arguments)
                || operation.SemanticModel is not { } model || !ValueFlow.HasReadableBody(method, model.Compilation))
            {
                return ImmutableArray<ParameterSink>.Empty;
            }

            return Cache.GetValue(model.Compilation, _ => new Summaries()).Of(method.OriginalDefinition, model, symbols);
        }

        private static IEnumerable<PasswordSinks.Flow> Judge(ImmutableArray<ParameterSink> sinks, ImmutableArray<IArgumentOperation> arguments, Func<IOperation, bool> judged)
        {
            int reported = -1;
            foreach (ParameterSink sink in sinks)
            {
                // One finding per argument: the first sink its parameter reaches stands for it.
                if (sink.Ordinal == reported || ValueFlow.ExplicitArgument(arguments, sink.Ordinal) is not { } argument)
                {
                    continue;
                }

                reported = sink.Ordinal;
                IOperation value = ValueFlow.Unwrap(argument.Value);
                IOperation origin = ValueFlow.Origin(value);
                if (judged(origin))
                {
                    yield return new PasswordSinks.Flow(sink.Sink.Api, sink.Sink.Display, origin, value, PasswordSinks.ShapeValue, sink.Sink.ReportAt);
                }
            }
        }

        /// <summary>True when a string argument is a constant, or a local, field or property that <see cref="ValueFlow.Origin"/> may follow back to one.</summary>
        private static bool PassesStringValue(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Type.SpecialType == SpecialType.System_String
                    && ValueFlow.Unwrap(argument.Value) is { } value
                    && (value.ConstantValue is { HasValue: true, Value: string } || value.Kind is OperationKind.LocalReference or OperationKind.FieldReference or OperationKind.PropertyReference))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The parameter sinks of each method asked about, computed once per compilation. Only a method whose source names a
        /// password sink (<see cref="KnownApiSymbols.MayNamePasswordSink"/>, a syntax-only test) has its body's operations read,
        /// so ordinary calls cost one look at the callee's identifiers.
        /// </summary>
        private sealed class Summaries
        {
            private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<ParameterSink>> _direct =
                new ConcurrentDictionary<IMethodSymbol, ImmutableArray<ParameterSink>>(SymbolEqualityComparer.Default);

            private readonly ConcurrentDictionary<string, bool> _namesReachingSinks = new ConcurrentDictionary<string, bool>();

            private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<ParameterSink>> _passed =
                new ConcurrentDictionary<IMethodSymbol, ImmutableArray<ParameterSink>>(SymbolEqualityComparer.Default);

            /// <summary>
            /// The sinks <paramref name="method"/>'s string parameters reach: in its own body, then in the bodies of the methods
            /// it passes them to (one level; their own callees are not followed, so the result does not depend on the order
            /// methods are asked about).
            /// </summary>
            public ImmutableArray<ParameterSink> Of(IMethodSymbol method, SemanticModel nearby, KnownApiSymbols symbols) =>
                _passed.TryGetValue(method, out ImmutableArray<ParameterSink> known) ? known : _passed.GetOrAdd(method, Compute(method, nearby, symbols));

            private ImmutableArray<ParameterSink> Compute(IMethodSymbol method, SemanticModel nearby, KnownApiSymbols symbols)
            {
                if (ValueFlow.DeclarationOf(method) is not { } declaration)
                {
                    return ImmutableArray<ParameterSink>.Empty;
                }

                // One walk of the declaration's syntax answers both questions below.
                (bool namesSink, List<SyntaxNode>? calls) = ReadDeclaration(method, declaration, symbols);
                ImmutableArray<ParameterSink>.Builder result = ImmutableArray.CreateBuilder<ParameterSink>();
                result.AddRange(DirectOf(method, declaration, nearby, symbols, namesSink));

                // Only a string parameter handed on as it is (GetCredentials(user, password)) to a method whose source names a
                // sink: found in the syntax, so the body is bound only when there is one.
                IOperation? body = null;
                foreach (SyntaxNode call in calls ?? Enumerable.Empty<SyntaxNode>())
                {
                    // Bound only when a method the call may reach names a sink (looked up by name in the declarations).
                    if (CalledName(call) is { } calledName && !MayReachSink(calledName, nearby.Compilation, symbols)
                        || ValueFlow.OperationOf(call, nearby.Compilation, nearby) is not { } operation)
                    {
                        continue;
                    }

                    (IMethodSymbol? callee, ImmutableArray<IArgumentOperation> arguments) = ValueFlow.CallOf(operation);
                    if (callee is null || SymbolEqualityComparer.Default.Equals(callee.OriginalDefinition, method)
                        || !ValueFlow.HasReadableBody(callee, nearby.Compilation) || ValueFlow.DeclarationOf(callee) is not { } calleeDeclaration)
                    {
                        continue;
                    }

                    ImmutableArray<ParameterSink> further = DirectOf(callee.OriginalDefinition, calleeDeclaration, nearby, symbols);
                    if (further.IsEmpty || (body ??= ValueFlow.OperationOf(declaration, nearby.Compilation, nearby)) is not { } ownBody)
                    {
                        continue;
                    }

                    foreach (IArgumentOperation argument in arguments)
                    {
                        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { Type.SpecialType: SpecialType.System_String } calleeParameter
                            || ValueFlow.ParameterOf(ValueFlow.Unwrap(argument.Value), method) is not { } own
                            || !ValueFlow.KeepsCallersValue(own, ownBody))
                        {
                            continue;
                        }

                        foreach (ParameterSink sink in further)
                        {
                            if (sink.Ordinal == calleeParameter.Ordinal)
                            {
                                result.Add(new ParameterSink(own.Ordinal, sink.Sink));
                            }
                        }
                    }
                }

                return result.ToImmutable();
            }

            /// <summary>The sinks <paramref name="method"/>'s string parameters reach in its own body; <paramref name="namesSink"/> when its syntax was already read.</summary>
            private ImmutableArray<ParameterSink> DirectOf(IMethodSymbol method, SyntaxNode declaration, SemanticModel nearby, KnownApiSymbols symbols, bool? namesSink = null)
            {
                if (_direct.TryGetValue(method, out ImmutableArray<ParameterSink> known))
                {
                    return known;
                }

                ImmutableArray<ParameterSink> computed = (namesSink ?? NamesPasswordSink(declaration, symbols)) && ValueFlow.OperationOf(declaration, nearby.Compilation, nearby) is { } body
                    ? Direct(method, body, symbols)
                    : ImmutableArray<ParameterSink>.Empty;
                return _direct.GetOrAdd(method, computed);
            }

            /// <summary>True when the declaration names a password sink (<c>new NetworkCredential</c>, <c>AppendChar</c>, ...), or creates an object of a type it does not name.</summary>
            private static bool NamesPasswordSink(SyntaxNode declaration, KnownApiSymbols symbols)
            {
                foreach (SyntaxNode node in declaration.DescendantNodes())
                {
                    if (MayNamePasswordSink(node, symbols))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool MayNamePasswordSink(SyntaxNode node, KnownApiSymbols symbols) =>
                node is SimpleNameSyntax name ? symbols.MayNamePasswordSink(name.Identifier.ValueText) : node is ImplicitObjectCreationExpressionSyntax;

            /// <summary>
            /// In one walk of the declaration: whether it names a password sink (<see cref="NamesPasswordSink"/>), and its calls
            /// and constructions with an argument that is one of the method's string parameters, by name, in source order (null
            /// when none).
            /// </summary>
            private static (bool NamesSink, List<SyntaxNode>? Calls) ReadDeclaration(IMethodSymbol method, SyntaxNode declaration, KnownApiSymbols symbols)
            {
                HashSet<string>? names = null;
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (parameter.Type.SpecialType == SpecialType.System_String)
                    {
                        (names ??= new HashSet<string>()).Add(parameter.Name);
                    }
                }

                if (names is null)
                {
                    return (NamesPasswordSink(declaration, symbols), null);
                }

                bool namesSink = false;
                List<SyntaxNode>? calls = null;
                foreach (SyntaxNode node in declaration.DescendantNodes())
                {
                    namesSink = namesSink || MayNamePasswordSink(node, symbols);
                    if (node is ArgumentSyntax { Expression: IdentifierNameSyntax identifier } && names.Contains(identifier.Identifier.ValueText)
                        && node.Parent?.Parent is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
                        && !(calls ??= new List<SyntaxNode>()).Contains(node.Parent.Parent))
                    {
                        calls.Add(node.Parent.Parent);
                    }
                }

                return (namesSink, calls);
            }

            /// <summary>
            /// True when a method or type of the compilation named <paramref name="name"/> has a method or constructor whose source
            /// names a password sink. Uses the compilation's table of declared names, so nothing is bound.
            /// </summary>
            private bool MayReachSink(string name, Compilation compilation, KnownApiSymbols symbols) =>
                _namesReachingSinks.GetOrAdd(name, n =>
                {
                    foreach (ISymbol declared in compilation.GetSymbolsWithName(n, SymbolFilter.TypeAndMember))
                    {
                        IEnumerable<IMethodSymbol> methods = declared switch
                        {
                            IMethodSymbol method => new[] { method },
                            INamedTypeSymbol type => type.InstanceConstructors,
                            _ => Array.Empty<IMethodSymbol>(),
                        };

                        foreach (IMethodSymbol method in methods)
                        {
                            if (ValueFlow.DeclarationOf(method) is { } declaration && NamesPasswordSink(declaration, symbols))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                });

            /// <summary>
            /// The name a call is written with (<c>Build</c> in <c>Build(...)</c> and <c>x.Build(...)</c>, the type of <c>new T(...)</c>
            /// and of <c>this(...)</c>); null when the syntax does not say (<c>new(...)</c>, <c>base(...)</c>, a delegate).
            /// </summary>
            private static string? CalledName(SyntaxNode call)
            {
                if (call is ConstructorInitializerSyntax initializer)
                {
                    return initializer.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword) ? initializer.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText : null;
                }

                ExpressionSyntax? written = call switch
                {
                    InvocationExpressionSyntax invocation => invocation.Expression,
                    ObjectCreationExpressionSyntax creation => creation.Type,
                    _ => null,
                };

                SimpleNameSyntax? name = written switch
                {
                    SimpleNameSyntax simple => simple,
                    MemberAccessExpressionSyntax access => access.Name,
                    MemberBindingExpressionSyntax binding => binding.Name,
                    QualifiedNameSyntax qualified => qualified.Right,
                    AliasQualifiedNameSyntax alias => alias.Name,
                    _ => null,
                };

                return name?.Identifier.ValueText;
            }

            /// <summary>The sinks in <paramref name="body"/> whose password value is one of <paramref name="method"/>'s string parameters.</summary>
            private static ImmutableArray<ParameterSink> Direct(IMethodSymbol method, IOperation body, KnownApiSymbols symbols)
            {
                ImmutableArray<ParameterSink>.Builder? result = null;
                foreach (IOperation operation in body.Descendants())
                {
                    if (operation.Kind is not (OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment)
                        || PasswordSinks.Find(operation, symbols) is not { } flow
                        || ValueFlow.ParameterOf(flow.Origin, method) is not { Type.SpecialType: SpecialType.System_String } parameter
                        || !ValueFlow.KeepsCallersValue(parameter, body))
                    {
                        continue;
                    }

                    (result ??= ImmutableArray.CreateBuilder<ParameterSink>()).Add(new ParameterSink(parameter.Ordinal, flow));
                }

                return result?.ToImmutable() ?? ImmutableArray<ParameterSink>.Empty;
            }
        }
    }
}
