using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace CredentialFlowAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// Moves a hard-coded password out of the source: the value passed to the credential API becomes a read of the
    /// secret <see cref="KnownSecrets.ServiceAccountPassword"/> from the best <see cref="SecretSource"/> in scope, and
    /// the literal goes with the local, field or constant that only held it. A <c>SecureString</c> filled from a
    /// literal (a loop over it, or one <c>AppendChar</c> per character) is filled from the secret instead.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA2002HardCodedPasswordCodeFix)), Shared]
    public sealed class CFA2002HardCodedPasswordCodeFix : CredentialCodeFixProvider
    {
        private const string Title = "Read the password from a secret store at run time";

        /// <summary>Names that say only "a password": the secret is then named as a service account's.</summary>
        private static readonly System.Collections.Immutable.ImmutableHashSet<string> GenericNames = System.Collections.Immutable.ImmutableHashSet.Create("password", "pwd", "pass", "passwd", "secret", "securepassword");

        public CFA2002HardCodedPasswordCodeFix()
            : base(Descriptors.CFA2002HardCodedPassword)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            if (ValueToReplace(root, diagnostic, model) is not ExpressionSyntax node || !diagnostic.Properties.TryGetValue(PasswordSinks.ShapeProperty, out string? shape))
            {
                return Task.CompletedTask;
            }

            if (shape == PasswordSinks.ShapeCharByChar)
            {
                if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Parent: ExpressionStatementSyntax { Parent: BlockSyntax } statement } append
                    && append.Expression is MemberAccessExpressionSyntax)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title, ct => ReplaceCharByCharAsync(context.Document, statement, ct), EquivalenceKeys.CFA2002SecretSource), diagnostic);
                }
            }
            else if (node.Parent is not AttributeArgumentSyntax && !InConstantContext(node))
            {
                context.RegisterCodeFix(
                    CredentialRewrite.Action(Title, EquivalenceKeys.CFA2002SecretSource, context.Document, (rewrite, _) =>
                    {
                        ExpressionSyntax secret = SecretSource.Read(rewrite.Editor, node.SpanStart, NameOf(rewrite.Model, node)).WithTriviaFrom(node);
                        rewrite.Dropped.Add(node);
                        rewrite.Editor.ReplaceNode(node, secret);
                        return Task.FromResult(true);
                    }),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// The value to read from the secret source instead: where the password reaches the API (the diagnostic's additional
        /// location; the literal, or the constant or local holding it, then goes as dead plumbing), or the literal itself
        /// when the value there is a parameter (the literal was passed down by a caller, whose argument is what changes).
        /// </summary>
        private static SyntaxNode? ValueToReplace(SyntaxNode root, Diagnostic diagnostic, SemanticModel model)
        {
            if (diagnostic.Properties.TryGetValue(PasswordSinks.ValueAtProperty, out string? valueAt) && valueAt == PasswordSinks.ValueAtAdditionalLocation
                && diagnostic.AdditionalLocations.FirstOrDefault(l => l.SourceTree == root.SyntaxTree) is { } sink)
            {
                SyntaxNode node = root.FindNode(sink.SourceSpan, getInnermostNodeForTie: true);
                node = node is ArgumentSyntax argument ? argument.Expression : node;
                if (model.GetSymbolInfo(node).Symbol is not IParameterSymbol)
                {
                    return node;
                }
            }

            return FixHelpers.FlaggedNode(root, diagnostic, unwrapArgument: true);
        }

        private static bool InConstantContext(SyntaxNode node) =>
            node.Ancestors().Any(a => a is ParameterSyntax || a is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword));

        /// <summary>
        /// The secret's name: the name the code gave the value (a constant, field or local <c>ProxyPassword</c>, in
        /// PascalCase), else a service account's password.
        /// </summary>
        private static SecretName NameOf(SemanticModel model, ExpressionSyntax value)
        {
            if (model.GetSymbolInfo(value).Symbol is IFieldSymbol or ILocalSymbol && model.GetSymbolInfo(value).Symbol!.Name.TrimStart('_') is { Length: > 0 } name
                && !GenericNames.Contains(name.ToLowerInvariant()))
            {
                return SecretName.ForKey(char.ToUpperInvariant(name[0]) + name.Substring(1));
            }

            return KnownSecrets.ServiceAccountPassword;
        }

        /// <summary>
        /// <c>secure.AppendChar('P'); secure.AppendChar('w'); ...</c> → <c>foreach (char c in &lt;secret&gt;) { secure.AppendChar(c); }</c>.
        /// </summary>
        private static async Task<Document> ReplaceCharByCharAsync(Document document, ExpressionStatementSyntax first, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            SemanticModel model = editor.SemanticModel;
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            var block = (BlockSyntax)first.Parent!;
            var firstCall = (InvocationExpressionSyntax)first.Expression;
            var receiver = ((MemberAccessExpressionSyntax)firstCall.Expression).Expression;
            string receiverText = receiver.ToString();
            string appendChar = model.GetSymbolInfo(firstCall, cancellationToken).Symbol?.Name ?? ((MemberAccessExpressionSyntax)firstCall.Expression).Name.Identifier.ValueText;

            var run = new List<StatementSyntax>();
            foreach (StatementSyntax statement in block.Statements.SkipWhile(s => s != first))
            {
                if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments: { Count: 1 } arguments } call }
                    && known.Is(model.GetSymbolInfo(call, cancellationToken).Symbol, KnownMembers.SecureStringAppendChar)
                    && access.Expression.ToString() == receiverText
                    && arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression })
                {
                    run.Add(statement);
                    continue;
                }

                break;
            }

            string name = FixHelpers.UniqueName(editor.SemanticModel, first.SpanStart, "c");
            ExpressionSyntax secret = SecretSource.Read(editor, first.SpanStart, KnownSecrets.ServiceAccountPassword);
            StatementSyntax loop = SyntaxFactory.ForEachStatement(
                    SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.CharKeyword)),
                    SyntaxFactory.Identifier(name),
                    secret,
                    SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver.WithoutTrivia(), SyntaxFactory.IdentifierName(appendChar)),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(name))))))))
                .WithLeadingTrivia(first.GetLeadingTrivia())
                .WithTrailingTrivia(run[run.Count - 1].GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);

            editor.ReplaceNode(first, loop);
            foreach (StatementSyntax statement in run.Skip(1))
            {
                editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
            }

            return editor.GetChangedDocument();
        }
    }
}
