using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>Small syntax and operation helpers shared by the code fixes.</summary>
    internal static class FixHelpers
    {
        /// <summary>
        /// The node <paramref name="diagnostic"/> is reported on (the innermost on a tie); with
        /// <paramref name="unwrapArgument"/>, an argument is taken as its expression.
        /// </summary>
        public static SyntaxNode FlaggedNode(SyntaxNode root, Diagnostic diagnostic, bool unwrapArgument = false)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return unwrapArgument && node is ArgumentSyntax argument ? argument.Expression : node;
        }

        /// <summary>The argument expression passed for the parameter named <paramref name="parameterName"/> (positional or named), if explicit.</summary>
        public static ExpressionSyntax? ArgumentFor(IInvocationOperation invocation, string? parameterName) =>
            ArgumentFor(invocation.Arguments, parameterName);

        public static ExpressionSyntax? ArgumentFor(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string? parameterName)
        {
            if (parameterName is null)
            {
                return null;
            }

            IArgumentOperation? argument = arguments.FirstOrDefault(a => a.Parameter?.Name == parameterName);
            return argument is { ArgumentKind: ArgumentKind.Explicit, Syntax: ArgumentSyntax syntax } ? syntax.Expression : null;
        }

        /// <summary>
        /// A name for <paramref name="type"/> that reads as the simple name: the fix adds the <c>using</c> for its
        /// namespace when the file lacks it, and the simplifier shortens the qualified name.
        /// </summary>
        public static TypeSyntax TypeName(DocumentEditor editor, ITypeSymbol type)
        {
            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
            {
                EnsureUsing(editor, ns.ToDisplayString());
            }

            return ((TypeSyntax)editor.Generator.TypeExpression(type)).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary><c>Type.Member</c> for a static member a fix writes (a replacement member resolved from the catalog).</summary>
        public static MemberAccessExpressionSyntax StaticMember(DocumentEditor editor, ISymbol member) =>
            Member(TypeName(editor, member.ContainingType), member.Name);

        /// <summary>
        /// A namespace-qualified name for <paramref name="type"/> (no <c>using</c> added), for a name that would clash with
        /// another type of the same name a <c>using</c> brings in; the simplifier shortens it where that is safe.
        /// </summary>
        public static TypeSyntax QualifiedTypeName(ITypeSymbol type) =>
            SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>Adds <c>using <paramref name="namespaceName"/>;</c> in sorted position (System first) unless the file has it.</summary>
        public static void EnsureUsing(DocumentEditor editor, string namespaceName)
        {
            if (editor.OriginalRoot is not CompilationUnitSyntax original
                || original.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == namespaceName)
                || editor.GetChangedRoot() is CompilationUnitSyntax changed && changed.Usings.Any(u => u.Alias is null && u.Name?.ToString() == namespaceName))
            {
                return;
            }

            UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);

            UsingDirectiveSyntax? next = original.Usings.FirstOrDefault(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name != null && CompareNamespaces(u.Name.ToString(), namespaceName) > 0);
            if (next != null)
            {
                editor.InsertBefore(next, directive.WithTrailingTrivia(next.GetTrailingTrivia()));
            }
            else if (original.Usings.Count > 0)
            {
                UsingDirectiveSyntax last = original.Usings.Last();
                editor.InsertAfter(last, directive.WithTrailingTrivia(last.GetTrailingTrivia()));
            }
            else
            {
                editor.ReplaceNode(original, (root, _) => ((CompilationUnitSyntax)root).AddUsings(directive));
            }
        }

        /// <summary>System namespaces first, then ordinal (the .NET default for sorting usings).</summary>
        private static int CompareNamespaces(string left, string right)
        {
            bool leftSystem = left == "System" || left.StartsWith("System.", System.StringComparison.Ordinal);
            bool rightSystem = right == "System" || right.StartsWith("System.", System.StringComparison.Ordinal);
            return leftSystem != rightSystem ? (leftSystem ? -1 : 1) : string.CompareOrdinal(left, right);
        }

        /// <summary>
        /// True when whatever the old call's result feeds still compiles with a result of <paramref name="newType"/>:
        /// the call is a statement, initializes a <c>var</c>, or is the receiver of a member that <paramref name="newType"/> has too.
        /// </summary>
        public static bool ResultUsageCompatible(ExpressionSyntax call, ITypeSymbol? newType)
        {
            if (newType is null)
            {
                return false;
            }

            SyntaxNode? parent = call.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                call = (ExpressionSyntax)parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == call:
                    return HasMember(newType, access.Name.Identifier.ValueText);
                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == call:
                    return conditional.WhenNotNull is MemberBindingExpressionSyntax binding && HasMember(newType, binding.Name.Identifier.ValueText)
                        || conditional.WhenNotNull is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax invokedBinding } && HasMember(newType, invokedBinding.Name.Identifier.ValueText);
                case ExpressionStatementSyntax _:
                    return true;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                    return declaration.Type.IsVar;
                case AwaitExpressionSyntax _:
                    return true;
                default:
                    return false;
            }
        }

        private static bool HasMember(ITypeSymbol type, string name)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.GetMembers(name).Any(m => m.DeclaredAccessibility == Accessibility.Public))
                {
                    return true;
                }
            }

            return type.AllInterfaces.Any(i => i.GetMembers(name).Length > 0);
        }

        /// <summary><c>receiver.name</c>.</summary>
        public static MemberAccessExpressionSyntax Member(ExpressionSyntax receiver, string name) =>
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name));

        /// <summary><c>receiver.method(arguments)</c>.</summary>
        public static InvocationExpressionSyntax Invoke(ExpressionSyntax receiver, string method, params ExpressionSyntax[] arguments) =>
            Invoke(receiver, method, (IEnumerable<ExpressionSyntax>)arguments);

        /// <summary><c>receiver.method(arguments)</c>.</summary>
        public static InvocationExpressionSyntax Invoke(ExpressionSyntax receiver, string method, IEnumerable<ExpressionSyntax> arguments) =>
            SyntaxFactory.InvocationExpression(Member(receiver, method), Arguments(arguments));

        /// <summary><c>(arguments)</c>, positional.</summary>
        public static ArgumentListSyntax Arguments(params ExpressionSyntax[] arguments) =>
            Arguments((IEnumerable<ExpressionSyntax>)arguments);

        /// <summary><c>(arguments)</c>, positional.</summary>
        public static ArgumentListSyntax Arguments(IEnumerable<ExpressionSyntax> arguments) =>
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument)));

        /// <summary>A regular string literal holding <paramref name="value"/>.</summary>
        public static LiteralExpressionSyntax StringLiteral(string value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

        /// <summary>Parenthesizes a receiver when it is not a simple primary expression, so <c>receiver.Member</c> parses as meant.</summary>
        public static ExpressionSyntax AsReceiver(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax or ElementAccessExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression);

        /// <summary>A name not yet used at <paramref name="position"/>, starting from <paramref name="preferred"/>.</summary>
        public static string UniqueName(SemanticModel model, int position, string preferred)
        {
            string name = preferred;
            for (int i = 2; model.LookupSymbols(position, name: name).Length > 0; i++)
            {
                name = preferred + i;
            }

            return name;
        }

        /// <summary>
        /// True when <paramref name="changed"/> has compiler errors that <paramref name="original"/> did not have (counted
        /// per error id in the changed document). Fixes whose result depends on how the old value was used afterwards
        /// (a declared type, members called on it) check their result with this before they are offered.
        /// </summary>
        public static async System.Threading.Tasks.Task<bool> IntroducesErrorsAsync(Document original, Document changed, System.Threading.CancellationToken cancellationToken)
        {
            SemanticModel? before = await original.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? after = await changed.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (before is null || after is null)
            {
                return true;
            }

            var counts = new System.Collections.Generic.Dictionary<string, int>();
            foreach (Diagnostic error in before.GetDiagnostics(cancellationToken: cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                counts[error.Id] = counts.TryGetValue(error.Id, out int n) ? n + 1 : 1;
            }

            foreach (Diagnostic error in after.GetDiagnostics(cancellationToken: cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                if (!counts.TryGetValue(error.Id, out int n) || n == 0)
                {
                    return true;
                }

                counts[error.Id] = n - 1;
            }

            return false;
        }

        /// <summary>
        /// The name of a local, parameter, field or property of <paramref name="type"/> (or a type deriving from or
        /// implementing it) that can be used at <paramref name="position"/>: declared before it, and not an instance
        /// member in a static context. Locals and parameters first, then by name, so the choice is stable.
        /// </summary>
        public static string? FindInScope(SemanticModel model, int position, INamedTypeSymbol type)
        {
            bool staticContext = model.GetEnclosingSymbol(position) is { IsStatic: true } enclosing && enclosing.Kind != SymbolKind.Local;
            foreach (ISymbol symbol in model.LookupSymbols(position).OrderBy(s => s.Kind == SymbolKind.Local || s.Kind == SymbolKind.Parameter ? 0 : 1).ThenBy(s => s.Name, System.StringComparer.Ordinal))
            {
                ITypeSymbol? symbolType = symbol switch
                {
                    ILocalSymbol local when local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End <= position => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when !staticContext || field.IsStatic => field.Type,
                    IPropertySymbol property when (!staticContext || property.IsStatic) && !property.IsIndexer && property.GetMethod != null => property.Type,
                    _ => null,
                };

                if (symbolType != null && CredentialFlowAnalyzers.Catalog.KnownApiSymbols.IsOrInherits(symbolType, type))
                {
                    return symbol.Name;
                }
            }

            return null;
        }
    }
}
