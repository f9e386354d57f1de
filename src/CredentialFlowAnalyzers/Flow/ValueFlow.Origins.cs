using System.Collections.Generic;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// Where a value was set. Followed: constants (<c>ConstantValue</c>), locals written exactly once, <c>foreach</c>
    /// variables (to the collection), fields and auto-properties of the same type with an initializer that nothing
    /// else assigns (a syntactic check over the type). Not followed yet: parameters (to the call sites in the
    /// compilation), fields assigned in constructors or methods, values returned by methods, anything across types;
    /// each is one more case in <see cref="NextOrigin"/> (one write) or <see cref="WritesOf"/> (every write).
    /// </summary>
    internal static partial class ValueFlow
    {
        private const int MaxOriginDepth = 8;

        /// <summary>The constant string the value has, following locals and fields (null when not constant).</summary>
        public static string? ConstantString(IOperation? operation) =>
            operation is not null && Origin(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

        /// <summary>The operation that defines <paramref name="value"/>: itself, or what a followed local/field/property was set to.</summary>
        public static IOperation Origin(IOperation value)
        {
            for (int depth = 0; ; depth++)
            {
                value = Unwrap(value);
                if (value.ConstantValue.HasValue || depth > MaxOriginDepth || NextOrigin(value) is not { } next)
                {
                    return value;
                }

                value = next;
            }
        }

        /// <summary>The one value a reference was set to, one step back; null when it was set more than once or is not followed.</summary>
        private static IOperation? NextOrigin(IOperation value) => value switch
        {
            ILocalReferenceOperation local => SingleWrite(local),
            IFieldReferenceOperation field => MemberInitializer(field.Field, value),
            IPropertyReferenceOperation { Property.IsIndexer: false } property => MemberInitializer(property.Property, value),
            _ => null,
        };

        /// <summary>
        /// The value a local was given when it is written exactly once in the member (initializer or one assignment),
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
                        if (declarator.GetVariableInitializer() is { } initializer)
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

        /// <summary>
        /// Every value written to <paramref name="symbol"/> (a local, field, parameter or property) in <paramref name="root"/>:
        /// its initializer and simple assignments, in order, as written (conversions kept).
        /// </summary>
        public static IEnumerable<IOperation> WritesOf(ISymbol symbol, IOperation root)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol):
                        if (declarator.GetVariableInitializer()?.Value is { } initial)
                        {
                            yield return initial;
                        }

                        break;

                    case ISimpleAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(ReferencedSymbol(assignment.Target), symbol):
                        yield return assignment.Value;
                        break;
                }
            }
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
        /// A constant string an address or name stands for: a literal or constant, a <c>new Uri("...")</c>, or what a local
        /// was initialized with (also when assigned again later: an address is usually set once, and the host rules
        /// would rather classify it). Null when the value comes from anywhere else (configuration, parameters, calls).
        /// </summary>
        public static string? ConstantAddress(IOperation? operation)
        {
            for (int depth = 0; operation != null && depth <= MaxOriginDepth; depth++)
            {
                operation = UnwrapBuiltInConversions(operation);
                if (operation.ConstantValue.HasValue)
                {
                    return operation.ConstantValue.Value as string;
                }

                operation = operation switch
                {
                    IObjectCreationOperation { Arguments.Length: >= 1 } creation when KnownApiSymbols.Of(creation)?.IsType(creation.Type, KnownTypes.Uri) == true => creation.Arguments[0].Value,
                    ILocalReferenceOperation local => Root(local).Descendants().OfType<IVariableDeclaratorOperation>()
                        .FirstOrDefault(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local))?.Initializer?.Value,
                    _ => null,
                };
            }

            return null;
        }

        /// <summary>
        /// The values a field of the type being analyzed is given by its initializer and in the constructors of its type,
        /// when it is declared in the same syntax tree as <paramref name="use"/> (a request body built once and sent by
        /// another member). Assignments in other members are not followed.
        /// </summary>
        public static IEnumerable<IOperation> ConstructorWrites(IFieldReferenceOperation use)
        {
            IFieldSymbol field = use.Field;
            if (field.DeclaringSyntaxReferences.Length != 1 || use.SemanticModel is not { } model
                || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator || declarator.SyntaxTree != model.SyntaxTree
                || declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                yield break;
            }

            if (declarator.Initializer?.Value is { } initializer && model.GetOperation(initializer) is { } initial)
            {
                yield return initial;
            }

            foreach (ConstructorDeclarationSyntax constructor in type.Members.OfType<ConstructorDeclarationSyntax>())
            {
                foreach (AssignmentExpressionSyntax assignment in constructor.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                {
                    string? name = assignment.Left switch
                    {
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
                        _ => null,
                    };

                    if (name == field.Name && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && model.GetOperation(assignment.Right) is { } value)
                    {
                        yield return value;
                    }
                }
            }
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
