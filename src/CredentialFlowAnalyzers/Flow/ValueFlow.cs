using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// The one home of value flow: where a value reaching a call was set, for every rule and fix. This part: the shape
    /// of a value (conversions, arguments, what an expression reads). See the other parts for origins
    /// (<c>ValueFlow.Origins.cs</c>), strings built in steps (<c>ValueFlow.Strings.cs</c>) and key/value collections
    /// (<c>ValueFlow.Entries.cs</c>). Everything walks the operation tree of one member (plus initializers of fields of
    /// the same type); a value that is not followed stays as it is and the rules do not report it.
    /// </summary>
    internal static partial class ValueFlow
    {
        /// <summary>The root of the operation tree <paramref name="operation"/> belongs to (the member body).</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent != null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>Strips every conversion (implicit, explicit, user-defined) around a value.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Like <see cref="Unwrap(IOperation)"/>, for a value that may be missing (incomplete code).</summary>
        public static IOperation? UnwrapOrNull(IOperation? operation) => operation is null ? null : Unwrap(operation);

        /// <summary>Strips built-in conversions only: a user-defined conversion (an <c>op_Implicit</c> a rule matches) stays.</summary>
        public static IOperation UnwrapBuiltInConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.OperatorMethod is null)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>Looks through implicit conversions, upcasts and parentheses; unlike <see cref="Unwrap(IOperation)"/>, a downcast stays (it is a value of its own).</summary>
        public static IOperation UnwrapUpcasts(IOperation operation)
        {
            IOperation current = operation;
            while (true)
            {
                switch (current)
                {
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

        /// <summary>The value passed for the parameter named <paramref name="name"/>, explicit or not.</summary>
        public static IOperation? ArgumentNamed(ImmutableArray<IArgumentOperation> arguments, string name)
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

        /// <summary>The local, field, parameter or property an expression reads, if it is that simple.</summary>
        public static ISymbol? ReferencedSymbol(IOperation? operation) => operation is null ? null : UnwrapBuiltInConversions(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IPropertyReferenceOperation property when property.Arguments.IsEmpty => property.Property,
            _ => null,
        };
    }
}
