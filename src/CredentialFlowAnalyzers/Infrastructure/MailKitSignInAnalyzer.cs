using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Base of the MailKit rules: password sign-ins (the catalog rows of CFA4002) reported by where the client
    /// connects, a Microsoft 365 host (CFA4002) or a host the code does not name (CFA4003): one analyzer per id, one decision.
    /// </summary>
    public abstract class MailKitSignInAnalyzer : CatalogApiAnalyzer
    {
        /// <summary>The kind of host this rule reports sign-ins to.</summary>
        private protected abstract HostKind ReportedHost { get; }

        private protected sealed override string CatalogRuleId => Descriptors.CFA4002MailKitBasicAuth.Id;

        private protected sealed override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols) =>
            HostOfPasswordSignIn(context, use, symbols) == ReportedHost;

        private protected sealed override Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), DisplayName(use.Member));

        /// <summary>
        /// The kind of host a password sign-in goes to, or null when the call sends no password (a SASL mechanism
        /// that is not a password mechanism, such as OAuth 2.0).
        /// </summary>
        private static HostKind? HostOfPasswordSignIn(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            var invocation = (IInvocationOperation)use.Operation;

            // A row whose password travels in a SASL mechanism: only the mechanisms that send a password count.
            IArgumentOperation? carrier = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == use.Api.PasswordParameter);
            if (carrier != null && symbols.IsType(carrier.Parameter?.Type, KnownTypes.MailKitSaslMechanism)
                && (ValueFlow.UnwrapBuiltInConversions(carrier.Value) is not IObjectCreationOperation { Arguments.Length: > 0 } creation
                    || !KnownTypes.MailKitPasswordMechanisms.Any(mechanism => symbols.IsType(creation.Type, mechanism))))
            {
                return null;
            }

            // The option that adds Microsoft 365 hosts is read under CFA4002's id for both rules.
            ImmutableArray<string> extraHosts = Hosts.ExtraHosts(context.Options, invocation.Syntax.SyntaxTree, Descriptors.CFA4002MailKitBasicAuth.Id);
            return HostOf(invocation.Instance, ValueFlow.Root(invocation), symbols, extraHosts);
        }

        /// <summary>Where the client the call runs on connects: the hosts of the <c>Connect</c>/<c>ConnectAsync</c> calls on it in this body.</summary>
        private static HostKind HostOf(IOperation? instance, IOperation root, KnownApiSymbols symbols, ImmutableArray<string> extraHosts)
        {
            ISymbol? client = ValueFlow.ReferencedSymbol(instance);
            if (client is null)
            {
                return HostKind.Unknown;
            }

            var kinds = new List<HostKind>();
            foreach (IInvocationOperation connect in root.Descendants().OfType<IInvocationOperation>())
            {
                if (!symbols.Is(connect.TargetMethod, KnownMembers.MailServiceConnect)
                    || !SymbolEqualityComparer.Default.Equals(ValueFlow.ReferencedSymbol(connect.Instance), client))
                {
                    continue;
                }

                IOperation? hostArgument = connect.Arguments.FirstOrDefault(a => a.Parameter?.Name == "host" || a.Parameter?.Name == "uri")?.Value;
                kinds.Add(Hosts.ClassifyHost(ValueFlow.ConstantAddress(hostArgument), extraHosts));
            }

            return Hosts.Combine(kinds);
        }
    }
}
