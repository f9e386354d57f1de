using System.Collections.Generic;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Names the secret that replaces a password, after what the code shows: the resource the token is for
    /// (<c>Graph:RefreshToken</c>), else the key the password was read under (<c>pbiPassword</c> becomes
    /// <c>pbiRefreshToken</c>, read from the same source), else a generic name. Also finds the resource a scope or v1
    /// resource expression names.
    /// </summary>
    internal static class SecretNaming
    {
        /// <summary>Where a password was read from: the kind of source and its key there.</summary>
        public sealed class Origin
        {
            public Origin(SecretSource.Kind kind, string key)
            {
                Kind = kind;
                Key = key;
            }

            public SecretSource.Kind Kind { get; }

            public string Key { get; }
        }

        /// <summary>The secret a refresh token for <paramref name="resource"/> is read as, and from which source.</summary>
        public static (SecretName Name, SecretSource.Kind? Source) RefreshToken(KnownResource? resource, Origin? password)
        {
            if (resource != null)
            {
                return (resource.RefreshToken, password?.Kind);
            }

            if (password != null && SecretName.Derived(password.Key, "password", "RefreshToken") is { } derived)
            {
                return (derived, password.Kind);
            }

            return (KnownSecrets.RefreshToken, password?.Kind);
        }

        /// <summary>
        /// The configuration read a password value comes from, following locals, fields, properties, <c>??</c>, a
        /// <c>SecureString</c> filled in a loop, and a private method that returns one.
        /// </summary>
        public static Origin? PasswordOrigin(IOperation? value) => value is null ? null : Trace(value, 0);

        private static Origin? Trace(IOperation value, int depth)
        {
            if (depth > 6 || value.SemanticModel is not { } model)
            {
                return null;
            }

            KnownApiSymbols known = KnownApiSymbols.For(model.Compilation);
            IOperation origin = ValueFlow.Origin(value);
            switch (origin)
            {
                case ICoalesceOperation coalesce:
                    return Trace(coalesce.Value, depth + 1);

                case IObjectCreationOperation creation when known.IsType(creation.Type, KnownTypes.SecureString):
                    // var secure = new SecureString(); foreach (char c in <password>) secure.AppendChar(c);
                    return value is ILocalReferenceOperation local && FilledFrom(local.Local, model) is { } filled ? Trace(filled, depth + 1) : null;

                case IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: 1 } method } call
                    when SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Compilation.Assembly)
                    && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax { Body: { } body }
                    && body.Statements.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ReturnStatementSyntax>().LastOrDefault()?.Expression is { } returned
                    && model.SyntaxTree == returned.SyntaxTree
                    && model.GetOperation(returned) is { } returnedValue:
                    return Trace(returnedValue, depth + 1);
            }

            if (!CFA2003ConfiguredPasswordAnalyzer.TryGetConfigurationRead(origin, known, out string key, out string source, out _))
            {
                return null;
            }

            return source switch
            {
                "AppSettings" => new Origin(SecretSource.Kind.AppSettings, key),
                "Environment" => new Origin(SecretSource.Kind.Environment, key),
                _ => new Origin(SecretSource.Kind.Configuration, key),
            };
        }

        /// <summary>The value a <c>SecureString</c> local is filled from character by character, if the code has one such loop.</summary>
        private static IOperation? FilledFrom(ILocalSymbol secure, SemanticModel model)
        {
            SyntaxNode? scope = secure.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax().FirstAncestorOrSelf<BlockSyntax>();
            foreach (ForEachStatementSyntax loop in scope?.DescendantNodes().OfType<ForEachStatementSyntax>() ?? Enumerable.Empty<ForEachStatementSyntax>())
            {
                bool appends = loop.Statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                    .Any(call => call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } && receiver.Identifier.ValueText == secure.Name);
                if (appends && model.GetOperation(loop.Expression) is { } collection)
                {
                    return collection;
                }
            }

            return null;
        }

        /// <summary>The resource a v1 resource or the scopes passed as <paramref name="value"/> name (constants the code shows).</summary>
        public static KnownResource? ResourceOf(IOperation? value)
        {
            foreach (string text in Strings(value, 0))
            {
                if (KnownResources.Find(text) is { } resource)
                {
                    return resource;
                }
            }

            return null;
        }

        private static IEnumerable<string> Strings(IOperation? value, int depth)
        {
            if (value is null || depth > 6)
            {
                yield break;
            }

            IOperation origin = ValueFlow.Origin(value);
            if (origin.ConstantValue is { HasValue: true, Value: string text })
            {
                yield return text;
                yield break;
            }

            IEnumerable<IOperation> parts = origin switch
            {
                IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => new[] { add.LeftOperand },
                IObjectCreationOperation { Initializer: { } collection } => collection.Initializers.OfType<IInvocationOperation>().SelectMany(i => i.Arguments.Select(a => a.Value)),
                _ => Enumerable.Empty<IOperation>(),
            };

            foreach (IOperation part in parts)
            {
                foreach (string inner in Strings(part, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
