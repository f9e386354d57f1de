using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Builds the expression a fix uses to read a secret at run time (a refresh token, a password moved out of
    /// the source), from the best source visible where the fix writes it:
    /// an Azure Key Vault <c>SecretClient</c> in scope, then an <c>IConfiguration</c> in scope, then
    /// <c>ConfigurationManager.AppSettings</c> when System.Configuration is referenced, else an environment variable.
    /// The expression always compiles where it is placed; it never contains a secret value.
    /// </summary>
    internal static class SecretSource
    {
        /// <summary>What the expression reads from, for tests and for choosing titles.</summary>
        public enum Kind
        {
            KeyVault,
            Configuration,
            AppSettings,
            Environment,
        }

        public static ExpressionSyntax Read(DocumentEditor editor, int position, SecretName name) => Read(editor, position, name, out _);

        public static ExpressionSyntax Read(DocumentEditor editor, int position, SecretName name, out Kind kind)
        {
            SemanticModel model = editor.SemanticModel;
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            bool inAsync = model.GetEnclosingSymbol(position) is IMethodSymbol { IsAsync: true };

            INamedTypeSymbol? secretClient = known.GetType(KnownTypes.KeyVaultSecretClient);
            IMethodSymbol? getSecret = known.GetMethod(inAsync ? ReplacementMembers.SecretClientGetSecretAsync : ReplacementMembers.SecretClientGetSecret);
            ISymbol? responseValue = known.GetMember(ReplacementMembers.ResponseValue);
            ISymbol? secretValue = known.GetMember(ReplacementMembers.KeyVaultSecretValue);
            if (secretClient != null && getSecret is { Parameters.Length: > 0 } && responseValue != null && secretValue != null
                && FindInScope(model, position, secretClient) is { } client)
            {
                // GetSecret(Async)(name, cancellationToken: default) binds on Key Vault Secrets 4.6 and on 4.12+,
                // where a second overload with optional parameters makes the one-argument call ambiguous.
                kind = Kind.KeyVault;
                ExpressionSyntax response = SyntaxFactory.InvocationExpression(
                    FixHelpers.Member(SyntaxFactory.IdentifierName(client), getSecret.Name),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(FixHelpers.StringLiteral(name.VaultSecretName)),
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword)))
                            .WithNameColon(SyntaxFactory.NameColon(getSecret.Parameters[getSecret.Parameters.Length - 1].Name)),
                    })));
                if (inAsync)
                {
                    response = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(response));
                }

                return FixHelpers.Member(FixHelpers.Member(response, responseValue.Name), secretValue.Name);
            }

            INamedTypeSymbol? configuration = known.GetType(KnownTypes.MicrosoftExtensionsIConfiguration);
            if (configuration != null && FindInScope(model, position, configuration) is { } config)
            {
                kind = Kind.Configuration;
                return Index(SyntaxFactory.IdentifierName(config), name.ConfigurationKey);
            }

            // appSettings only where System.Configuration is the .NET Framework's own (an app.config exists there);
            // on .NET the ConfigurationManager package often comes in transitively with no app.config to read.
            if (known.GetMember(ReplacementMembers.AppSettings) is { ContainingAssembly.Name: KnownAssemblies.NetFrameworkConfiguration } appSettings)
            {
                kind = Kind.AppSettings;
                return Index(FixHelpers.StaticMember(editor, appSettings), name.VaultSecretName);
            }

            // Every base class library has Environment.GetEnvironmentVariable; without one nothing compiles anyway.
            kind = Kind.Environment;
            ExpressionSyntax getVariable = known.GetMember(ReplacementMembers.GetEnvironmentVariable) is { } environment
                ? FixHelpers.StaticMember(editor, environment)
                : SyntaxFactory.IdentifierName(nameof(Kind.Environment));
            return SyntaxFactory.InvocationExpression(
                getVariable,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(FixHelpers.StringLiteral(name.EnvironmentVariable)))));
        }

        private static ExpressionSyntax Index(ExpressionSyntax receiver, string key) =>
            SyntaxFactory.ElementAccessExpression(receiver, SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(FixHelpers.StringLiteral(key)))));

        /// <summary>
        /// The name of a local, parameter, field or property of <paramref name="type"/> (or a type implementing it)
        /// that can be used at <paramref name="position"/>: declared before it, and not an instance member in a static context.
        /// </summary>
        private static string? FindInScope(SemanticModel model, int position, INamedTypeSymbol type)
        {
            bool staticContext = model.GetEnclosingSymbol(position) is { IsStatic: true } enclosing && enclosing.Kind != SymbolKind.Local;
            foreach (ISymbol symbol in model.LookupSymbols(position).OrderBy(s => s.Kind == SymbolKind.Local || s.Kind == SymbolKind.Parameter ? 0 : 1).ThenBy(s => s.Name, System.StringComparer.Ordinal))
            {
                ITypeSymbol? symbolType = symbol switch
                {
                    ILocalSymbol local when DeclaredBefore(local, position) => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when !staticContext || field.IsStatic => field.Type,
                    IPropertySymbol property when (!staticContext || property.IsStatic) && !property.IsIndexer && property.GetMethod != null => property.Type,
                    _ => null,
                };

                if (symbolType != null && KnownApiSymbols.IsOrInherits(symbolType, type))
                {
                    return symbol.Name;
                }
            }

            return null;
        }

        private static bool DeclaredBefore(ILocalSymbol local, int position) =>
            local.DeclaringSyntaxReferences.Length > 0 && local.DeclaringSyntaxReferences[0].Span.End <= position;
    }
}
