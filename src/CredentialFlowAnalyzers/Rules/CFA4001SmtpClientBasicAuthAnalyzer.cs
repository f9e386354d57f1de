using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4001: <c>System.Net.Mail.SmtpClient.Credentials</c> set to user credentials on a client whose host (constructor
    /// argument or <c>Host</c>) is a Microsoft 365 host. Default credentials and <c>null</c> are not user passwords.
    /// Also the catalog's helpers that send through System.Net.Mail to Office 365 with a user name and password (PnP Sites
    /// Core <c>MailUtility.SendEmail</c>), unless their host parameter is a constant host that is not Microsoft 365.
    /// There is no code fix: System.Net.Mail has no OAuth, so the replacement is another library or Graph.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4001SmtpClientBasicAuthAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4001SmtpClientBasicAuth;

        private protected override bool ReportsPropertySets => true;

        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            if (use.Operation is IInvocationOperation helper)
            {
                return HelperMayReachMicrosoft365(context, helper, use.Api);
            }

            var assignment = (ISimpleAssignmentOperation)use.Operation;
            var target = (IPropertyReferenceOperation)assignment.Target;
            IOperation value = ValueFlow.UnwrapBuiltInConversions(assignment.Value);
            if (value.ConstantValue.HasValue
                || (value is IPropertyReferenceOperation property && symbols.IsType(property.Property.ContainingType, KnownTypes.CredentialCache))
                || (value is IObjectCreationOperation creation && creation.Arguments.Length < 2))
            {
                // null, CredentialCache.DefaultNetworkCredentials / DefaultCredentials, new NetworkCredential(): no user password.
                return false;
            }

            IOperation root = ValueFlow.Root(assignment);
            ImmutableArray<string> extra = Hosts.ExtraHosts(context.Options, assignment.Syntax.SyntaxTree, Rule.Id);
            return HostOf(target.Instance, root, symbols, target.Property.ContainingType, extra) == HostKind.Microsoft365;
        }

        /// <summary>A helper row documented for Office 365 SMTP: silent only when its host is a constant that is not Microsoft 365.</summary>
        private bool HelperMayReachMicrosoft365(OperationAnalysisContext context, IInvocationOperation helper, KnownApi api)
        {
            if (api.HostParameter is null || ValueFlow.ArgumentNamed(helper.Arguments, api.HostParameter) is not { } host)
            {
                return true;
            }

            HostKind kind = Hosts.ClassifyHost(ValueFlow.ConstantString(host), Hosts.ExtraHosts(context.Options, helper.Syntax.SyntaxTree, Rule.Id));
            return kind != HostKind.Other && kind != HostKind.DirectSend;
        }

        private protected override Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), DisplayName(use.Member));

        private static HostKind HostOf(IOperation? instance, IOperation root, KnownApiSymbols symbols, INamedTypeSymbol smtpClient, ImmutableArray<string> extra)
        {
            var kinds = new List<HostKind>();
            if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                // Object initializer: new SmtpClient("host") { Credentials = ... }.
                IOperation? current = instance.Parent;
                while (current != null && current is not IObjectCreationOperation)
                {
                    current = current.Parent;
                }

                if (current is IObjectCreationOperation creation)
                {
                    AddCreationHosts(creation, root, symbols, extra, kinds);
                }

                return Hosts.Combine(kinds);
            }

            ISymbol? client = ValueFlow.ReferencedSymbol(instance);
            if (client is null)
            {
                return HostKind.Unknown;
            }

            foreach (IOperation value in ValueFlow.WritesOf(client, root).Select(ValueFlow.UnwrapBuiltInConversions))
            {
                if (value is IObjectCreationOperation creation && SymbolEqualityComparer.Default.Equals(creation.Type, smtpClient))
                {
                    AddCreationHosts(creation, root, symbols, extra, kinds);
                }
            }

            foreach (ISimpleAssignmentOperation hostAssignment in root.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (hostAssignment.Target is IPropertyReferenceOperation hostTarget
                    && symbols.Is(hostTarget.Property, KnownMembers.SmtpClientHost)
                    && SymbolEqualityComparer.Default.Equals(ValueFlow.ReferencedSymbol(hostTarget.Instance), client))
                {
                    kinds.Add(Hosts.ClassifyHost(ValueFlow.ConstantAddress(hostAssignment.Value), extra));
                }
            }

            return Hosts.Combine(kinds);
        }

        private static void AddCreationHosts(IObjectCreationOperation creation, IOperation root, KnownApiSymbols symbols, ImmutableArray<string> extra, List<HostKind> kinds)
        {
            if (creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "host") is { } host)
            {
                kinds.Add(Hosts.ClassifyHost(ValueFlow.ConstantAddress(host.Value), extra));
            }

            if (creation.Initializer != null)
            {
                foreach (ISimpleAssignmentOperation member in creation.Initializer.Initializers.OfType<ISimpleAssignmentOperation>())
                {
                    if (member.Target is IPropertyReferenceOperation hostTarget && symbols.Is(hostTarget.Property, KnownMembers.SmtpClientHost))
                    {
                        kinds.Add(Hosts.ClassifyHost(ValueFlow.ConstantAddress(member.Value), extra));
                    }
                }
            }
        }
    }
}
