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
    /// <c>grant_type=refresh_token</c> plus a <c>refresh_token</c> named after the request's resource (else after the key
    /// the password was read under) and read from the same source; the <c>username</c> and <c>password</c> entries go,
    /// with the locals, fields, guards and constants that only fed them. A SAM refresh token is redeemed by the
    /// confidential app it was issued to: a request without <c>client_secret</c> (a public client) gets the app
    /// registration's <c>client_id</c> and <c>client_secret</c> from the secret store; one with a secret keeps its client.
    /// <c>scope</c> and <c>resource</c> stay. Rewritten: key/value initializers and <c>Add</c>/indexer statements, RestSharp
    /// <c>AddParameter</c> statements, a body that is a string literal, an interpolated string or a <c>+</c> chain of them,
    /// and an IdentityModel <c>PasswordTokenRequest</c> created inside <c>RequestPasswordTokenAsync(...)</c>. Other shapes
    /// (<c>string.Format</c>, <c>StringBuilder</c>, fluent chains) get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA2001PasswordGrantRequestCodeFix)), Shared]
    public sealed class CFA2001PasswordGrantRequestCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Exchange a refresh token from a secret store on the app registration (grant_type=refresh_token)";
        private const string RefreshTokenKey = "refresh_token";
        private const string RefreshGrant = "refresh_token";
        private const string ClientIdKey = "client_id";
        private const string ClientSecretKey = "client_secret";
        private const string PasswordKey = "password";

        private static readonly ImmutableArray<string> UserEntryKeys = ImmutableArray.Create("username", PasswordKey);

        /// <summary>Keys that say the request already authenticates its client (a confidential one).</summary>
        private static readonly ImmutableArray<string> ClientCredentialKeys = ImmutableArray.Create(ClientSecretKey, "client_assertion");

        /// <summary>Keys that name the resource the token is for.</summary>
        private static readonly ImmutableArray<string> ResourceKeys = ImmutableArray.Create("resource", "scope");

        public CFA2001PasswordGrantRequestCodeFix()
            : base(Descriptors.CFA2001PasswordGrantRequest)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic, unwrapArgument: true);

            diagnostic.Properties.TryGetValue(CFA2001PasswordGrantRequestAnalyzer.ShapeProperty, out string? shape);
            Func<RewriteContext, bool>? fix = shape switch
            {
                CFA2001PasswordGrantRequestAnalyzer.ShapeForm => PlanEntries(model, node, context.CancellationToken),
                CFA2001PasswordGrantRequestAnalyzer.ShapeRestSharp => PlanRestSharp(model, node, context.CancellationToken),
                CFA2001PasswordGrantRequestAnalyzer.ShapeString => PlanString(model, node),
                CFA2001PasswordGrantRequestAnalyzer.ShapeIdentityModel => PlanIdentityModel(model, node),
                _ => null,
            };

            if (fix != null)
            {
                context.RegisterCodeFix(CredentialRewrite.Action(Title, EquivalenceKeys.CFA2001RefreshToken, context.Document, (rewrite, _) => Task.FromResult(fix(rewrite))), diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>The refresh token's name and source for a request whose resource and password values are given.</summary>
        private static (SecretName Name, SecretSource.Kind? Source) RefreshTokenName(SemanticModel model, ExpressionSyntax? resource, ExpressionSyntax? password) =>
            SecretNaming.RefreshToken(
                resource is null ? null : SecretNaming.ResourceOf(model.GetOperation(resource)),
                password is null ? null : SecretNaming.PasswordOrigin(model.GetOperation(password)));

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

        private static Func<RewriteContext, bool>? PlanEntries(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
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

            return entries.Any(e => e.Holder.Span.Contains(node.Span)) ? Plan(entries) : null;
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

        private static Func<RewriteContext, bool>? PlanRestSharp(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
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

            return entries.Any(e => e.Holder.Contains(grant.Syntax)) ? Plan(entries) : null;
        }

        /// <summary>The object a method is called on, for instance and extension methods alike.</summary>
        private static IOperation? Receiver(IInvocationOperation invocation) =>
            invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        /// <summary>
        /// The edit for key/value entries: grant value → "refresh_token", a refresh_token entry of the same shape after
        /// it, username/password entries removed (with what only fed them), and for a public client the app
        /// registration's client id and a client_secret entry after it.
        /// </summary>
        private static Func<RewriteContext, bool>? Plan(List<EntrySyntax> entries)
        {
            EntrySyntax? grant = entries.FirstOrDefault(e => e.Key == FormBody.GrantTypeKey);
            List<EntrySyntax> removed = entries.Where(e => e.Key != null && UserEntryKeys.Contains(e.Key)).ToList();
            if (grant is null || removed.Count == 0 || entries.Any(e => e.Key == RefreshTokenKey))
            {
                return null;
            }

            EntrySyntax? clientId = entries.Any(e => e.Key != null && ClientCredentialKeys.Contains(e.Key)) ? null : entries.FirstOrDefault(e => e.Key == ClientIdKey);
            return rewrite =>
            {
                DocumentEditor editor = rewrite.Editor;
                (SecretName name, SecretSource.Kind? source) = RefreshTokenName(
                    rewrite.Model,
                    entries.FirstOrDefault(e => e.Key != null && ResourceKeys.Contains(e.Key))?.ValueExpression,
                    entries.FirstOrDefault(e => e.Key == PasswordKey)?.ValueExpression);

                ExpressionSyntax secret = SecretSource.Read(editor, grant.Holder.SpanStart, name, source);
                var inserted = new Dictionary<SyntaxNode, SyntaxNode> { [grant.Holder] = WithEntry(grant, RefreshTokenKey, secret) };
                var replaced = new Dictionary<SyntaxNode, SyntaxNode> { [grant.Holder] = grant.Holder.ReplaceNode(grant.ValueExpression, FixHelpers.StringLiteral(RefreshGrant).WithTriviaFrom(grant.ValueExpression)) };
                if (clientId != null)
                {
                    ExpressionSyntax id = SecretSource.Read(editor, clientId.Holder.SpanStart, KnownSecrets.SecureAppClientId, source);
                    replaced[clientId.Holder] = clientId.Holder.ReplaceNode(clientId.ValueExpression, id.WithTriviaFrom(clientId.ValueExpression));
                    inserted[clientId.Holder] = WithEntry(clientId, ClientSecretKey, SecretSource.Read(editor, clientId.Holder.SpanStart, KnownSecrets.SecureAppClientSecret, source));
                    rewrite.Dropped.Add(clientId.ValueExpression);
                }

                rewrite.Dropped.AddRange(removed.Select(e => e.ValueExpression));
                rewrite.Dropped.Add(grant.ValueExpression);

                if (grant.Holder.Parent is InitializerExpressionSyntax initializer)
                {
                    var removedElements = new HashSet<SyntaxNode>(removed.Where(e => e.Holder.Parent == initializer).Select(e => e.Holder));
                    editor.ReplaceNode(initializer, RebuildInitializer(initializer, replaced, inserted, removedElements));
                    DeadPlumbing.Remove(editor, removed.Where(e => e.Holder.Parent != initializer).Select(e => e.Holder).ToList());
                }
                else
                {
                    foreach (KeyValuePair<SyntaxNode, SyntaxNode> entry in inserted)
                    {
                        editor.InsertAfter(entry.Key, entry.Value.WithLeadingTrivia(entry.Key.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.SingleLineCommentTrivia) && !t.IsKind(SyntaxKind.MultiLineCommentTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia))));
                    }

                    foreach (KeyValuePair<SyntaxNode, SyntaxNode> entry in replaced)
                    {
                        editor.ReplaceNode(entry.Key, entry.Value);
                    }

                    DeadPlumbing.Remove(editor, removed.Select(e => e.Holder).ToList());
                }

                return true;
            };
        }

        /// <summary>A new entry shaped like <paramref name="like"/>, with another key and value.</summary>
        private static SyntaxNode WithEntry(EntrySyntax like, string key, ExpressionSyntax value) =>
            like.Holder.ReplaceNodes(
                new SyntaxNode[] { like.KeyExpression, like.ValueExpression },
                (original, _) => original == like.KeyExpression
                    ? FixHelpers.StringLiteral(key).WithTriviaFrom(original)
                    : value.WithTriviaFrom(original));

        /// <summary>
        /// Rebuilds an initializer's element list: elements removed, elements replaced, new elements inserted after
        /// their anchors (with the anchor's line layout), separators and line breaks kept.
        /// </summary>
        private static InitializerExpressionSyntax RebuildInitializer(InitializerExpressionSyntax initializer, Dictionary<SyntaxNode, SyntaxNode> replaced, Dictionary<SyntaxNode, SyntaxNode> inserted, HashSet<SyntaxNode> removed)
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

                nodes.Add(replaced.TryGetValue(element, out SyntaxNode? replacement) ? (ExpressionSyntax)replacement : element);
                if (inserted.TryGetValue(element, out SyntaxNode? added))
                {
                    separators.Add(separator ?? defaultSeparator);
                    nodes.Add(((ExpressionSyntax)added).WithLeadingTrivia(element.GetLeadingTrivia()));
                }

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

        /// <summary>
        /// A body that is one literal, one interpolated string or a <c>+</c> chain of them, passed, assigned or
        /// initialized as a whole: its pairs rewritten like the entries of a collection (<see cref="Plan"/>), values
        /// the fix adds escaped with <c>Uri.EscapeDataString</c>.
        /// </summary>
        private static Func<RewriteContext, bool>? PlanString(SemanticModel model, SyntaxNode node)
        {
            SyntaxNode body = node;
            while (body.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } || body.Parent is ParenthesizedExpressionSyntax)
            {
                body = body.Parent;
            }

            if (body is not ExpressionSyntax expression
                || body.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax)
                || KeyValueText.Parse(expression, '&') is not { } text
                || KnownApiSymbols.For(model.Compilation).GetMember(ReplacementMembers.UriEscapeDataString) is not { } escapeDataString)
            {
                return null;
            }

            IReadOnlyList<KeyValueText.Pair> pairs = text.Pairs;
            if (pairs.FirstOrDefault(p => p.Key == FormBody.GrantTypeKey && p.Value == FormBody.PasswordGrant) is null
                || !pairs.Any(p => p.Key != null && UserEntryKeys.Contains(p.Key))
                || pairs.Any(p => p.Key == RefreshTokenKey))
            {
                return null;
            }

            return rewrite =>
            {
                DocumentEditor editor = rewrite.Editor;
                ExpressionSyntax Escaped(ExpressionSyntax value) => SyntaxFactory.InvocationExpression(FixHelpers.StaticMember(editor, escapeDataString), FixHelpers.Arguments(value));

                KeyValueText.Pair Find(string key) => text.Pairs.First(p => p.Key == key);
                KeyValueText.Pair? password = text.Pairs.FirstOrDefault(p => p.Key == PasswordKey);
                KeyValueText.Pair? resource = text.Pairs.FirstOrDefault(p => p.Key != null && ResourceKeys.Contains(p.Key));
                (SecretName name, SecretSource.Kind? source) = RefreshTokenName(rewrite.Model, resource?.ValueExpression is { } r ? Unescaped(rewrite.Model, r) : null, password?.ValueExpression is { } p ? Unescaped(rewrite.Model, p) : null);
                if (resource?.Value is { } resourceText && KnownResources.Find(Uri.UnescapeDataString(resourceText)) is { } named)
                {
                    (name, source) = SecretNaming.RefreshToken(named, password?.ValueExpression is { } q ? SecretNaming.PasswordOrigin(rewrite.Model.GetOperation(Unescaped(rewrite.Model, q))) : null);
                }
                ExpressionSyntax refreshToken = SecretSource.Read(editor, expression.SpanStart, name, source);

                foreach (KeyValueText.Pair pair in text.Pairs.Where(p => p.ValueExpression != null && p.Key != null && UserEntryKeys.Contains(p.Key)))
                {
                    rewrite.Dropped.Add(pair.ValueExpression!);
                }

                text.SetValue(Find(FormBody.GrantTypeKey), RefreshGrant);

                // The password's pair becomes the refresh token's (in its place, escaped as the password was); else it is added at the end.
                if (password != null)
                {
                    // Escaped whatever the password was: a form value must be, and a refresh token may hold characters that need it.
                    text.SetValue(Find(PasswordKey), Escaped(refreshToken));
                    text.SetKey(Find(PasswordKey), RefreshTokenKey);
                }
                else
                {
                    text.Append(RefreshTokenKey, Escaped(refreshToken));
                }

                foreach (KeyValueText.Pair user in text.Pairs.Where(p => p.Key != null && p.Key != PasswordKey && UserEntryKeys.Contains(p.Key)).Reverse().ToList())
                {
                    text.Remove(user);
                }

                if (!text.Pairs.Any(p => p.Key != null && ClientCredentialKeys.Contains(p.Key)) && text.Pairs.FirstOrDefault(p => p.Key == ClientIdKey) is { } clientId)
                {
                    if (clientId.ValueExpression != null)
                    {
                        rewrite.Dropped.Add(clientId.ValueExpression);
                    }

                    text.SetValue(clientId, SecretSource.Read(editor, expression.SpanStart, KnownSecrets.SecureAppClientId, source));
                    text.InsertAfter(Find(ClientIdKey), ClientSecretKey, Escaped(SecretSource.Read(editor, expression.SpanStart, KnownSecrets.SecureAppClientSecret, source)));
                }

                editor.ReplaceNode(expression, text.Build());
                return true;
            };
        }

        /// <summary>True when <paramref name="call"/> is <c>Uri.EscapeDataString(x)</c>.</summary>
        private static bool Escapes(SemanticModel model, InvocationExpressionSyntax call, ISymbol escapeDataString) =>
            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(call).Symbol, escapeDataString) && call.ArgumentList.Arguments.Count == 1;

        /// <summary>The value inside <c>Uri.EscapeDataString(value)</c>, or the expression itself.</summary>
        private static ExpressionSyntax Unescaped(SemanticModel model, ExpressionSyntax value) =>
            value is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } call
            && KnownApiSymbols.For(model.Compilation).GetMember(ReplacementMembers.UriEscapeDataString) is { } escape
            && Escapes(model, call, escape)
                ? arguments[0].Expression
                : value;

        /// <summary>True when the object-initializer entry <paramref name="assignment"/> sets <paramref name="property"/>.</summary>
        private static bool Sets(SemanticModel model, AssignmentExpressionSyntax assignment, ISymbol? property) =>
            property != null && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol, property);

        // ---- IdentityModel -------------------------------------------------------------------------------------

        private static Func<RewriteContext, bool>? PlanIdentityModel(SemanticModel model, SyntaxNode node)
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

            return rewrite =>
            {
                DocumentEditor editor = rewrite.Editor;
                (SecretName name, SecretSource.Kind? source) = RefreshTokenName(rewrite.Model, null, password.Right);
                ExpressionSyntax secret = SecretSource.Read(editor, creation.SpanStart, name, source);
                SyntaxNode anchor = user ?? password;
                var refresh = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(refreshTokenProperty.Name), secret)
                    .WithTriviaFrom(anchor);
                var removed = new HashSet<SyntaxNode>(new SyntaxNode?[] { user, password }.Where(n => n != null && n != anchor)!);
                removed.Add(anchor);
                InitializerExpressionSyntax newInitializer = RebuildInitializer(initializer, new Dictionary<SyntaxNode, SyntaxNode>(), new Dictionary<SyntaxNode, SyntaxNode>(), removed);
                newInitializer = newInitializer.WithExpressions(newInitializer.Expressions.Insert(Math.Min(initializer.Expressions.IndexOf((ExpressionSyntax)anchor), newInitializer.Expressions.Count), refresh));
                rewrite.Dropped.AddRange(new SyntaxNode?[] { user?.Right, password.Right }.Where(n => n != null)!);
                ObjectCreationExpressionSyntax newCreation = creation
                    .WithType(FixHelpers.TypeName(editor, refreshRequest).WithTriviaFrom(creation.Type))
                    .WithInitializer(newInitializer);
                editor.ReplaceNode(creation, newCreation);
                editor.ReplaceNode(access.Name, SyntaxFactory.IdentifierName(requestRefreshToken.Name).WithTriviaFrom(access.Name));
                return true;
            };
        }
    }
}
