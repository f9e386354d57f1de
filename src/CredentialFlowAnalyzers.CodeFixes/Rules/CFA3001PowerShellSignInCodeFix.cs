using System.Collections.Generic;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.CodeFixes.Shared;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.PowerShell;
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
    /// Rewrites a hosted PowerShell sign-in to the cmdlet's token parameter set. <c>AddCommand</c>/<c>AddParameter</c>
    /// chains and <c>Command</c> objects: the command name changes where the module does (MSOnline/AzureAD →
    /// <c>Connect-MgGraph</c>, AzureRM → <c>Connect-AzAccount</c>), the credential parameter becomes the token
    /// parameter(s) fed by a named secret source (<see cref="SecretSource"/>), parameters the new set does not take go,
    /// and so does the plumbing that only built the credential. Script text in one string literal: the text is
    /// rewritten (tokens from <c>$env:</c> variables). Nothing is offered for splatted or dictionary-passed credentials.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CFA3001PowerShellSignInCodeFix)), Shared]
    public sealed class CFA3001PowerShellSignInCodeFix : CredentialCodeFixProvider
    {
        public CFA3001PowerShellSignInCodeFix()
            : base(Descriptors.CFA3001HostedPowerShellSignIn)
        {
        }

        protected override Task RegisterFixesAsync(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SemanticModel model)
        {
            if (HostedPowerShell.For(model.Compilation) is not { } host
                || !diagnostic.Properties.TryGetValue(PowerShellDiagnostics.CmdletProperty, out string? key)
                || PowerShellSignInCatalog.SignIns.FirstOrDefault(s => s.Key == key) is not { Fix: { } fix } cmdlet
                || !diagnostic.Properties.TryGetValue(PowerShellDiagnostics.ShapeProperty, out string? shape))
            {
                return Task.CompletedTask;
            }

            SyntaxNode node = FixHelpers.FlaggedNode(root, diagnostic);
            string title = "Use " + fix.Cmdlet + " with the app registration's certificate (app-only)";
            if (shape == PowerShellDiagnostics.ShapeScript)
            {
                if (ScriptEdit(host, model, root, node, diagnostic, context.CancellationToken) is { } edit)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(title, ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(edit.Old, edit.New))), EquivalenceKeys.CFA3001TokenParameterSet),
                        diagnostic);
                }

                return Task.CompletedTask;
            }

            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            if (node is not ExpressionSyntax nameExpression
                || model.GetOperation(nameExpression, context.CancellationToken)?.Parent is not IArgumentOperation { Parent: { } owner })
            {
                return Task.CompletedTask;
            }

            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            if (known.GetMember(ReplacementMembers.PowerShellAddParameter) is not { } addParameter
                || known.GetMember(ReplacementMembers.CommandParametersAdd) is not { } parametersAdd
                || known.GetMember(ReplacementMembers.NetworkCredentialSecurePassword) is not { } securePassword)
            {
                return Task.CompletedTask;
            }

            var writes = new Writes(known, addParameter, parametersAdd, securePassword);
            List<HostParameter> parameters = owner switch
            {
                IInvocationOperation addCommand => host.ChainParameters(addCommand),
                IObjectCreationOperation creation => host.CommandObjectParameters(creation),
                _ => new List<HostParameter>(),
            };

            if (HostedPowerShell.CredentialOf(cmdlet, parameters) is not { } credential || !CanRewrite(cmdlet, fix, parameters, credential))
            {
                return Task.CompletedTask;
            }

            context.RegisterCodeFix(
                CredentialRewrite.Action(title, EquivalenceKeys.CFA3001TokenParameterSet, context.Document, (rewrite, ct) => Task.FromResult(Rewrite(rewrite, nameExpression, cmdlet, fix, parameters, credential, writes, ct))),
                diagnostic);
            return Task.CompletedTask;
        }

        /// <summary>Every call the fix touches is a plain <c>AddParameter</c>/<c>AddArgument</c>/<c>Parameters.Add</c> (no dictionary or list).</summary>
        private static bool CanRewrite(PsSignInCmdlet cmdlet, PsReplacement fix, List<HostParameter> parameters, HostParameter credential)
        {
            foreach (HostParameter parameter in parameters)
            {
                bool touched = parameter == credential || !Keeps(cmdlet, fix, parameter, parameters);
                // Parameters.Add(new CommandParameter(...)) is left as it is (the rewrite writes name/value pairs).
                if (touched && (parameter.InCollection || parameter.Site.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } invocation
                    || invocation.ArgumentList.Arguments.Count == 1 && invocation.ArgumentList.Arguments[0].Expression is BaseObjectCreationExpressionSyntax))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Keeps(PsSignInCmdlet cmdlet, PsReplacement fix, HostParameter parameter, List<HostParameter> all)
        {
            if (parameter.Name is null)
            {
                // A positional argument binds the next free position.
                var positional = all.Where(p => p.Name is null).ToList();
                string? bound = PowerShellSignInMatcher.PositionalNames(cmdlet, all.Where(p => p.Name != null).Select(p => p.Name!).ToList(), positional.Count)[positional.IndexOf(parameter)];
                return fix.Keep is not { } positionalKeep || (bound != null && positionalKeep.Contains(bound));
            }

            if (PowerShellSignInMatcher.IsCredential(cmdlet, parameter.Name))
            {
                return false;
            }

            return fix.Keep is not { } keep || keep.Any(k => PowerShellSignInCatalog.Binds(parameter.Name, k, 3));
        }

        /// <summary>The hosting-API members the rewrite writes, resolved from the catalog.</summary>
        private sealed class Writes
        {
            public Writes(KnownApiSymbols known, ISymbol addParameter, ISymbol parametersAdd, ISymbol securePassword)
            {
                Known = known;
                AddParameter = addParameter;
                ParametersAdd = parametersAdd;
                SecurePassword = securePassword;
            }

            public KnownApiSymbols Known { get; }

            public ISymbol AddParameter { get; }

            public ISymbol ParametersAdd { get; }

            /// <summary><c>NetworkCredential.SecurePassword</c>: a token string as the <c>SecureString</c> a cmdlet takes.</summary>
            public ISymbol SecurePassword { get; }
        }

        private static bool Rewrite(RewriteContext rewrite, ExpressionSyntax nameExpression, PsSignInCmdlet cmdlet, PsReplacement fix, List<HostParameter> parameters, HostParameter credential, Writes writes, CancellationToken cancellationToken)
        {
            DocumentEditor editor = rewrite.Editor;
            SemanticModel model = rewrite.Model;
            var present = parameters.Where(p => p.Name != null).Select(p => p.Name!).ToList();
            var inputs = fix.Inputs.Where(i => !i.UnlessPresent.Any(u => present.Exists(p => PowerShellSignInCatalog.Binds(p, u, 3)))).ToList();
            var removedArguments = new List<SyntaxNode>();

            // Innermost first, so outer replacements see the inner ones.
            string currentName = model.GetConstantValue(nameExpression, cancellationToken) is { HasValue: true, Value: string constant } ? constant : string.Empty;
            if (!string.Equals(PowerShellSignInCatalog.Unqualified(currentName), fix.Cmdlet, System.StringComparison.OrdinalIgnoreCase))
            {
                editor.ReplaceNode(nameExpression, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(fix.Cmdlet)).WithTriviaFrom(nameExpression));
            }

            foreach (HostParameter parameter in parameters.OrderBy(p => p.Site.Syntax.Span.Length))
            {
                bool isCredential = parameter == credential;
                if (!isCredential && Keeps(cmdlet, fix, parameter, parameters))
                {
                    continue;
                }

                var call = (InvocationExpressionSyntax)parameter.Site.Syntax;
                removedArguments.AddRange(call.ArgumentList.Arguments);
                int position = call.SpanStart;
                if (isCredential)
                {
                    var values = inputs.Select(i => (i.Parameter, Value: InputValue(editor, position, i, writes.SecurePassword))).ToList();
                    if (parameter.Site is IInvocationOperation add && writes.Known.Is(add.TargetMethod, KnownMembers.CommandParametersAdd) && call.Parent is ExpressionStatementSyntax addStatement)
                    {
                        // cmd.Parameters.Add("Credential", cred); → one Add per input (a switch is added as true).
                        var receiver = ((MemberAccessExpressionSyntax)call.Expression).Expression;
                        var statements = values.Select(v => SyntaxFactory.ExpressionStatement(FixHelpers.Invoke(receiver.WithoutTrivia(), writes.ParametersAdd.Name, FixHelpers.StringLiteral(v.Parameter), v.Value ?? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression))).WithTriviaFrom(addStatement)).ToList();
                        editor.InsertAfter(addStatement, statements.Skip(1));
                        editor.ReplaceNode(addStatement, statements[0]);
                    }
                    else
                    {
                        editor.ReplaceNode(call, (current, _) =>
                        {
                            ExpressionSyntax receiver = ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)current).Expression).Expression;
                            foreach (var v in values)
                            {
                                receiver = v.Value is null
                                    ? FixHelpers.Invoke(receiver, writes.AddParameter.Name, FixHelpers.StringLiteral(v.Parameter))
                                    : FixHelpers.Invoke(receiver, writes.AddParameter.Name, FixHelpers.StringLiteral(v.Parameter), v.Value);
                            }

                            return receiver.WithTriviaFrom(current);
                        });
                    }

                    continue;
                }

                if (call.Parent is ExpressionStatementSyntax statement && ((MemberAccessExpressionSyntax)call.Expression).Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax })
                {
                    editor.RemoveNode(statement);
                }
                else
                {
                    editor.ReplaceNode(call, (current, _) => ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)current).Expression).Expression.WithTriviaFrom(current));
                }
            }

            rewrite.Dropped.AddRange(removedArguments);
            return true;
        }

        /// <summary>The value one input is added with; null for a switch (added without a value).</summary>
        private static ExpressionSyntax? InputValue(DocumentEditor editor, int position, PsInput input, ISymbol securePassword)
        {
            if (input.Shape == PsInputShape.Switch)
            {
                return null;
            }

            var values = input.Secrets.Select(s => SecretSource.Read(editor, position, s)).ToList();
            if (values.Count > 1)
            {
                return SyntaxFactory.ImplicitArrayCreationExpression(SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SeparatedList(values)));
            }

            if (input.Shape == PsInputShape.SecureString)
            {
                // Connect-MgGraph -AccessToken takes a SecureString; PowerShell does not convert a string to one.
                return SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ObjectCreationExpression(FixHelpers.TypeName(editor, securePassword.ContainingType))
                        .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                        {
                            SyntaxFactory.Argument(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword)), SyntaxFactory.IdentifierName("Empty"))),
                            SyntaxFactory.Argument(values[0]),
                        }))),
                    SyntaxFactory.IdentifierName(securePassword.Name));
            }

            return values[0];
        }

        /// <summary>For script text held in one string literal: the literal token and its rewritten replacement.</summary>
        private static (SyntaxToken Old, SyntaxToken New)? ScriptEdit(HostedPowerShell host, SemanticModel model, SyntaxNode root, SyntaxNode node, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(PowerShellDiagnostics.ScriptOffsetProperty, out string? offsetText)
                || !int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int offset))
            {
                return null;
            }

            // The diagnostic sits inside a literal the script text came from, or on the sink's argument: find the sink in the member.
            SyntaxNode? member = node.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
            if (member is null)
            {
                return null;
            }

            foreach (SyntaxNode candidate in member.DescendantNodes().OfType<ArgumentSyntax>())
            {
                if (model.GetOperation(candidate, cancellationToken) is not IArgumentOperation { Parent: { } owner } argument
                    || host.ScriptArgument(owner) != argument)
                {
                    continue;
                }

                MappedText text = HostedPowerShell.ScriptText(argument.Value);
                PsScript script = PsScript.Parse(text.Text);
                PsFinding? finding = PowerShellSignInFinder.Find(script).FirstOrDefault(f => f.Start == offset && f.Kind == PsFindingKind.SignIn);
                if (finding is null
                    || !(text.Map(finding.Start, finding.End) == diagnostic.Location.SourceSpan || argument.Value.Syntax.Span == diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                if (text.SingleLiteral is not { } literal || literal.SyntaxTree != root.SyntaxTree || PowerShellSignInRewriter.Rewrite(script, finding) is not { } rewritten)
                {
                    return null;
                }

                SyntaxToken replacement = literal.Text.StartsWith("@", System.StringComparison.Ordinal)
                    ? SyntaxFactory.Literal("@\"" + rewritten.Replace("\"", "\"\"") + "\"", rewritten)
                    : SyntaxFactory.Literal(rewritten);
                return (literal, replacement.WithTriviaFrom(literal));
            }

            return null;
        }
    }
}
