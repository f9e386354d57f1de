using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Turns a <c>grant_type=password</c> request into the Secure Application Model's refresh-token exchange:
    /// <c>grant_type=refresh_token</c> plus a <c>refresh_token</c> read from a named <see cref="SecretSource"/>; the
    /// <c>username</c> and <c>password</c> entries go, with the locals, fields and constants that only fed them;
    /// <c>client_id</c>, <c>client_secret</c>, <c>scope</c> and <c>resource</c> stay. Rewritten: key/value initializers
    /// and <c>Add</c>/indexer statements, RestSharp <c>AddParameter</c> statements, a body that is a single string
    /// literal or interpolated string, and an IdentityModel <c>PasswordTokenRequest</c> created inside
    /// <c>RequestPasswordTokenAsync(...)</c>. Other shapes (concatenation, <c>string.Format</c>, <c>StringBuilder</c>,
    /// fluent chains) get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA2001PasswordGrantRequestCodeFix)), Shared]
    public sealed class CFA2001PasswordGrantRequestCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Exchange a refresh token from a secret store (grant_type=refresh_token)";
        private const string RefreshTokenKey = "refresh_token";
        private const string RefreshGrant = "refresh_token";

        private static readonly ImmutableArray<string> UserEntryKeys = ImmutableArray.Create("username", "password");

        public CFA2001PasswordGrantRequestCodeFix()
            : base(Descriptors.CFA2001PasswordGrantRequest)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic, unwrapArgument: true);

            diagnostic.Properties.TryGetValue(CFA2001PasswordGrantRequestAnalyzer.ShapeProperty, out string? shape);
            Func<CancellationToken, Task<Document>>? fix = shape switch
            {
                CFA2001PasswordGrantRequestAnalyzer.ShapeForm => PlanEntries(context.Document, model, node, context.CancellationToken),
                CFA2001PasswordGrantRequestAnalyzer.ShapeRestSharp => PlanRestSharp(context.Document, model, node, context.CancellationToken),
                CFA2001PasswordGrantRequestAnalyzer.ShapeString => PlanString(context.Document, model, node),
                CFA2001PasswordGrantRequestAnalyzer.ShapeIdentityModel => PlanIdentityModel(context.Document, model, node),
                _ => null,
            };

            if (fix != null)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, fix, EquivalenceKeys.CFA2001RefreshToken), diagnostic);
            }

            return Task.CompletedTask;
        }

        // ---- key/value bodies ------------------------------------------------------------------------------

        /// <summary>One entry as the fix sees it: its key, its value, and the syntax that holds it (an initializer element or a statement).</summary>
        private sealed class EntrySyntax
        {
            public EntrySyntax(string? key, SyntaxNode holder, ExpressionSyntax keyExpression, ExpressionSyntax valueExpression)
            {
                Key = key;
                Holder = holder;
                KeyExpression = keyExpression;
                ValueExpression = valueExpression;
            }

            public string? Key { get; }

            /// <summary>An element of an <see cref="InitializerExpressionSyntax"/>, or an <see cref="ExpressionStatementSyntax"/>.</summary>
            public SyntaxNode Holder { get; }

            public ExpressionSyntax KeyExpression { get; }

            public ExpressionSyntax ValueExpression { get; }
        }

        private static Func<CancellationToken, Task<Document>>? PlanEntries(Document document, SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            IOperation? collection = CollectionOf(model, node, cancellationToken);
            if (collection is null)
            {
                return null;
            }

            var entries = new List<EntrySyntax>();
            foreach (KeyValueEntry entry in ValueFlow.Entries(collection))
            {
                if (Holder(entry.Node.Syntax) is not { } holder
                    || entry.Key.Syntax is not ExpressionSyntax key
                    || entry.Value.Syntax is not ExpressionSyntax value)
                {
                    return null;
                }

                entries.Add(new EntrySyntax(entry.KeyText, holder, key, value));
            }

            return entries.Any(e => e.Holder.Span.Contains(node.Span)) ? Plan(document, entries) : null;
        }

        /// <summary>The collection a reported entry belongs to: the local it is added to, or the creation whose initializer holds it.</summary>
        private static IOperation? CollectionOf(SemanticModel model, SyntaxNode entry, CancellationToken cancellationToken)
        {
            if (entry is InvocationExpressionSyntax or AssignmentExpressionSyntax && entry.Parent is ExpressionStatementSyntax)
            {
                return model.GetOperation(entry, cancellationToken) switch
                {
                    IInvocationOperation { Instance: ILocalReferenceOperation local } => local,
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation local } } => local,
                    _ => null,
                };
            }

            // An initializer element: { "k", v }, ["k"] = v, new KeyValuePair<,>("k", v) in a list or array initializer.
            if (entry.Parent is not InitializerExpressionSyntax { Parent: ExpressionSyntax creationSyntax }
                || model.GetOperation(creationSyntax, cancellationToken) is not { } creation
                || creation is not (IObjectCreationOperation or IArrayCreationOperation))
            {
                return null;
            }

            // When the collection is a local's initializer, later Add calls on the local belong to it too.
            if (creation.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                ILocalReferenceOperation? reference = ValueFlow.Root(creation).Descendants().OfType<ILocalReferenceOperation>()
                    .FirstOrDefault(r => SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol));
                if (reference != null)
                {
                    return reference;
                }
            }

            return creation;
        }

        private static SyntaxNode? Holder(SyntaxNode entry)
        {
            if (entry.Parent is InitializerExpressionSyntax)
            {
                return entry;
            }

            return entry.Parent is ExpressionStatementSyntax { Parent: BlockSyntax } statement ? statement : null;
        }

        private static Func<CancellationToken, Task<Document>>? PlanRestSharp(Document document, SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            if (node is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax block } }
                || model.GetOperation(node, cancellationToken) is not IInvocationOperation grant
                || Receiver(grant) is not { } receiver)
            {
                return null;
            }

            string receiverText = receiver.Syntax.ToString();
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            var entries = new List<EntrySyntax>();
            foreach (StatementSyntax statement in block.Statements)
            {
                if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
                    && model.GetOperation(call, cancellationToken) is IInvocationOperation invocation
                    && known.Is(invocation.TargetMethod, KnownMembers.RestSharpAddParameter)
                    && Receiver(invocation)?.Syntax.ToString() == receiverText
                    && ValueFlow.ArgumentNamed(invocation.Arguments, "name") is { Syntax: ExpressionSyntax key } keyOperation
                    && ValueFlow.ArgumentNamed(invocation.Arguments, "value") is { Syntax: ExpressionSyntax value })
                {
                    entries.Add(new EntrySyntax(ValueFlow.ConstantString(keyOperation), statement, key, value));
                }
            }

            return entries.Any(e => e.Holder.Contains(grant.Syntax)) ? Plan(document, entries) : null;
        }

        /// <summary>The object a method is called on, for instance and extension methods alike.</summary>
        private static IOperation? Receiver(IInvocationOperation invocation) =>
            invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        /// <summary>
        /// The edit for key/value entries: grant value → "refresh_token", a refresh_token entry of the same shape after
        /// it, username/password entries removed (with what only fed them).
        /// </summary>
        private static Func<CancellationToken, Task<Document>>? Plan(Document document, List<EntrySyntax> entries)
        {
            EntrySyntax? grant = entries.FirstOrDefault(e => e.Key == FormBody.GrantTypeKey);
            List<EntrySyntax> removed = entries.Where(e => e.Key != null && UserEntryKeys.Contains(e.Key)).ToList();
            if (grant is null || removed.Count == 0 || entries.Any(e => e.Key == RefreshTokenKey))
            {
                return null;
            }

            return async cancellationToken =>
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                SemanticModel model = editor.SemanticModel;

                ExpressionSyntax secret = SecretSource.Read(editor, grant.Holder.SpanStart, KnownSecrets.RefreshToken);
                SyntaxNode refreshEntry = grant.Holder.ReplaceNodes(
                    new SyntaxNode[] { grant.KeyExpression, grant.ValueExpression },
                    (original, _) => original == grant.KeyExpression
                        ? FixHelpers.StringLiteral(RefreshTokenKey).WithTriviaFrom(original)
                        : secret.WithTriviaFrom(original));
                SyntaxNode newGrant = grant.Holder.ReplaceNode(grant.ValueExpression, FixHelpers.StringLiteral(RefreshGrant).WithTriviaFrom(grant.ValueExpression));

                var feeders = removed.Select(e => (SyntaxNode)e.ValueExpression).Append(grant.ValueExpression).ToList();
                IReadOnlyList<SyntaxNode> dead = DeadPlumbing.Find(model, feeders);

                if (grant.Holder.Parent is InitializerExpressionSyntax initializer)
                {
                    var removedElements = new HashSet<SyntaxNode>(removed.Where(e => e.Holder.Parent == initializer).Select(e => e.Holder));
                    editor.ReplaceNode(initializer, RebuildInitializer(initializer, grant.Holder, newGrant, refreshEntry, removedElements));
                    DeadPlumbing.Remove(editor, removed.Where(e => e.Holder.Parent != initializer).Select(e => e.Holder).Concat(dead).ToList());
                }
                else
                {
                    editor.InsertAfter(grant.Holder, refreshEntry.WithLeadingTrivia(grant.Holder.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.SingleLineCommentTrivia) && !t.IsKind(SyntaxKind.MultiLineCommentTrivia))));
                    editor.ReplaceNode(grant.Holder, newGrant);
                    DeadPlumbing.Remove(editor, removed.Select(e => e.Holder).Concat(dead).ToList());
                }

                return editor.GetChangedDocument();
            };
        }

        /// <summary>Rebuilds an initializer's element list: elements removed, the grant replaced (or dropped when <paramref name="newGrant"/> is null), the refresh-token entry inserted after it, separators and line breaks kept.</summary>
        private static InitializerExpressionSyntax RebuildInitializer(InitializerExpressionSyntax initializer, SyntaxNode grant, SyntaxNode? newGrant, SyntaxNode refreshEntry, HashSet<SyntaxNode> removed)
        {
            SeparatedSyntaxList<ExpressionSyntax> list = initializer.Expressions;
            var nodes = new List<ExpressionSyntax>();
            var separators = new List<SyntaxToken>();
            SyntaxToken defaultSeparator = list.SeparatorCount > 0 ? list.GetSeparator(0) : SyntaxFactory.Token(SyntaxKind.CommaToken);

            for (int i = 0; i < list.Count; i++)
            {
                ExpressionSyntax element = list[i];
                SyntaxToken? separator = i < list.SeparatorCount ? list.GetSeparator(i) : (SyntaxToken?)null;
                if (removed.Contains(element))
                {
                    continue;
                }

                if (element == grant)
                {
                    if (newGrant != null)
                    {
                        nodes.Add((ExpressionSyntax)newGrant);
                        separators.Add(separator ?? defaultSeparator);
                    }

                    nodes.Add(((ExpressionSyntax)refreshEntry).WithLeadingTrivia(element.GetLeadingTrivia()));
                    if (separator != null)
                    {
                        separators.Add(separator.Value);
                    }

                    continue;
                }

                nodes.Add(element);
                if (separator != null)
                {
                    separators.Add(separator.Value);
                }
            }

            while (separators.Count > nodes.Count)
            {
                separators.RemoveAt(separators.Count - 1);
            }

            // A list without a trailing comma that lost its last element does not gain one: the separator's line break moves to the element.
            if (list.SeparatorCount < list.Count && nodes.Count > 0 && separators.Count == nodes.Count)
            {
                SyntaxToken last = separators[separators.Count - 1];
                separators.RemoveAt(separators.Count - 1);
                nodes[nodes.Count - 1] = nodes[nodes.Count - 1].WithTrailingTrivia(nodes[nodes.Count - 1].GetTrailingTrivia().AddRange(last.TrailingTrivia));
            }

            return initializer.WithExpressions(SyntaxFactory.SeparatedList(nodes, separators));
        }

        // ---- string bodies ---------------------------------------------------------------------------------

        private static Func<CancellationToken, Task<Document>>? PlanString(Document document, SemanticModel model, SyntaxNode node)
        {
            // Only a body that is one literal or interpolated string, passed or assigned as a whole.
            if (node.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax))
            {
                return null;
            }

            var pieces = new List<Piece>();
            switch (node)
            {
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal when literal.Token.Text.StartsWith("\"", StringComparison.Ordinal) && !literal.Token.Text.StartsWith("\"\"\"", StringComparison.Ordinal):
                    string text = literal.Token.Text.Substring(1, literal.Token.Text.Length - 2);
                    pieces.Add(Piece.Text(text.Replace("{", "{{").Replace("}", "}}")));
                    break;

                case InterpolatedStringExpressionSyntax interpolated when interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken):
                    foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                    {
                        pieces.Add(content is InterpolatedStringTextSyntax textPart ? Piece.Text(textPart.TextToken.Text) : Piece.Hole((InterpolationSyntax)content));
                    }

                    break;

                default:
                    return null;
            }

            List<List<Piece>> pairs = SplitPairs(pieces);
            int grantIndex = pairs.FindIndex(p => KeyOf(p) == FormBody.GrantTypeKey && p.Count == 1 && p[0].Value == FormBody.GrantTypeKey + "=" + FormBody.PasswordGrant);
            List<List<Piece>> removed = pairs.Where(p => KeyOf(p) is { } key && UserEntryKeys.Contains(key)).ToList();
            if (grantIndex < 0 || removed.Count == 0 || pairs.Any(p => KeyOf(p) == RefreshTokenKey))
            {
                return null;
            }

            if (KnownApiSymbols.For(model.Compilation).GetMember(ReplacementMembers.UriEscapeDataString) is not { } escapeDataString)
            {
                return null;
            }

            return async cancellationToken =>
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                ExpressionSyntax secret = SecretSource.Read(editor, node.SpanStart, KnownSecrets.RefreshToken);
                ExpressionSyntax escaped = SyntaxFactory.InvocationExpression(
                    FixHelpers.StaticMember(editor, escapeDataString),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(secret))));

                var kept = new List<List<Piece>>();
                for (int i = 0; i < pairs.Count; i++)
                {
                    if (removed.Contains(pairs[i]))
                    {
                        continue;
                    }

                    kept.Add(i == grantIndex ? new List<Piece> { Piece.Text(FormBody.GrantTypeKey + "=" + RefreshGrant) } : pairs[i]);
                }

                kept.Add(new List<Piece> { Piece.Text(RefreshTokenKey + "="), Piece.Hole(SyntaxFactory.Interpolation(escaped)) });

                var contents = new List<InterpolatedStringContentSyntax>();
                var pending = new System.Text.StringBuilder();
                void FlushText()
                {
                    if (pending.Length > 0)
                    {
                        string value = pending.ToString();
                        contents.Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, value, value, default)));
                        pending.Clear();
                    }
                }

                for (int i = 0; i < kept.Count; i++)
                {
                    if (i > 0)
                    {
                        pending.Append('&');
                    }

                    foreach (Piece piece in kept[i])
                    {
                        if (piece.Interpolation is { } hole)
                        {
                            FlushText();
                            contents.Add(hole);
                        }
                        else
                        {
                            pending.Append(piece.Value);
                        }
                    }
                }

                FlushText();
                ExpressionSyntax rebuilt = SyntaxFactory.InterpolatedStringExpression(
                        SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken),
                        SyntaxFactory.List(contents),
                        SyntaxFactory.Token(SyntaxKind.InterpolatedStringEndToken))
                    .WithTriviaFrom(node);

                IReadOnlyList<SyntaxNode> dead = DeadPlumbing.Find(editor.SemanticModel, removed.SelectMany(p => p).Where(p => p.Interpolation != null).Select(p => (SyntaxNode)p.Interpolation!.Expression).ToList());
                editor.ReplaceNode(node, rebuilt);
                DeadPlumbing.Remove(editor, dead);
                return editor.GetChangedDocument();
            };
        }

        /// <summary>Source text of a string body, split into text and interpolation holes.</summary>
        private sealed class Piece
        {
            private Piece(string value, InterpolationSyntax? interpolation)
            {
                Value = value;
                Interpolation = interpolation;
            }

            /// <summary>Escaped source text of a text piece (empty for holes).</summary>
            public string Value { get; }

            public InterpolationSyntax? Interpolation { get; }

            public static Piece Text(string value) => new Piece(value, null);

            public static Piece Hole(InterpolationSyntax interpolation) => new Piece(string.Empty, interpolation);
        }

        /// <summary>True when the object-initializer entry <paramref name="assignment"/> sets <paramref name="property"/>.</summary>
        private static bool Sets(SemanticModel model, AssignmentExpressionSyntax assignment, ISymbol? property) =>
            property != null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol, property);

        private static List<List<Piece>> SplitPairs(List<Piece> pieces)
        {
            var pairs = new List<List<Piece>> { new List<Piece>() };
            foreach (Piece piece in pieces)
            {
                if (piece.Interpolation != null)
                {
                    pairs[pairs.Count - 1].Add(piece);
                    continue;
                }

                string[] parts = piece.Value.Split('&');
                for (int i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        pairs.Add(new List<Piece>());
                    }

                    if (parts[i].Length > 0)
                    {
                        pairs[pairs.Count - 1].Add(Piece.Text(parts[i]));
                    }
                }
            }

            return pairs.Where(p => p.Count > 0).ToList();
        }

        private static string? KeyOf(List<Piece> pair)
        {
            if (pair.Count == 0 || pair[0].Interpolation != null)
            {
                return null;
            }

            int equals = pair[0].Value.IndexOf('=');
            return equals > 0 ? pair[0].Value.Substring(0, equals).Trim() : null;
        }

        // ---- IdentityModel -------------------------------------------------------------------------------------

        private static Func<CancellationToken, Task<Document>>? PlanIdentityModel(Document document, SemanticModel model, SyntaxNode node)
        {
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (node is not ObjectCreationExpressionSyntax { Initializer: { } initializer } creation
                || creation.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call } }
                || !known.TryGet(model.GetSymbolInfo(call).Symbol, Descriptors.CFA2001PasswordGrantRequest.Id, out _)
                || known.GetType(KnownTypes.IdentityModelRefreshTokenRequest) is not { } refreshRequest
                || known.GetMember(ReplacementMembers.RequestRefreshTokenAsync) is not { } requestRefreshToken
                || known.GetMember(ReplacementMembers.RefreshTokenRequestRefreshToken) is not { } refreshTokenProperty)
            {
                return null;
            }

            List<AssignmentExpressionSyntax> assignments = initializer.Expressions.OfType<AssignmentExpressionSyntax>().ToList();
            AssignmentExpressionSyntax? user = assignments.FirstOrDefault(a => Sets(model, a, known.GetMember(ReplacementMembers.PasswordTokenRequestUserName)));
            AssignmentExpressionSyntax? password = assignments.FirstOrDefault(a => Sets(model, a, known.GetMember(ReplacementMembers.PasswordTokenRequestPassword)));
            if (password is null || assignments.Count != initializer.Expressions.Count)
            {
                return null;
            }

            return async cancellationToken =>
            {
                DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                ExpressionSyntax secret = SecretSource.Read(editor, creation.SpanStart, KnownSecrets.RefreshToken);
                SyntaxNode anchor = user ?? password;
                var refresh = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(refreshTokenProperty.Name), secret)
                    .WithTriviaFrom(anchor);
                var removed = new HashSet<SyntaxNode>(new SyntaxNode?[] { user, password }.Where(n => n != null && n != anchor)!);
                InitializerExpressionSyntax newInitializer = RebuildInitializer(initializer, anchor, null, refresh, removed);

                IReadOnlyList<SyntaxNode> dead = DeadPlumbing.Find(editor.SemanticModel, new SyntaxNode?[] { user?.Right, password.Right }.Where(n => n != null)!);
                ObjectCreationExpressionSyntax newCreation = creation
                    .WithType(FixHelpers.TypeName(editor, refreshRequest).WithTriviaFrom(creation.Type))
                    .WithInitializer(newInitializer);
                editor.ReplaceNode(creation, newCreation);
                editor.ReplaceNode(access.Name, SyntaxFactory.IdentifierName(requestRefreshToken.Name).WithTriviaFrom(access.Name));
                DeadPlumbing.Remove(editor, dead);
                return editor.GetChangedDocument();
            };
        }
    }
}
