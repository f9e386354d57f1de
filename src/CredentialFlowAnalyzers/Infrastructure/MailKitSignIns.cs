using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// MailKit password sign-ins (the catalog rows of CFA4002) and where the client connects, shared by CFA4002
    /// (Microsoft 365 host) and CFA4003 (a host the code does not name): one analyzer per id, one decision.
    /// </summary>
    internal static class MailKitSignIns
    {
        /// <summary>
        /// The kind of host a password sign-in goes to, or null when the call sends no password (a SASL mechanism
        /// that is not a password mechanism, such as OAuth 2.0).
        /// </summary>
        public static HostKind? HostOfPasswordSignIn(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            var invocation = (IInvocationOperation)use.Operation;

            // A row whose password travels in a SASL mechanism: only the mechanisms that send a password count.
            IArgumentOperation? carrier = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == use.Api.PasswordParameter);
            if (carrier != null && symbols.IsType(carrier.Parameter?.Type, KnownTypes.MailKitSaslMechanism)
                && (OperationFacts.WithoutConversions(carrier.Value) is not IObjectCreationOperation { Arguments.Length: > 0 } creation
                    || !KnownTypes.MailKitPasswordMechanisms.Any(mechanism => symbols.IsType(creation.Type, mechanism))))
            {
                return null;
            }

            // The option that adds Microsoft 365 hosts is read under CFA4002's id for both rules.
            ImmutableArray<string> extraHosts = OperationFacts.ExtraHosts(context.Options, invocation.Syntax.SyntaxTree, Descriptors.CFA4002MailKitBasicAuth.Id);
            return HostOf(invocation.Instance, OperationFacts.Root(invocation), symbols, extraHosts);
        }

        /// <summary>Where the client the call runs on connects: the hosts of the <c>Connect</c>/<c>ConnectAsync</c> calls on it in this body.</summary>
        private static HostKind HostOf(IOperation? instance, IOperation root, KnownApiSymbols symbols, ImmutableArray<string> extraHosts)
        {
            ISymbol? client = OperationFacts.ReferencedSymbol(instance);
            if (client is null)
            {
                return HostKind.Unknown;
            }

            var kinds = new List<HostKind>();
            foreach (IInvocationOperation connect in root.Descendants().OfType<IInvocationOperation>())
            {
                if (!symbols.Is(connect.TargetMethod, KnownMembers.MailServiceConnect)
                    || !SymbolEqualityComparer.Default.Equals(OperationFacts.ReferencedSymbol(connect.Instance), client))
                {
                    continue;
                }

                IOperation? hostArgument = connect.Arguments.FirstOrDefault(a => a.Parameter?.Name == "host" || a.Parameter?.Name == "uri")?.Value;
                kinds.Add(OperationFacts.ClassifyHost(OperationFacts.ConstantString(hostArgument, root), extraHosts));
            }

            return OperationFacts.Combine(kinds);
        }
    }
}
