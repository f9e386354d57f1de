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
    /// CFA4004: EWS Managed API credentials with a password: <c>new WebCredentials(user, password[, domain])</c> and a
    /// <c>NetworkCredential</c> converted to <c>ExchangeCredentials</c> (<c>service.Credentials = new NetworkCredential(u, p)</c>).
    /// Not reported when the same body points <c>ExchangeService.Url</c> only at constant hosts that are not Microsoft 365
    /// (on-premises Exchange, where basic authentication is the server's choice).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4004ExchangeWebCredentialsAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4004ExchangeWebServicesBasicAuth;

        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            if (use.Operation is IConversionOperation conversion)
            {
                // null, CredentialCache.DefaultNetworkCredentials / DefaultCredentials, new NetworkCredential(): no user password.
                IOperation operand = ValueFlow.UnwrapBuiltInConversions(conversion.Operand);
                if (operand.ConstantValue.HasValue
                    || (operand is IPropertyReferenceOperation property && symbols.IsType(property.Property.ContainingType, KnownTypes.CredentialCache))
                    || (operand is IObjectCreationOperation bare && bare.Arguments.Length < 2))
                {
                    return false;
                }
            }

            // Not reported when the body points ExchangeService.Url only at constant hosts that are not Microsoft 365.
            IOperation root = ValueFlow.Root(use.Operation);
            ImmutableArray<string> extra = Hosts.ExtraHosts(context.Options, use.Operation.Syntax.SyntaxTree, Rule.Id);
            var kinds = new List<HostKind>();
            foreach (ISimpleAssignmentOperation assignment in root.Descendants().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is IPropertyReferenceOperation url && symbols.Is(url.Property, KnownMembers.ExchangeServiceUrl))
                {
                    kinds.Add(Hosts.ClassifyHost(ValueFlow.ConstantAddress(assignment.Value), extra));
                }
            }

            HostKind host = Hosts.Combine(kinds);
            return host != HostKind.Other && host != HostKind.DirectSend;
        }

        /// <summary>A conversion is reported at, and named after, what is converted (a NetworkCredential); a constructor after its type.</summary>
        private protected override Diagnostic CreateDiagnostic(CatalogUse use)
        {
            var method = (IMethodSymbol)use.Member;
            (IOperation at, string display) = use.Operation is IConversionOperation conversion
                ? (ValueFlow.UnwrapBuiltInConversions(conversion.Operand), method.Parameters[0].Type.Name)
                : (use.Operation, method.ContainingType.Name);
            return Diagnostic.Create(Rule, at.Syntax.GetLocation(), KeyProperties(use.Api), display);
        }
    }
}
