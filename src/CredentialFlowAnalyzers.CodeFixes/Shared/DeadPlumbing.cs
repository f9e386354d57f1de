using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Finds the declarations that only fed a removed credential argument so a fix can delete them with it:
    /// a password local or private field (with its literal), a <c>SecureString</c> filled by an
    /// <c>AppendChar</c> loop, the user name that went with it. A declaration is removed only when every other
    /// use of it is removed too and its initializer has no side effects worth keeping.
    /// </summary>
    internal static class DeadPlumbing
    {
        /// <summary>Invocations whose only effect is to read a value, so an initializer calling them can go.</summary>
        private static readonly ImmutableHashSet<string> ReadOnlyCalls = ImmutableHashSet.Create("GetEnvironmentVariable", "GetValue", "GetSection", "GetConnectionString", "ToString", "ToCharArray", "Trim", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Get");

        /// <summary>
        /// The arguments of <paramref name="arguments"/> whose expression <paramref name="replacement"/> does not reuse:
        /// what a rewrite of the call drops, to pass to <see cref="Find"/>.
        /// </summary>
        public static List<SyntaxNode> DroppedArguments(ArgumentListSyntax? arguments, SyntaxNode replacement)
        {
            var dropped = new List<SyntaxNode>();
            foreach (ArgumentSyntax argument in arguments?.Arguments ?? default)
            {
                if (!replacement.DescendantNodes().Any(n => n.IsEquivalentTo(argument.Expression)))
                {
                    dropped.Add(argument);
                }
            }

            return dropped;
        }

        /// <summary>
        /// Returns the statements and member declarations that become dead once <paramref name="removed"/> (nodes the
        /// fix deletes or replaces) are gone. The caller removes them with its editor.
        /// </summary>
        public static IReadOnlyList<SyntaxNode> Find(SemanticModel model, IEnumerable<SyntaxNode> removed) => FindAll(model, removed).Nodes;

        /// <summary>What dies with the removed nodes: declarations and statements in this document, and parameters.</summary>
        public sealed class Result
        {
            public Result(IReadOnlyList<SyntaxNode> nodes, IReadOnlyList<IParameterSymbol> parameters)
            {
                Nodes = nodes;
                Parameters = parameters;
            }

            /// <summary>Locals, private fields, properties and methods, and the statements that only served them.</summary>
            public IReadOnlyList<SyntaxNode> Nodes { get; }

            /// <summary>
            /// Parameters of methods no other assembly can call that nothing reads any more: the caller removes them with
            /// the arguments every call passes (<see cref="DeadParameters"/>).
            /// </summary>
            public IReadOnlyList<IParameterSymbol> Parameters { get; }
        }

        public static Result FindAll(SemanticModel model, IEnumerable<SyntaxNode> removed)
        {
            var removedNodes = new List<SyntaxNode>(removed);
            var result = new List<SyntaxNode>();
            var parameters = new List<IParameterSymbol>();
            var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var work = new Queue<SyntaxNode>(removedNodes);

            while (work.Count > 0)
            {
                SyntaxNode node = work.Dequeue();
                foreach (IdentifierNameSyntax identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    ISymbol? symbol = model.GetSymbolInfo(identifier).Symbol;
                    if (symbol is IMethodSymbol { ReducedFrom: null } method)
                    {
                        symbol = method.OriginalDefinition;
                    }

                    if (symbol is null || !visited.Add(symbol))
                    {
                        continue;
                    }

                    if (symbol is IParameterSymbol parameter)
                    {
                        if (IsDeadParameter(model, parameter, removedNodes))
                        {
                            parameters.Add(parameter);
                        }
                        else
                        {
                            visited.Remove(symbol);
                        }

                        continue;
                    }

                    if (TryFindDead(model, symbol, removedNodes, out List<SyntaxNode> dead))
                    {
                        foreach (SyntaxNode deadNode in dead)
                        {
                            removedNodes.Add(deadNode);
                            result.Add(deadNode);
                            work.Enqueue(deadNode);
                        }
                    }
                    else
                    {
                        // It may become dead once more is removed; look again later.
                        visited.Remove(symbol);
                    }
                }
            }

            // A parameter found early may be read by plumbing found later, or the reverse: check again at the end.
            parameters.RemoveAll(p => !IsDeadParameter(model, p, removedNodes));
            foreach (var parameter in FindLateParameters(model, removedNodes, parameters))
            {
                parameters.Add(parameter);
            }

            var nodes = result.Distinct().Where(n => !result.Any(other => other != n && other.Span.Contains(n.Span))).ToList();
            return new Result(nodes, parameters.Distinct<IParameterSymbol>(SymbolEqualityComparer.Default).OrderBy(p => p.Ordinal).ToList());
        }

        /// <summary>Parameters read only by removed nodes that the first pass met before those nodes were known to be dead.</summary>
        private static IEnumerable<IParameterSymbol> FindLateParameters(SemanticModel model, List<SyntaxNode> removedNodes, List<IParameterSymbol> known)
        {
            var seen = new HashSet<ISymbol>(known, SymbolEqualityComparer.Default);
            foreach (SyntaxNode node in removedNodes.ToList())
            {
                foreach (IdentifierNameSyntax identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (model.GetSymbolInfo(identifier).Symbol is IParameterSymbol parameter && seen.Add(parameter) && IsDeadParameter(model, parameter, removedNodes))
                    {
                        yield return parameter;
                    }
                }
            }
        }

        /// <summary>
        /// A parameter of a method with a body that only this assembly can call (not externally visible, not virtual,
        /// not an interface implementation), read only inside <paramref name="removed"/>.
        /// </summary>
        private static bool IsDeadParameter(SemanticModel model, IParameterSymbol parameter, List<SyntaxNode> removed)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method
                || method.IsVirtual || method.IsOverride || method.IsAbstract || method.IsExtensionMethod || method.PartialDefinitionPart != null || method.PartialImplementationPart != null
                || method.ExplicitInterfaceImplementations.Length > 0 || ImplementsInterfaceMember(method) || IsExternallyVisible(method)
                || parameter.IsParams || parameter.RefKind != RefKind.None
                || method.DeclaringSyntaxReferences.Length != 1
                || method.DeclaringSyntaxReferences[0].GetSyntax() is not BaseMethodDeclarationSyntax { ParameterList: { } } declaration
                || declaration.SyntaxTree != model.SyntaxTree
                || declaration.Body is null && declaration.ExpressionBody is null)
            {
                return false;
            }

            SyntaxNode body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody!;
            foreach (IdentifierNameSyntax use in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (use.Identifier.ValueText == parameter.Name
                    && !removed.Any(r => r.Span.Contains(use.Span))
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use).Symbol, parameter))
                {
                    return false;
                }
            }

            if (declaration is ConstructorDeclarationSyntax { Initializer: { } initializer }
                && initializer.DescendantNodes().OfType<IdentifierNameSyntax>().Any(u => u.Identifier.ValueText == parameter.Name && !removed.Any(r => r.Span.Contains(u.Span))))
            {
                return false;
            }

            return true;
        }

        private static bool ImplementsInterfaceMember(IMethodSymbol method)
        {
            foreach (INamedTypeSymbol implemented in method.ContainingType.AllInterfaces)
            {
                foreach (ISymbol member in implemented.GetMembers(method.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when code outside the assembly can call <paramref name="symbol"/> (public or protected all the way out).</summary>
        private static bool IsExternallyVisible(ISymbol symbol)
        {
            for (ISymbol? current = symbol; current != null && current.Kind != SymbolKind.Namespace; current = current.ContainingSymbol)
            {
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal or Accessibility.NotApplicable)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Removes <paramref name="nodes"/> (statements or member declarations) with their lines, comments included. The
        /// blank lines around a removed run come out as they were before it: a run that followed a blank line leaves one
        /// before what comes next, and a run that opened a block leaves none.
        /// </summary>
        public static void Remove(DocumentEditor editor, IReadOnlyCollection<SyntaxNode> nodes)
        {
            var set = new HashSet<SyntaxNode>(nodes);
            foreach (SyntaxNode node in nodes)
            {
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepUnbalancedDirectives);

                SyntaxNode? next = NextSibling(node);
                if (next is null || set.Contains(next))
                {
                    continue;
                }

                // Walk back over the removed run to what stood before it.
                SyntaxNode first = node;
                for (SyntaxNode? previous = PreviousSibling(first); previous != null && set.Contains(previous); previous = PreviousSibling(previous))
                {
                    first = previous;
                }

                bool opensBlock = PreviousSibling(first) is null;
                bool gapBefore = StartsWithBlankLine(first.GetLeadingTrivia());
                bool gapAfter = StartsWithBlankLine(next.GetLeadingTrivia());
                if (opensBlock && gapAfter)
                {
                    editor.ReplaceNode(next, (current, _) => current.WithLeadingTrivia(WithoutFirstBlankLine(current.GetLeadingTrivia())));
                }
                else if (!opensBlock && gapBefore && !gapAfter)
                {
                    SyntaxTrivia newLine = first.GetLeadingTrivia().First(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                    editor.ReplaceNode(next, (current, _) => current.WithLeadingTrivia(current.GetLeadingTrivia().Insert(0, newLine)));
                }
            }
        }

        private static SyntaxNode? NextSibling(SyntaxNode node)
        {
            bool found = false;
            foreach (SyntaxNode sibling in node.Parent?.ChildNodes() ?? Enumerable.Empty<SyntaxNode>())
            {
                if (found && (sibling is StatementSyntax || sibling is MemberDeclarationSyntax))
                {
                    return sibling;
                }

                found |= sibling == node;
            }

            return null;
        }

        private static SyntaxNode? PreviousSibling(SyntaxNode node)
        {
            SyntaxNode? previous = null;
            foreach (SyntaxNode sibling in node.Parent?.ChildNodes() ?? Enumerable.Empty<SyntaxNode>())
            {
                if (sibling == node)
                {
                    return previous;
                }

                if (sibling is StatementSyntax || sibling is MemberDeclarationSyntax)
                {
                    previous = sibling;
                }
            }

            return null;
        }

        private static bool StartsWithBlankLine(SyntaxTriviaList trivia)
        {
            foreach (SyntaxTrivia t in trivia)
            {
                if (t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    continue;
                }

                return t.IsKind(SyntaxKind.EndOfLineTrivia);
            }

            return false;
        }

        private static SyntaxTriviaList WithoutFirstBlankLine(SyntaxTriviaList trivia)
        {
            int index = 0;
            while (index < trivia.Count && trivia[index].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                index++;
            }

            return index < trivia.Count && trivia[index].IsKind(SyntaxKind.EndOfLineTrivia)
                ? SyntaxFactory.TriviaList(trivia.Skip(index + 1))
                : trivia;
        }

        private static bool TryFindDead(SemanticModel model, ISymbol symbol, List<SyntaxNode> removed, out List<SyntaxNode> dead)
        {
            dead = new List<SyntaxNode>();
            SyntaxNode? declaration;
            SyntaxNode? scope;
            ExpressionSyntax? initializer = null;

            switch (symbol)
            {
                case ILocalSymbol local when local.DeclaringSyntaxReferences.Length == 1
                    && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement } } declarator:
                    declaration = statement;
                    initializer = declarator.Initializer?.Value;
                    scope = statement.Parent;
                    break;

                case IFieldSymbol field when PrivateMember(field) is { } type
                    && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax fieldDeclaration } } fieldDeclarator:
                    declaration = fieldDeclaration;
                    initializer = fieldDeclarator.Initializer?.Value;
                    scope = type;
                    break;

                // private string Password => configuration["Mail:Password"] ?? throw ...;
                case IPropertySymbol { IsIndexer: false } property when PrivateMember(property) is { } type
                    && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax propertyDeclaration
                    && (propertyDeclaration.ExpressionBody?.Expression ?? propertyDeclaration.Initializer?.Value) is { } value
                    && (propertyDeclaration.AccessorList is null || propertyDeclaration.AccessorList.Accessors.All(a => a.Body is null && a.ExpressionBody is null && a.Keyword.IsKind(SyntaxKind.GetKeyword))):
                    declaration = propertyDeclaration;
                    initializer = value;
                    scope = type;
                    break;

                // private static PSCredential AdminCredential() { ... builds the credential from configuration ... }
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtensionMethod: false, PartialDefinitionPart: null, PartialImplementationPart: null } method
                    when PrivateMember(method) is { } type
                    && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax methodDeclaration
                    && IsInertBody(model, methodDeclaration):
                    declaration = methodDeclaration;
                    scope = type;
                    break;

                default:
                    return false;
            }

            if (scope is null || declaration.SyntaxTree != model.SyntaxTree || (initializer != null && !IsInert(model, initializer)))
            {
                return false;
            }

            var plumbing = new List<SyntaxNode>();
            foreach (IdentifierNameSyntax use in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (use.Identifier.ValueText != symbol.Name
                    || declaration.Span.Contains(use.Span)
                    || removed.Any(r => r.Span.Contains(use.Span))
                    || plumbing.Any(p => p.Span.Contains(use.Span))
                    || !SymbolEqualityComparer.Default.Equals(Referenced(model, use), symbol))
                {
                    continue;
                }

                // A statement that only works on the dead value (secure.AppendChar(c); secure.MakeReadOnly();), a loop
                // that does nothing else, an assignment of a value without side effects, or a guard that only checks it,
                // dies with it.
                if (PlumbingStatement(model, use, symbol) is { } statement)
                {
                    plumbing.Add(statement);
                    continue;
                }

                return false;
            }

            dead.Add(declaration);
            dead.AddRange(plumbing);
            return true;
        }

        private static ISymbol? Referenced(SemanticModel model, IdentifierNameSyntax use)
        {
            ISymbol? symbol = model.GetSymbolInfo(use).Symbol;
            return symbol is IMethodSymbol { ReducedFrom: null } method ? method.OriginalDefinition : symbol;
        }

        /// <summary>The type declaring <paramref name="member"/> when it is private to one non-partial type declaration.</summary>
        private static TypeDeclarationSyntax? PrivateMember(ISymbol member) =>
            member.DeclaredAccessibility == Accessibility.Private
            && member.DeclaringSyntaxReferences.Length == 1
            && member.DeclaringSyntaxReferences[0].GetSyntax().FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
            && !type.Modifiers.Any(SyntaxKind.PartialKeyword)
                ? type
                : null;

        private static SyntaxNode? PlumbingStatement(SemanticModel model, IdentifierNameSyntax use, ISymbol symbol)
        {
            if (use.Parent is MemberAccessExpressionSyntax access && access.Expression == use
                && access.Parent is InvocationExpressionSyntax invocation
                && invocation.Parent is ExpressionStatementSyntax statement)
            {
                // Widen to an enclosing loop whose body is only such calls on the same value.
                SyntaxNode result = statement;
                if (statement.Parent is BlockSyntax { Parent: ForEachStatementSyntax loop } block && block.Statements.All(s => IsCallOn(s, symbol.Name)))
                {
                    result = loop;
                }
                else if (statement.Parent is ForEachStatementSyntax directLoop)
                {
                    result = directLoop;
                }

                return result;
            }

            // _app = PublicClientApplicationBuilder.Create(id).Build();  (this._app = ... too)
            SyntaxNode target = use.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == use ? self : use;
            // Not a field that holds what the constructor was given (an injected service such as IConfiguration): the
            // class keeps its dependencies; only values it built itself are plumbing.
            if (target.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == target
                && assignment.Parent is ExpressionStatementSyntax assignmentStatement
                && model.GetOperation(assignment.Right) is not IParameterReferenceOperation and not IConversionOperation { Operand: IParameterReferenceOperation }
                && IsInert(model, assignment.Right))
            {
                return assignmentStatement;
            }

            // if (string.IsNullOrEmpty(Password)) { return "Password is empty."; }  /  { throw ...; }
            if (use.FirstAncestorOrSelf<IfStatementSyntax>() is { Else: null } guard
                && guard.Condition.Span.Contains(use.Span)
                && IsInert(model, guard.Condition)
                && Exits(guard.Statement))
            {
                return guard;
            }

            return null;
        }

        /// <summary>A guard's body: one <c>return</c> or <c>throw</c>, in a block or not.</summary>
        private static bool Exits(StatementSyntax statement) =>
            statement is ReturnStatementSyntax or ThrowStatementSyntax
            || statement is BlockSyntax { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax or ThrowStatementSyntax;

        /// <summary>
        /// A method body that only builds a value from configuration: local declarations with inert initializers,
        /// calls on its own locals (<c>secure.AppendChar(c)</c>), loops of those, guards, and a return of an inert value.
        /// </summary>
        private static bool IsInertBody(SemanticModel model, MethodDeclarationSyntax method)
        {
            if (method.ExpressionBody is { } arrow)
            {
                return IsInert(model, arrow.Expression);
            }

            if (method.Body is null)
            {
                return false;
            }

            var locals = new HashSet<string>(method.Body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText));
            foreach (StatementSyntax statement in method.Body.Statements)
            {
                bool inert = statement switch
                {
                    LocalDeclarationStatementSyntax declaration => declaration.Declaration.Variables.All(v => v.Initializer is null || IsInert(model, v.Initializer.Value)),
                    ExpressionStatementSyntax expression => IsCallOnLocal(expression, locals),
                    ForEachStatementSyntax loop => IsInert(model, loop.Expression) && (loop.Statement is BlockSyntax block ? block.Statements.All(s => IsCallOnLocal(s, locals)) : IsCallOnLocal(loop.Statement, locals)),
                    ReturnStatementSyntax returned => returned.Expression is null || IsInert(model, returned.Expression),
                    IfStatementSyntax { Else: null } guard => IsInert(model, guard.Condition) && Exits(guard.Statement),
                    _ => false,
                };
                if (!inert)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsCallOnLocal(StatementSyntax statement, HashSet<string> locals) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } }
            && locals.Contains(receiver.Identifier.ValueText);

        private static bool IsCallOn(StatementSyntax statement, string name) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } }
            && receiver.Identifier.ValueText == name;

        private static bool IsInert(SemanticModel model, ExpressionSyntax initializer)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            foreach (SyntaxNode node in initializer.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax _:
                    case AwaitExpressionSyntax _:
                    case PostfixUnaryExpressionSyntax _:
                    case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }:
                        return false;

                    case InvocationExpressionSyntax call:
                        string? name = call.Expression switch
                        {
                            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                            SimpleNameSyntax simple => simple.Identifier.ValueText,
                            _ => null,
                        };
                        if (name is null || (!ReadOnlyCalls.Contains(name) && !IsInertCall(model, known, call)))
                        {
                            return false;
                        }

                        break;

                    case BaseObjectCreationExpressionSyntax creation:
                        // An exception a guard throws (?? throw new InvalidOperationException(...)) is no effect of its own.
                        if (creation.Parent is ThrowExpressionSyntax or ThrowStatementSyntax)
                        {
                            break;
                        }

                        if (model.GetTypeInfo(creation).Type is not { } created || !KnownTypes.InertCredentialTypes.Any(inert => known.IsType(created, inert)))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        }

        /// <summary>
        /// A call that only builds a value: on an MSAL application builder, or to a private method of this type that
        /// only builds one from configuration.
        /// </summary>
        private static bool IsInertCall(SemanticModel model, KnownApiSymbols known, InvocationExpressionSyntax call)
        {
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol method)
            {
                return false;
            }

            if (KnownTypes.InertBuilderTypes.Any(builder => known.IsOrInherits(method.ContainingType, builder)))
            {
                return true;
            }

            return PrivateMember(method) != null
                && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declaration
                && declaration.SyntaxTree == model.SyntaxTree
                && !declaration.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(inner => model.GetSymbolInfo(inner).Symbol is IMethodSymbol m && SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, method.OriginalDefinition))
                && IsInertBody(model, declaration);
        }
    }
}
