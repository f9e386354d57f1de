using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Fix All for the credential fixes: applies the chosen fix to one site after another, each on the code the previous
    /// fixes left, so Fix All gives exactly what fixing the sites one by one gives. The default batch fixer computes every
    /// fix against the original document and merges text changes, which drops repeated identical insertions (the same
    /// <c>using</c>, the same helper) and cannot see that an earlier fix already removed a shared password local.
    /// <list type="bullet">
    /// <item>Documents are taken in a stable order (project, file path, name) and the sites of a document by position,
    /// so the same input always gives the same output, whichever diagnostic Fix All was started from.</item>
    /// <item>Each site is found again after earlier edits through an annotation on the node it was reported on.</item>
    /// <item>The action applied is the one with Fix All's equivalence key; when that key is the rule's recommended key,
    /// or is missing or belongs to another rule (<c>dotnet format</c> takes the key of the first diagnostic its
    /// analyzers reported, of any id), each site gets its own first (recommended) action.</item>
    /// </list>
    /// </summary>
    internal sealed class CredentialFixAllProvider : FixAllProvider
    {
        public static CredentialFixAllProvider Instance { get; } = new CredentialFixAllProvider();

        private CredentialFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var sites = new List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)>();
            foreach (Document document in DocumentsInScope(fixAllContext))
            {
                ImmutableArray<Diagnostic> diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                ImmutableArray<Diagnostic> inDocument = diagnostics
                    .Where(d => d.Location.IsInSource && d.Location.SourceTree?.FilePath == document.FilePath)
                    .OrderBy(d => d.Location.SourceSpan.Start)
                    .ThenBy(d => d.Location.SourceSpan.End)
                    .ThenBy(d => d.Id, StringComparer.Ordinal)
                    .ToImmutableArray();
                if (!inDocument.IsEmpty)
                {
                    sites.Add((document.Id, inDocument));
                }
            }

            if (sites.Count == 0)
            {
                return null;
            }

            string title = fixAllContext.Scope switch
            {
                FixAllScope.Document => "Fix all in document",
                FixAllScope.Project => "Fix all in project",
                _ => "Fix all in solution",
            };

            return CodeAction.Create(
                title,
                cancellationToken => FixAsync(fixAllContext, sites, cancellationToken),
                fixAllContext.CodeActionEquivalenceKey);
        }

        private static IEnumerable<Document> DocumentsInScope(FixAllContext context)
        {
            IEnumerable<Document> documents = context.Scope switch
            {
                FixAllScope.Document => context.Document is null ? Enumerable.Empty<Document>() : new[] { context.Document },
                FixAllScope.Project => context.Project.Documents,
                _ => context.Solution.Projects.SelectMany(p => p.Documents),
            };

            return documents
                .OrderBy(d => d.Project.Name, StringComparer.Ordinal)
                .ThenBy(d => d.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Name, StringComparer.Ordinal);
        }

        private static async Task<Solution> FixAsync(FixAllContext context, List<(DocumentId Document, ImmutableArray<Diagnostic> Diagnostics)> sites, CancellationToken cancellationToken)
        {
            Solution solution = context.Solution;
            foreach ((DocumentId documentId, ImmutableArray<Diagnostic> diagnostics) in sites)
            {
                solution = await FixDocumentAsync(context, solution, documentId, diagnostics, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        private static async Task<Solution> FixDocumentAsync(FixAllContext context, Solution solution, DocumentId documentId, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            Document? document = solution.GetDocument(documentId);
            SyntaxNode? root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document is null || root is null)
            {
                return solution;
            }

            // Mark every reported location, so each site can be found again after the fixes before it.
            var marks = diagnostics.Select(d => SiteMark.Create(root, d)).ToList();
            var marked = marks.SelectMany(m => m.Nodes).Distinct().ToList();
            root = root.ReplaceNodes(marked, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks.SelectMany(m => m.AnnotationsOn(original))));
            solution = solution.WithDocumentSyntaxRoot(documentId, root);

            foreach (SiteMark mark in marks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                document = solution.GetDocument(documentId);
                root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (document is null || root?.SyntaxTree is not { } tree || mark.Relocate(root, tree) is not { } diagnostic)
                {
                    continue;
                }

                CodeAction? action = await ChooseActionAsync(context, document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                foreach (CodeActionOperation operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        solution = apply.ChangedSolution;
                    }
                }
            }

            return await RemoveMarksAsync(solution, documentId, marks, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The action Fix All applies at one site (see the class summary), or none.</summary>
        private static async Task<CodeAction?> ChooseActionAsync(FixAllContext context, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var actions = new List<CodeAction>();
            var fixContext = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            await context.CodeFixProvider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
            if (actions.Count == 0)
            {
                return null;
            }

            string? key = context.CodeActionEquivalenceKey;
            if (key is null || key == EquivalenceKeys.Recommended(diagnostic.Id) || !EquivalenceKeys.BelongsTo(key, diagnostic.Id))
            {
                return actions[0];
            }

            return actions.FirstOrDefault(a => a.EquivalenceKey == key);
        }

        private static async Task<Solution> RemoveMarksAsync(Solution solution, DocumentId documentId, List<SiteMark> marks, CancellationToken cancellationToken)
        {
            Document? document = solution.GetDocument(documentId);
            SyntaxNode? root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return solution;
            }

            var annotations = marks.SelectMany(m => m.Annotations).ToArray();
            var annotated = root.GetAnnotatedNodes(SiteMark.Kind).ToList();
            if (annotated.Count == 0)
            {
                return solution;
            }

            SyntaxNode cleaned = root.ReplaceNodes(annotated, (_, rewritten) => rewritten.WithoutAnnotations(annotations));
            return solution.WithDocumentSyntaxRoot(documentId, cleaned, PreservationMode.PreserveIdentity);
        }

        /// <summary>
        /// One reported diagnostic and where its locations sit relative to the nodes that hold them, so the diagnostic can
        /// be re-created at the same place in a later version of the document.
        /// </summary>
        private sealed class SiteMark
        {
            public const string Kind = "CredentialFlowAnalyzers.FixAllSite";

            private readonly Diagnostic _diagnostic;
            private readonly List<MarkedLocation> _locations;

            private SiteMark(Diagnostic diagnostic, List<MarkedLocation> locations)
            {
                _diagnostic = diagnostic;
                _locations = locations;
            }

            public IEnumerable<SyntaxNode> Nodes => _locations.Where(l => l.Node != null).Select(l => l.Node!);

            public IEnumerable<SyntaxAnnotation> Annotations => _locations.Where(l => l.Annotation != null).Select(l => l.Annotation!);

            public static SiteMark Create(SyntaxNode root, Diagnostic diagnostic)
            {
                var locations = new List<MarkedLocation>();
                foreach (Location location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
                {
                    if (!location.IsInSource || location.SourceTree!.FilePath != root.SyntaxTree.FilePath || !root.FullSpan.Contains(location.SourceSpan))
                    {
                        // Elsewhere (another document): kept as reported.
                        locations.Add(new MarkedLocation(null, null, location, 0, 0));
                        continue;
                    }

                    TextSpan span = location.SourceSpan;
                    SyntaxNode node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);
                    locations.Add(new MarkedLocation(node, new SyntaxAnnotation(Kind), location, span.Start - node.SpanStart, span.Length));
                }

                return new SiteMark(diagnostic, locations);
            }

            public IEnumerable<SyntaxAnnotation> AnnotationsOn(SyntaxNode node) =>
                _locations.Where(l => l.Node == node).Select(l => l.Annotation!);

            /// <summary>The diagnostic at its place in <paramref name="root"/>, or null when an earlier fix removed the site.</summary>
            public Diagnostic? Relocate(SyntaxNode root, SyntaxTree tree)
            {
                var moved = new List<Location?>();
                foreach (MarkedLocation location in _locations)
                {
                    if (location.Annotation is null)
                    {
                        moved.Add(location.Original);
                        continue;
                    }

                    SyntaxNode? node = root.GetAnnotatedNodes(location.Annotation).FirstOrDefault();
                    moved.Add(node is null || node.SpanStart + location.Offset + location.Length > node.FullSpan.End
                        ? null
                        : Location.Create(tree, new TextSpan(node.SpanStart + location.Offset, location.Length)));
                }

                if (moved[0] is not { } primary)
                {
                    return null;
                }

                return Diagnostic.Create(
                    _diagnostic.Descriptor,
                    primary,
                    _diagnostic.Severity,
                    moved.Skip(1).Where(l => l != null).Select(l => l!),
                    _diagnostic.Properties);
            }

            private sealed class MarkedLocation
            {
                public MarkedLocation(SyntaxNode? node, SyntaxAnnotation? annotation, Location original, int offset, int length)
                {
                    Node = node;
                    Annotation = annotation;
                    Original = original;
                    Offset = offset;
                    Length = length;
                }

                public SyntaxNode? Node { get; }

                public SyntaxAnnotation? Annotation { get; }

                public Location Original { get; }

                public int Offset { get; }

                public int Length { get; }
            }
        }
    }
}
