using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// A deliberately small, intra-method view of where values come from: the values assigned to a local in the
    /// method (or lambda body) that contains an operation. No inter-procedural flow, no fields.
    /// </summary>
    internal static class LocalFlow
    {
        /// <summary>The outermost operation of the member body that contains <paramref name="operation"/>.</summary>
        public static IOperation Root(IOperation operation)
        {
            IOperation current = operation;
            while (current.Parent != null)
            {
                current = current.Parent;
            }

            return current;
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

        /// <summary>Looks through widening conversions and parentheses to the value itself.</summary>
        public static IOperation Unwrap(IOperation operation)
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
    }
}
