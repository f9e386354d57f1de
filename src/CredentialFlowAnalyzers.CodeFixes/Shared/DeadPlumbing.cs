using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

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
        private static readonly ImmutableHashSet<string> ReadOnlyCalls = ImmutableHashSet.Create("GetEnvironmentVariable", "GetValue", "GetSection", "GetConnectionString", "ToString", "ToCharArray", "Trim");

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
        public static IReadOnlyList<SyntaxNode> Find(SemanticModel model, IEnumerable<SyntaxNode> removed)
        {
            var removedNodes = new List<SyntaxNode>(removed);
            var result = new List<SyntaxNode>();
            var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var work = new Queue<SyntaxNode>(removedNodes);

            while (work.Count > 0)
            {
                SyntaxNode node = work.Dequeue();
                foreach (IdentifierNameSyntax identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    ISymbol? symbol = model.GetSymbolInfo(identifier).Symbol;
                    if (symbol is null || !visited.Add(symbol))
                    {
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

            return result.Distinct().Where(n => !result.Any(other => other != n && other.Span.Contains(n.Span))).ToList();
        }

        /// <summary>
        /// Removes <paramref name="nodes"/> (statements or member declarations) with their lines. When a run of
        /// removed nodes opened a block or followed a blank line, the blank line after the run goes too, so the
        /// code does not keep a gap where the secret was.
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

                SyntaxNode? before = PreviousSibling(first);
                bool gapBefore = before is null || first.GetLeadingTrivia().FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia);
                if (gapBefore && StartsWithBlankLine(next.GetLeadingTrivia()))
                {
                    editor.ReplaceNode(next, (current, _) => current.WithLeadingTrivia(WithoutFirstBlankLine(current.GetLeadingTrivia())));
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
            ExpressionSyntax? initializer;

            switch (symbol)
            {
                case ILocalSymbol local when local.DeclaringSyntaxReferences.Length == 1
                    && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement } } declarator:
                    declaration = statement;
                    initializer = declarator.Initializer?.Value;
                    scope = statement.Parent;
                    break;

                case IFieldSymbol field when field.DeclaredAccessibility == Accessibility.Private
                    && field.DeclaringSyntaxReferences.Length == 1
                    && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax fieldDeclaration } } fieldDeclarator
                    && fieldDeclaration.Parent is TypeDeclarationSyntax type
                    && !type.Modifiers.Any(SyntaxKind.PartialKeyword):
                    declaration = fieldDeclaration;
                    initializer = fieldDeclarator.Initializer?.Value;
                    scope = type;
                    break;

                default:
                    return false;
            }

            if (scope is null || (initializer != null && !IsInert(model, initializer)))
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
                    || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use).Symbol, symbol))
                {
                    continue;
                }

                // A statement that only works on the dead value (secure.AppendChar(c); secure.MakeReadOnly();),
                // or a loop that does nothing else, dies with it.
                if (PlumbingStatement(use, symbol) is { } statement)
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

        private static SyntaxNode? PlumbingStatement(IdentifierNameSyntax use, ISymbol symbol)
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

            return null;
        }

        private static bool IsCallOn(StatementSyntax statement, string name) =>
            statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } }
            && receiver.Identifier.ValueText == name;

        private static bool IsInert(SemanticModel model, ExpressionSyntax initializer)
        {
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
                        if (name is null || !ReadOnlyCalls.Contains(name))
                        {
                            return false;
                        }

                        break;

                    case BaseObjectCreationExpressionSyntax creation:
                        KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
                        if (model.GetTypeInfo(creation).Type is not { } created || !KnownTypes.InertCredentialTypes.Any(inert => known.IsType(created, inert)))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        }
    }
}
