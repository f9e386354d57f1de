using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Builds the expression a fix uses to read a secret or setting at run time (a refresh token, the app registration's
    /// client id, a password moved out of the source). The source is the one the code already read the password from
    /// when there was one (its conventions are the project's), else the best one visible where the fix writes: an Azure
    /// Key Vault <c>SecretClient</c> in scope, an <c>IConfiguration</c> in scope, .NET Framework <c>appSettings</c>,
    /// an environment variable. Names follow each source's convention (<see cref="SecretName"/>); <c>appSettings</c> keys
    /// follow the project's own style. The expression always compiles where it is placed and never holds a secret value.
    /// </summary>
    internal static class SecretSource
    {
        private static readonly ConditionalWeakTable<Compilation, StyleBox> Styles = new ConditionalWeakTable<Compilation, StyleBox>();

        /// <summary>Kinds of source, best first.</summary>
        public enum Kind
        {
            KeyVault,
            Configuration,
            AppSettings,
            Environment,
        }

        /// <summary>
        /// The read of <paramref name="name"/> at <paramref name="position"/>: from <paramref name="preferred"/> when that
        /// source can be read there, else from the best one in scope. With <paramref name="nonNullable"/> (the value goes
        /// where a nullable-aware API takes no null) a read that may be null gets <c>?? throw new
        /// InvalidOperationException("... is not set.")</c> where nullable warnings are on.
        /// </summary>
        public static ExpressionSyntax Read(DocumentEditor editor, int position, SecretName name, Kind? preferred = null, bool nonNullable = false)
        {
            SemanticModel model = editor.SemanticModel;
            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            var sources = new Sources(editor, position);
            Kind kind = preferred is { } wanted && sources.Has(wanted) ? wanted
                : sources.Has(Kind.KeyVault) ? Kind.KeyVault
                : sources.Has(Kind.Configuration) ? Kind.Configuration
                : sources.Has(Kind.AppSettings) ? Kind.AppSettings
                : Kind.Environment;

            (ExpressionSyntax read, bool mayBeNull, string key) = kind switch
            {
                Kind.KeyVault => (sources.KeyVault(name.VaultSecretName), false, name.VaultSecretName),
                Kind.Configuration => (Index(SyntaxFactory.IdentifierName(sources.Configuration!), name.ConfigurationKey), sources.ConfigurationMayBeNull, name.ConfigurationKey),
                Kind.AppSettings => (Index(FixHelpers.StaticMember(editor, sources.AppSettings!), name.AppSettingsKey(StyleOf(model.Compilation) ?? AppSettingsStyle.Colon)), sources.AppSettingsMayBeNull, name.AppSettingsKey(StyleOf(model.Compilation) ?? AppSettingsStyle.Colon)),
                _ => sources.EnvironmentRead(name.EnvironmentVariable),
            };

            if (nonNullable && mayBeNull && model.GetNullableContext(position).WarningsEnabled()
                && known.GetMethod(ReplacementMembers.InvalidOperationExceptionMessage) is { } exception)
            {
                // configuration["Graph:RefreshToken"] ?? throw new InvalidOperationException("Graph:RefreshToken is not set.")
                read = SyntaxFactory.BinaryExpression(
                    SyntaxKind.CoalesceExpression,
                    read,
                    SyntaxFactory.ThrowExpression(SyntaxFactory.ObjectCreationExpression(
                        FixHelpers.TypeName(editor, exception.ContainingType),
                        FixHelpers.Arguments(FixHelpers.StringLiteral(key + " is not set.")),
                        null)));
            }

            return read;
        }

        /// <summary>True when <paramref name="kind"/> can be read at <paramref name="position"/>.</summary>
        public static bool Available(DocumentEditor editor, int position, Kind kind) => new Sources(editor, position).Has(kind);

        /// <summary>
        /// How the project writes its .NET Framework <c>appSettings</c> keys (the style most of its literal keys have),
        /// or null when it reads none. Computed once per compilation, so every fix in a project names keys alike.
        /// </summary>
        public static AppSettingsStyle? StyleOf(Compilation compilation) => Styles.GetValue(compilation, c => new StyleBox(ComputeStyle(c))).Style;

        private static AppSettingsStyle? ComputeStyle(Compilation compilation)
        {
            if (KnownApiSymbols.For(compilation).GetMember(ReplacementMembers.AppSettings) is not { } appSettings)
            {
                return null;
            }

            var counts = new Dictionary<AppSettingsStyle, int>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel? model = null;
                foreach (ElementAccessExpressionSyntax access in tree.GetRoot().DescendantNodes().OfType<ElementAccessExpressionSyntax>())
                {
                    if (access.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member } receiver
                        || member != appSettings.Name
                        || access.ArgumentList.Arguments.Count != 1
                        || access.ArgumentList.Arguments[0].Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } key)
                    {
                        continue;
                    }

                    model ??= compilation.GetSemanticModel(tree);
                    if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver).Symbol, appSettings))
                    {
                        continue;
                    }

                    AppSettingsStyle style = SecretName.StyleOf(key.Token.ValueText);
                    counts[style] = counts.TryGetValue(style, out int n) ? n + 1 : 1;
                }
            }

            // The style most keys have; on a tie, or with no literal key, the configuration key's own (Section:Key).
            return counts.Count == 0 ? AppSettingsStyle.Colon : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
        }

        private static ExpressionSyntax Index(ExpressionSyntax receiver, string key) =>
            SyntaxFactory.ElementAccessExpression(receiver, SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(FixHelpers.StringLiteral(key)))));

        /// <summary>The sources visible at one position.</summary>
        private sealed class Sources
        {
            private readonly DocumentEditor _editor;
            private readonly int _position;
            private readonly KnownApiSymbols _known;
            private readonly string? _secretClient;
            private readonly IMethodSymbol? _getSecret;

            public Sources(DocumentEditor editor, int position)
            {
                _editor = editor;
                _position = position;
                SemanticModel model = editor.SemanticModel;
                _known = KnownApiSymbols.For(model.Compilation);
                bool inAsync = model.GetEnclosingSymbol(position) is IMethodSymbol { IsAsync: true };

                _getSecret = _known.GetMethod(inAsync ? ReplacementMembers.SecretClientGetSecretAsync : ReplacementMembers.SecretClientGetSecret);
                if (_known.GetType(KnownTypes.KeyVaultSecretClient) is { } secretClient && _getSecret is { Parameters.Length: > 0 }
                    && _known.GetMember(ReplacementMembers.ResponseValue) != null && _known.GetMember(ReplacementMembers.KeyVaultSecretValue) != null)
                {
                    _secretClient = FixHelpers.FindInScope(model, position, secretClient);
                }

                if (_known.GetType(KnownTypes.MicrosoftExtensionsIConfiguration) is { } configuration
                    && FixHelpers.FindInScope(model, position, configuration) is { } name)
                {
                    Configuration = name;
                    ConfigurationMayBeNull = configuration.GetMembers().OfType<IPropertySymbol>().Any(p => p.IsIndexer && p.NullableAnnotation == NullableAnnotation.Annotated);
                }

                // appSettings only where System.Configuration is the .NET Framework's own (an app.config exists there);
                // on .NET the ConfigurationManager package often comes in transitively with no app.config to read.
                if (_known.GetMember(ReplacementMembers.AppSettings) is IPropertySymbol { ContainingAssembly.Name: KnownAssemblies.NetFrameworkConfiguration } appSettings)
                {
                    AppSettings = appSettings;
                    AppSettingsMayBeNull = appSettings.Type.GetMembers().OfType<IPropertySymbol>().Any(p => p.IsIndexer && p.NullableAnnotation == NullableAnnotation.Annotated);
                }
            }

            public string? Configuration { get; }

            public bool ConfigurationMayBeNull { get; }

            public ISymbol? AppSettings { get; }

            public bool AppSettingsMayBeNull { get; }

            public bool Has(Kind kind) => kind switch
            {
                Kind.KeyVault => _secretClient != null,
                Kind.Configuration => Configuration != null,
                Kind.AppSettings => AppSettings != null,
                _ => true,
            };

            /// <summary>
            /// <c>(await vault.GetSecretAsync(name, cancellationToken: default)).Value.Value</c>: the named cancellation token
            /// binds on Key Vault Secrets 4.6 and on 4.12+, where a second overload makes the one-argument call ambiguous.
            /// </summary>
            public ExpressionSyntax KeyVault(string name)
            {
                bool inAsync = _editor.SemanticModel.GetEnclosingSymbol(_position) is IMethodSymbol { IsAsync: true };
                ExpressionSyntax response = SyntaxFactory.InvocationExpression(
                    FixHelpers.Member(SyntaxFactory.IdentifierName(_secretClient!), _getSecret!.Name),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                    {
                        SyntaxFactory.Argument(FixHelpers.StringLiteral(name)),
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword)))
                            .WithNameColon(SyntaxFactory.NameColon(_getSecret.Parameters[_getSecret.Parameters.Length - 1].Name)),
                    })));
                if (inAsync)
                {
                    response = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AwaitExpression(response));
                }

                return FixHelpers.Member(FixHelpers.Member(response, _known.GetMember(ReplacementMembers.ResponseValue)!.Name), _known.GetMember(ReplacementMembers.KeyVaultSecretValue)!.Name);
            }

            /// <summary><c>Environment.GetEnvironmentVariable("NAME")</c>; every base class library has it.</summary>
            public (ExpressionSyntax Read, bool MayBeNull, string Key) EnvironmentRead(string variable)
            {
                IMethodSymbol? environment = _known.GetMethod(ReplacementMembers.GetEnvironmentVariable);
                ExpressionSyntax getVariable = environment != null
                    ? FixHelpers.StaticMember(_editor, environment)
                    : FixHelpers.Member(SyntaxFactory.IdentifierName(nameof(System.Environment)), nameof(System.Environment.GetEnvironmentVariable));
                return (SyntaxFactory.InvocationExpression(getVariable, FixHelpers.Arguments(FixHelpers.StringLiteral(variable))),
                    environment?.ReturnNullableAnnotation == NullableAnnotation.Annotated,
                    variable);
            }
        }

        private sealed class StyleBox
        {
            public StyleBox(AppSettingsStyle? style)
            {
                Style = style;
            }

            public AppSettingsStyle? Style { get; }
        }
    }
}
