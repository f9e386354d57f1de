using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>What a rule's rewrite of one site tells the pipeline, besides its edits on <see cref="Editor"/>.</summary>
    internal sealed class RewriteContext
    {
        public RewriteContext(Document document, DocumentEditor editor)
        {
            Document = document;
            Editor = editor;
        }

        public Document Document { get; }

        public DocumentEditor Editor { get; }

        public SemanticModel Model => Editor.SemanticModel;

        /// <summary>Nodes the rewrite deletes or replaces: what only fed them is looked for and removed too.</summary>
        public List<SyntaxNode> Dropped { get; } = new List<SyntaxNode>();

        /// <summary>Sites whose obsolete call the rewrite replaced: a <c>#pragma warning disable CS0618</c> around one goes when nothing there is obsolete any more.</summary>
        public List<SyntaxNode> ObsoleteSites { get; } = new List<SyntaxNode>();

        /// <summary>The rewrite calls the token provider: the pipeline adds its document to the project once.</summary>
        public bool UsesTokenProvider { get; private set; }

        /// <summary>
        /// An app-only access token for <paramref name="scope"/> from the token provider at <paramref name="site"/>:
        /// <c>await SecureAppTokenProvider.GetAccessTokenAsync(scope[, cancellationToken])</c> in an async function,
        /// else <c>SecureAppTokenProvider.GetAccessToken(scope)</c>.
        /// </summary>
        public ExpressionSyntax AppOnlyToken(SyntaxNode site, string scope, ExpressionSyntax? cancellationToken = null)
        {
            if (InAsyncFunction(site))
            {
                var arguments = new List<ExpressionSyntax> { FixHelpers.StringLiteral(scope) };
                if (cancellationToken != null)
                {
                    arguments.Add(cancellationToken.WithoutTrivia());
                }

                return SyntaxFactory.AwaitExpression(SyntaxFactory.InvocationExpression(TokenProvider(site.SpanStart, Catalog.TokenProvider.GetAccessTokenAsync), FixHelpers.Arguments(arguments)));
            }

            return SyntaxFactory.InvocationExpression(TokenProvider(site.SpanStart, Catalog.TokenProvider.GetAccessToken), FixHelpers.Arguments(FixHelpers.StringLiteral(scope)));
        }

        /// <summary>True when the innermost function around <paramref name="node"/> is <c>async</c>.</summary>
        public static bool InAsyncFunction(SyntaxNode node)
        {
            foreach (SyntaxNode ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax lambda:
                        return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                    case LocalFunctionStatementSyntax local:
                        return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case BaseMethodDeclarationSyntax method:
                        return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                    case AccessorDeclarationSyntax _:
                    case BasePropertyDeclarationSyntax _:
                        return false;
                }
            }

            return false;
        }

        /// <summary><c>SecureAppTokenProvider.member</c> at <paramref name="position"/> (see <see cref="TokenProviderDocument"/>).</summary>
        public ExpressionSyntax TokenProvider(int position, string member)
        {
            UsesTokenProvider = true;
            return TokenProviderDocument.Member(Editor, Document.Project, position, member);
        }
    }

    /// <summary>
    /// Applies a rule's rewrite of one site and what the rewrite implies, as one code action on the solution:
    /// <list type="number">
    /// <item>the rule's edits (<see cref="RewriteContext"/>);</item>
    /// <item>the plumbing that only fed what it dropped: locals, private fields, properties and methods, assignments,
    /// guards (<see cref="DeadPlumbing"/>);</item>
    /// <item>parameters nothing reads any more, with the argument every caller in the solution passes, and what only fed
    /// those arguments;</item>
    /// <item>a <c>#pragma warning disable CS0618</c> pair around a replaced obsolete call, when it suppresses nothing any more;</item>
    /// <item><c>using</c> directives the rewrite left unused;</item>
    /// <item>the token provider document, when the rewrite calls it and the project does not have it yet.</item>
    /// </list>
    /// </summary>
    internal static class CredentialRewrite
    {
        private const string Obsolete = "CS0618";

        public static CodeAction Action(string title, string equivalenceKey, Document document, Func<RewriteContext, CancellationToken, Task<bool>> rewrite) =>
            CodeAction.Create(title, cancellationToken => ApplyAsync(document, rewrite, cancellationToken), equivalenceKey);

        public static async Task<Solution> ApplyAsync(Document document, Func<RewriteContext, CancellationToken, Task<bool>> rewrite, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var context = new RewriteContext(document, editor);
            if (!await rewrite(context, cancellationToken).ConfigureAwait(false))
            {
                return document.Project.Solution;
            }

            SemanticModel model = editor.SemanticModel;
            SyntaxNode originalRoot = editor.OriginalRoot;
            HashSet<string> namespacesBefore = UsedNamespaces(model, originalRoot, cancellationToken);
            List<int> pragmas = PragmasAround(originalRoot, context.ObsoleteSites);

            DeadPlumbing.Result dead = DeadPlumbing.FindAll(model, context.Dropped);
            dead = WithoutSignatureClashes(dead);

            // Parameters nothing reads any more go with the argument every call passes; calls in this document are
            // edited with the rest, so what only fed their arguments is found in the same pass.
            Dictionary<DocumentId, List<ArgumentSyntax>> arguments = await ArgumentsOfAsync(document.Project.Solution, dead.Parameters, cancellationToken).ConfigureAwait(false);
            if (arguments.TryGetValue(document.Id, out List<ArgumentSyntax>? local))
            {
                context.Dropped.AddRange(local);
                var parameters = dead.Parameters;
                dead = DeadPlumbing.FindAll(model, context.Dropped);
                dead = new DeadPlumbing.Result(dead.Nodes, parameters);
                foreach (ArgumentSyntax argument in local.Where(a => !dead.Nodes.Any(n => n.Span.Contains(a.Span))))
                {
                    editor.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia);
                }
            }

            DeadPlumbing.Remove(editor, dead.Nodes);
            foreach (IParameterSymbol parameter in dead.Parameters)
            {
                if (parameter.Locations.FirstOrDefault() is { IsInSource: true } location && location.SourceTree == originalRoot.SyntaxTree
                    && originalRoot.FindNode(location.SourceSpan)?.FirstAncestorOrSelf<ParameterSyntax>() is { } declaration
                    && !dead.Nodes.Any(n => n.Span.Contains(declaration.Span)))
                {
                    editor.RemoveNode(declaration, SyntaxRemoveOptions.KeepNoTrivia);
                }
            }

            Document changed = editor.GetChangedDocument();
            changed = await CleanUpAsync(changed, namespacesBefore, pragmas, cancellationToken).ConfigureAwait(false);
            Solution solution = changed.Project.Solution;

            foreach (KeyValuePair<DocumentId, List<ArgumentSyntax>> other in arguments.Where(a => a.Key != document.Id).OrderBy(a => solution.GetDocument(a.Key)?.FilePath, StringComparer.Ordinal))
            {
                if (solution.GetDocument(other.Key) is { } caller)
                {
                    DocumentEditor callerEditor = await DocumentEditor.CreateAsync(caller, cancellationToken).ConfigureAwait(false);
                    IReadOnlyList<SyntaxNode> callerDead = DeadPlumbing.Find(callerEditor.SemanticModel, other.Value);
                    foreach (ArgumentSyntax argument in other.Value.Where(a => !callerDead.Any(n => n.Span.Contains(a.Span))))
                    {
                        callerEditor.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia);
                    }

                    DeadPlumbing.Remove(callerEditor, callerDead);
                    solution = callerEditor.GetChangedDocument().Project.Solution;
                }
            }

            if (context.UsesTokenProvider)
            {
                solution = await TokenProviderDocument.EnsureAsync(solution, document.Project.Id, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        /// <summary>
        /// Keeps the parameters of a method whose signature, without them, would be another overload's (two methods with
        /// one signature do not compile).
        /// </summary>
        private static DeadPlumbing.Result WithoutSignatureClashes(DeadPlumbing.Result dead)
        {
            var kept = new List<IParameterSymbol>();
            foreach (IGrouping<ISymbol, IParameterSymbol> byMethod in dead.Parameters.GroupBy(p => p.ContainingSymbol, SymbolEqualityComparer.Default))
            {
                var method = (IMethodSymbol)byMethod.Key;
                var remaining = method.Parameters.Where(p => !byMethod.Contains(p, SymbolEqualityComparer.Default)).Select(p => p.Type).ToList();
                bool clashes = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Any(other =>
                    !SymbolEqualityComparer.Default.Equals(other, method)
                    && other.Parameters.Length == remaining.Count
                    && other.Parameters.Select(p => p.Type).Zip(remaining, (a, b) => SymbolEqualityComparer.Default.Equals(a, b)).All(same => same));
                if (!clashes)
                {
                    kept.AddRange(byMethod);
                }
            }

            return new DeadPlumbing.Result(dead.Nodes, kept);
        }

        /// <summary>Removes unused <c>using</c>s the rewrite left and CS0618 suppressions that suppress nothing any more.</summary>
        private static async Task<Document> CleanUpAsync(Document document, HashSet<string> namespacesBefore, List<int> pragmas, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (model is null || root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var trivia = new List<SyntaxTrivia>();
            List<(SyntaxTrivia Disable, SyntaxTrivia? Restore)> directives = ObsoleteDirectives(unit);
            foreach (int index in pragmas)
            {
                if (index < directives.Count && directives[index].Restore is { } restore
                    && !UsesObsolete(model, unit, TextSpanBetween(directives[index].Disable, restore), cancellationToken))
                {
                    trivia.Add(directives[index].Disable);
                    trivia.Add(restore);
                }
            }

            HashSet<string> namespacesAfter = UsedNamespaces(model, unit, cancellationToken);
            var unused = unit.Usings
                .Concat(unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings))
                .Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name != null
                    && namespacesBefore.Contains(u.Name.ToString()) && !namespacesAfter.Contains(u.Name.ToString()))
                .ToList();

            if (trivia.Count == 0 && unused.Count == 0)
            {
                return document;
            }

            // Directives go first (their tokens are unchanged by the using removal), then the usings.
            SyntaxNode newRoot = unit.ReplaceTrivia(trivia, (original, _) => default);
            newRoot = RemoveUsings(newRoot, unused.Select(u => u.Name!.ToString()).ToList());
            return document.WithSyntaxRoot(newRoot);
        }

        private static SyntaxNode RemoveUsings(SyntaxNode root, List<string> namespaces)
        {
            while (root.DescendantNodes().OfType<UsingDirectiveSyntax>().FirstOrDefault(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name != null && namespaces.Contains(u.Name.ToString())) is { } directive)
            {
                // What stands before the using (a file header, a blank line) stays, on whatever follows it.
                SyntaxTriviaList leading = directive.GetLeadingTrivia();
                SyntaxToken next = directive.GetLastToken().GetNextToken();
                if (leading.Count > 0 && next != default)
                {
                    root = root.ReplaceToken(next, next.WithLeadingTrivia(leading.AddRange(next.LeadingTrivia)));
                    directive = root.DescendantNodes().OfType<UsingDirectiveSyntax>().First(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name != null && namespaces.Contains(u.Name.ToString()));
                }

                root = root.RemoveNode(directive, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            return root;
        }

        /// <summary>The namespaces whose types or extension methods the names written in <paramref name="root"/> refer to.</summary>
        private static HashSet<string> UsedNamespaces(SemanticModel model, SyntaxNode root, CancellationToken cancellationToken)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (name.FirstAncestorOrSelf<UsingDirectiveSyntax>() != null)
                {
                    continue;
                }

                SymbolInfo info = model.GetSymbolInfo(name, cancellationToken);
                foreach (ISymbol symbol in info.Symbol is { } bound ? new[] { bound } : info.CandidateSymbols.AsEnumerable())
                {
                    INamespaceSymbol? ns = symbol switch
                    {
                        INamedTypeSymbol type => type.ContainingNamespace,
                        IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingNamespace,
                        IMethodSymbol { IsExtensionMethod: true } extension => extension.ContainingNamespace,
                        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType.ContainingNamespace,
                        _ => null,
                    };
                    if (ns is { IsGlobalNamespace: false })
                    {
                        used.Add(ns.ToDisplayString());
                    }
                }
            }

            return used;
        }

        /// <summary>The <c>#pragma warning disable CS0618</c> directives (by index in the file) whose region holds one of <paramref name="sites"/>.</summary>
        private static List<int> PragmasAround(SyntaxNode root, List<SyntaxNode> sites)
        {
            var result = new List<int>();
            List<(SyntaxTrivia Disable, SyntaxTrivia? Restore)> directives = ObsoleteDirectives(root);
            for (int i = 0; i < directives.Count; i++)
            {
                if (directives[i].Restore is { } restore && sites.Any(s => TextSpanBetween(directives[i].Disable, restore).Contains(s.Span)))
                {
                    result.Add(i);
                }
            }

            return result;
        }

        /// <summary>Every <c>#pragma warning disable CS0618</c> (that disables only CS0618) in order, with the restore that ends it.</summary>
        private static List<(SyntaxTrivia Disable, SyntaxTrivia? Restore)> ObsoleteDirectives(SyntaxNode root)
        {
            var result = new List<(SyntaxTrivia, SyntaxTrivia?)>();
            var open = new List<SyntaxTrivia>();
            foreach (SyntaxTrivia trivia in root.DescendantTrivia())
            {
                if (trivia.GetStructure() is not PragmaWarningDirectiveTriviaSyntax pragma
                    || pragma.ErrorCodes.Count != 1
                    || pragma.ErrorCodes[0] is not IdentifierNameSyntax { Identifier.ValueText: Obsolete })
                {
                    continue;
                }

                if (pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword))
                {
                    open.Add(trivia);
                    result.Add((trivia, null));
                }
                else if (open.Count > 0)
                {
                    SyntaxTrivia disable = open[open.Count - 1];
                    open.RemoveAt(open.Count - 1);
                    int index = result.FindIndex(r => r.Item1 == disable);
                    result[index] = (disable, trivia);
                }
            }

            return result;
        }

        private static Microsoft.CodeAnalysis.Text.TextSpan TextSpanBetween(SyntaxTrivia start, SyntaxTrivia end) =>
            Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start.FullSpan.End, Math.Max(start.FullSpan.End, end.FullSpan.Start));

        /// <summary>True when code in <paramref name="span"/> uses a member or type marked obsolete.</summary>
        private static bool UsesObsolete(SemanticModel model, SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
        {
            foreach (SyntaxNode node in root.DescendantNodes(span).Where(n => span.Contains(n.Span) && n is SimpleNameSyntax or BaseObjectCreationExpressionSyntax))
            {
                ISymbol? symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
                for (ISymbol? current = symbol; current != null && current.Kind != SymbolKind.Namespace; current = current.ContainingSymbol)
                {
                    if (current.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(ObsoleteAttribute)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The argument each call in the solution passes for one of <paramref name="parameters"/> (positional or named), by
        /// document, as the syntax of the unchanged solution.
        /// </summary>
        private static async Task<Dictionary<DocumentId, List<ArgumentSyntax>>> ArgumentsOfAsync(Solution solution, IReadOnlyList<IParameterSymbol> parameters, CancellationToken cancellationToken)
        {
            var result = new Dictionary<DocumentId, List<ArgumentSyntax>>();
            foreach (IGrouping<ISymbol, IParameterSymbol> byMethod in parameters.GroupBy(p => p.ContainingSymbol, SymbolEqualityComparer.Default))
            {
                IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(byMethod.Key, solution, cancellationToken).ConfigureAwait(false);
                foreach (ReferenceLocation location in references.SelectMany(r => r.Locations))
                {
                    SyntaxNode? root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    SyntaxNode? node = root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    ArgumentListSyntax? arguments = node?.FirstAncestorOrSelf<SyntaxNode>(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax) switch
                    {
                        InvocationExpressionSyntax call => call.ArgumentList,
                        BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                        ConstructorInitializerSyntax initializer => initializer.ArgumentList,
                        _ => null,
                    };
                    if (arguments is null)
                    {
                        continue;
                    }

                    foreach (IParameterSymbol parameter in byMethod)
                    {
                        ArgumentSyntax? argument = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter.Name)
                            ?? (parameter.Ordinal < arguments.Arguments.Count && arguments.Arguments.Take(parameter.Ordinal + 1).All(a => a.NameColon is null) ? arguments.Arguments[parameter.Ordinal] : null);
                        if (argument != null)
                        {
                            if (!result.TryGetValue(location.Document.Id, out List<ArgumentSyntax>? list))
                            {
                                result[location.Document.Id] = list = new List<ArgumentSyntax>();
                            }

                            list.Add(argument);
                        }
                    }
                }
            }

            return result;
        }
    }
}
