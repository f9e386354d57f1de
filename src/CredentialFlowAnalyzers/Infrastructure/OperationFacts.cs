using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>Where a mail or Exchange client connects, as far as the code shows.</summary>
    internal enum HostKind
    {
        /// <summary>No constant host could be found (a configuration read, a parameter, a computed value).</summary>
        Unknown,

        /// <summary>A Microsoft 365 client-submission / mailbox host (built in or from <c>microsoft365_hosts</c>).</summary>
        Microsoft365,

        /// <summary><c>*.mail.protection.outlook.com</c>: direct send / relay, no sign-in, not a finding.</summary>
        DirectSend,

        /// <summary>A constant host that is not Microsoft 365 (for example smtp.gmail.com, an on-premises server).</summary>
        Other,
    }

    /// <summary>
    /// Shared operation-tree helpers for the CFA4xxx rules: constant strings through locals, receivers, hosts.
    /// They only walk the body that holds the reported operation.
    /// </summary>
    internal static class OperationFacts
    {
        /// <summary>The option that adds hosts to the Microsoft 365 list (<c>cfa.&lt;id&gt;.microsoft365_hosts</c> / <c>cfa.microsoft365_hosts</c>).</summary>
        public const string Microsoft365HostsOption = "microsoft365_hosts";

        public static ImmutableArray<string> ExtraHosts(AnalyzerOptions options, SyntaxTree tree, string ruleId) =>
            CfaOptions.GetList(options, tree, ruleId, Microsoft365HostsOption);

        /// <summary>Classifies a host name or URL.</summary>
        public static HostKind ClassifyHost(string? hostOrUrl, ImmutableArray<string> extraHosts)
        {
            if (string.IsNullOrWhiteSpace(hostOrUrl))
            {
                return HostKind.Unknown;
            }

            string host = hostOrUrl!.Trim();
            if (host.IndexOf("://", StringComparison.Ordinal) > 0 && Uri.TryCreate(host, UriKind.Absolute, out Uri? uri))
            {
                host = uri.Host;
            }

            host = host.TrimEnd('.').ToLowerInvariant();
            if (host.EndsWith(KnownHosts.DirectSendSuffix, StringComparison.Ordinal))
            {
                return HostKind.DirectSend;
            }

            foreach (string known in KnownHosts.Microsoft365Mail.Concat(extraHosts))
            {
                string k = known.Trim().ToLowerInvariant();
                if (k.StartsWith("*.", StringComparison.Ordinal) ? host.EndsWith(k.Substring(1), StringComparison.Ordinal) : host == k)
                {
                    return HostKind.Microsoft365;
                }
            }

            return HostKind.Other;
        }

        /// <summary>The topmost operation of the body holding <paramref name="operation"/>.</summary>
        public static IOperation Root(IOperation operation)
        {
            IOperation current = operation;
            while (current.Parent != null)
            {
                current = current.Parent;
            }

            return current;
        }

        public static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.OperatorMethod is null)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>
        /// A constant string the expression stands for: a literal or constant, a <c>new Uri("...")</c>, or a local
        /// initialized with one. Null when the value comes from anywhere else (configuration, parameters, calls).
        /// </summary>
        public static string? ConstantString(IOperation? operation, IOperation root)
        {
            if (operation is null)
            {
                return null;
            }

            operation = WithoutConversions(operation);
            if (operation.ConstantValue.HasValue)
            {
                return operation.ConstantValue.Value as string;
            }

            switch (operation)
            {
                case IObjectCreationOperation { Arguments.Length: >= 1 } creation when creation.SemanticModel is { } model && KnownApiSymbols.For(model.Compilation).IsType(creation.Type, KnownTypes.Uri):
                    return ConstantString(creation.Arguments[0].Value, root);

                case ILocalReferenceOperation local:
                    foreach (IVariableDeclaratorOperation declarator in root.Descendants().OfType<IVariableDeclaratorOperation>())
                    {
                        if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                        {
                            return declarator.Initializer is { } init ? ConstantString(init.Value, root) : null;
                        }
                    }

                    return null;

                default:
                    return null;
            }
        }

        /// <summary>The variable, field, parameter or property an instance expression reads, if it is that simple.</summary>
        public static ISymbol? ReferencedSymbol(IOperation? operation) => operation is null ? null : WithoutConversions(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IPropertyReferenceOperation property when property.Arguments.IsEmpty => property.Property,
            _ => null,
        };

        /// <summary>Every value assigned to (or initializing) <paramref name="symbol"/> in the body.</summary>
        public static IEnumerable<IOperation> ValuesOf(ISymbol symbol, IOperation root)
        {
            foreach (IOperation operation in root.Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol) && declarator.Initializer != null)
                {
                    yield return WithoutConversions(declarator.Initializer.Value);
                }
                else if (operation is ISimpleAssignmentOperation assignment && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(assignment.Target), symbol))
                {
                    yield return WithoutConversions(assignment.Value);
                }
            }
        }

        /// <summary>The worst (most Microsoft-365-like) of several host kinds: Microsoft 365, then unknown, then the rest.</summary>
        public static HostKind Combine(IEnumerable<HostKind> kinds)
        {
            bool any = false;
            bool unknown = false;
            bool directSend = false;
            foreach (HostKind kind in kinds)
            {
                any = true;
                switch (kind)
                {
                    case HostKind.Microsoft365:
                        return HostKind.Microsoft365;
                    case HostKind.Unknown:
                        unknown = true;
                        break;
                    case HostKind.DirectSend:
                        directSend = true;
                        break;
                }
            }

            return !any || unknown ? HostKind.Unknown : directSend ? HostKind.DirectSend : HostKind.Other;
        }

        /// <summary>
        /// For a string constant expression: true when no enclosing expression is a larger string constant (so a
        /// concatenation of literals is checked once, as a whole).
        /// </summary>
        public static bool IsOutermostStringConstant(IOperation operation) =>
            operation.ConstantValue.HasValue && operation.ConstantValue.Value is string
            && !(operation.Parent is IBinaryOperation parent && parent.ConstantValue.HasValue && parent.ConstantValue.Value is string)
            && !(operation.Parent is IParenthesizedOperation paren && paren.ConstantValue.HasValue);
    }
}
