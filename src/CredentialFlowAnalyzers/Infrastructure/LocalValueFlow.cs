using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Follows a value back to where it was set, within one method and the fields of its type, the way the
    /// rules need it (the one home for intra-method value flow: CFA1004/CFA1006 and the CFA2xxx rules use it). Followed: constants (<c>ConstantValue</c>),
    /// locals written exactly once, <c>foreach</c> variables (to the collection), fields and auto-properties of the
    /// same type with an initializer that nothing else assigns (syntactic check over the type). Not followed:
    /// parameters (to call sites), fields assigned in constructors or methods, values returned by methods,
    /// anything across types. A value that is not followed stays as it is (the rules then do not report it).
    /// </summary>
    internal static class LocalValueFlow
    {
        private const int MaxDepth = 8;

        /// <summary>Strips conversions (implicit and explicit) around a value.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The constant string the value has, following locals and fields (null when not constant).</summary>
        public static string? ConstantString(IOperation? operation)
        {
            if (operation is null)
            {
                return null;
            }

            IOperation origin = Origin(operation);
            return origin.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        }

        /// <summary>The operation that defines <paramref name="value"/>: itself, or what a followed local/field/property was set to.</summary>
        public static IOperation Origin(IOperation value) => Origin(value, 0);

        private static IOperation Origin(IOperation value, int depth)
        {
            value = Unwrap(value);
            if (value.ConstantValue.HasValue || depth > MaxDepth)
            {
                return value;
            }

            IOperation? next = value switch
            {
                ILocalReferenceOperation local => SingleWrite(local),
                IFieldReferenceOperation field => MemberInitializer(field.Field, value),
                IPropertyReferenceOperation { Property.IsIndexer: false } property => MemberInitializer(property.Property, value),
                _ => null,
            };

            return next is null ? value : Origin(next, depth + 1);
        }

        /// <summary>The value passed for the parameter named <paramref name="name"/>, explicit or not.</summary>
        public static IOperation? ArgumentNamed(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>Every value written to <paramref name="local"/> in <paramref name="root"/>: its initializer and simple assignments.</summary>
        public static IEnumerable<IOperation> ValuesOf(IOperation root, ILocalSymbol local)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.GetVariableInitializer()?.Value is { } initial)
                        {
                            yield return initial;
                        }

                        break;

                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        yield return assignment.Value;
                        break;
                }
            }
        }

        /// <summary>Looks through implicit conversions, upcasts and parentheses; unlike <see cref="Unwrap"/>, a downcast stays (it is a value of its own).</summary>
        public static IOperation UnwrapUpcasts(IOperation operation)
        {
            IOperation current = operation;
            while (true)
            {
                switch (current)
                {
                    // Implicit conversions, and casts that would be implicit (upcasts); a downcast is a value of its own.
                    case IConversionOperation conversion when conversion.IsImplicit || conversion.Conversion.IsImplicit:
                        current = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        current = parenthesized.Operand;
                        continue;
                    default:
                        return current;
                }
            }
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
        public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The root of the operation tree <paramref name="operation"/> belongs to (the method body).</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>
        /// The value a local was given when it is written exactly once in the method (initializer or one assignment),
        /// not passed by <c>ref</c>/<c>out</c>, and not a <c>foreach</c> variable. Null otherwise.
        /// </summary>
        public static IOperation? SingleWrite(ILocalReferenceOperation reference)
        {
            ILocalSymbol local = reference.Local;
            IOperation? written = null;
            int writes = 0;
            foreach (IOperation operation in Root(reference).DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
                        if (initializer != null)
                        {
                            written = initializer.Value;
                            writes++;
                        }

                        break;

                    case IAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                        written = assignment is ISimpleAssignmentOperation simple ? simple.Value : null;
                        writes += assignment is ISimpleAssignmentOperation ? 1 : 2;
                        break;

                    case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    case IDeconstructionAssignmentOperation _ when operation.Descendants().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local)):
                        writes += 2;
                        break;
                }
            }

            return writes == 1 ? written : null;
        }

        /// <summary>The <c>foreach</c> loop whose iteration variable <paramref name="reference"/> reads, if any.</summary>
        public static IForEachLoopOperation? ForEachOf(ILocalReferenceOperation reference)
        {
            for (IOperation? current = reference.Parent; current != null; current = current.Parent)
            {
                if (current is IForEachLoopOperation loop && loop.Locals.Contains(reference.Local, SymbolEqualityComparer.Default))
                {
                    return loop;
                }
            }

            return null;
        }

        /// <summary>
        /// The initializer of a field or auto-property declared in the same syntax tree as <paramref name="use"/>,
        /// when no code in the declaring type assigns the member (checked by name, syntactically, so it is cheap
        /// and errs on the side of not following). Expression-bodied properties return their expression.
        /// </summary>
        private static IOperation? MemberInitializer(ISymbol member, IOperation use)
        {
            if (member.DeclaringSyntaxReferences.Length != 1 || use.SemanticModel is not { } model)
            {
                return null;
            }

            SyntaxNode declaration = member.DeclaringSyntaxReferences[0].GetSyntax();
            if (declaration.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            ExpressionSyntax? value = declaration switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                PropertyDeclarationSyntax { Initializer: { } initializer } => initializer.Value,
                _ => null,
            };

            if (value is null || declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type || IsAssignedIn(type, member.Name))
            {
                return null;
            }

            return model.GetOperation(value);
        }

        private static bool IsAssignedIn(TypeDeclarationSyntax type, string name)
        {
            foreach (SyntaxNode node in type.DescendantNodes())
            {
                ExpressionSyntax? target = node switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left,
                    ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                    _ => null,
                };

                string? assigned = target switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };

                if (assigned == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
