using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// Values passed down into a method of the same compilation: the method a call reaches, its body, and the parameter a
    /// value in that body was set from. The caller's side stays with the caller (its argument's origin is followed as usual);
    /// what the callee does with the parameter is read from the callee's own operations.
    /// </summary>
    internal static partial class ValueFlow
    {
        /// <summary>The method a call or construction reaches and its arguments (null for anything else).</summary>
        public static (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) CallOf(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        /// <summary>
        /// True when <paramref name="method"/> has a body in <paramref name="compilation"/> that is the code a call runs: declared in
        /// source there, not abstract, extern or partial without an implementation, and not virtual (an override may run instead).
        /// </summary>
        public static bool HasReadableBody(IMethodSymbol method, Compilation compilation) =>
            method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction
            && !method.IsAbstract && !method.IsExtern && !method.IsVirtual && !method.IsOverride
            && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)
            && !method.DeclaringSyntaxReferences.IsEmpty;

        /// <summary>
        /// The declaration of a method with a readable body (<see cref="HasReadableBody"/>): its method, constructor or local
        /// function syntax; null when it cannot be read. Nothing is bound.
        /// </summary>
        public static SyntaxNode? DeclarationOf(IMethodSymbol method)
        {
            IMethodSymbol declared = method.PartialImplementationPart ?? method.OriginalDefinition;
            foreach (SyntaxReference reference in declared.DeclaringSyntaxReferences)
            {
                SyntaxNode declaration = reference.GetSyntax();
                if (declaration is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
                {
                    return declaration;
                }
            }

            return null;
        }

        /// <summary>
        /// The operation of a node anywhere in the compilation (a method's declaration gives its body, with a constructor's
        /// initializer). <paramref name="nearby"/> is the semantic model of the caller's tree, used when the node is in that tree.
        /// </summary>
        public static IOperation? OperationOf(SyntaxNode node, Compilation compilation, SemanticModel? nearby)
        {
            SemanticModel model = nearby != null && nearby.SyntaxTree == node.SyntaxTree ? nearby : ModelOf(compilation, node.SyntaxTree);
            return model.GetOperation(node);
        }

        /// <summary>
        /// The semantic model of another tree of the compilation. Under the analyzer driver the compilation hands out the
        /// driver's cached model (the one its own callbacks use), so reading a callee's body binds it at most once.
        /// </summary>
        private static SemanticModel ModelOf(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);

        /// <summary>The parameter of <paramref name="owner"/> an origin is (a reference to it), or null.</summary>
        public static IParameterSymbol? ParameterOf(IOperation origin, IMethodSymbol owner) =>
            origin is IParameterReferenceOperation { Parameter: { } parameter }
            && (SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner) || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner.PartialImplementationPart))
                ? parameter
                : null;

        /// <summary>
        /// True when <paramref name="parameter"/> is never assigned in <paramref name="body"/> (nor passed by <c>ref</c>/<c>out</c>),
        /// so every read of it is the value the caller passed.
        /// </summary>
        public static bool KeepsCallersValue(IParameterSymbol parameter, IOperation body)
        {
            foreach (IOperation operation in body.Descendants())
            {
                IOperation? target = operation switch
                {
                    IAssignmentOperation assignment => assignment.Target,
                    IArgumentOperation { Parameter.RefKind: not RefKind.None } argument => argument.Value,
                    _ => null,
                };

                if (target is IParameterReferenceOperation written && SymbolEqualityComparer.Default.Equals(written.Parameter, parameter))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The explicit argument given for the parameter at <paramref name="ordinal"/> (null when defaulted or missing).</summary>
        public static IArgumentOperation? ExplicitArgument(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
