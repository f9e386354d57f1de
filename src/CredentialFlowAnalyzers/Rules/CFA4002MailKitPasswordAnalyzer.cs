using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4002 / CFA4003: MailKit <c>Authenticate</c>/<c>AuthenticateAsync</c> with a user name and password, an
    /// <c>ICredentials</c>, or a password SASL mechanism, on a client that connects to a Microsoft 365 host (CFA4002) or to a
    /// host the code does not name as a constant (CFA4003, Info). A constant non-Microsoft host is not reported (app
    /// passwords at other providers are their policy), nor is direct send (<c>*.mail.protection.outlook.com</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4002MailKitPasswordAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property naming the matched catalog row.</summary>
        public const string ApiKeyProperty = CatalogApiAnalyzer.ApiKeyProperty;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            ImmutableArray.Create(Descriptors.CFA4002MailKitBasicAuth, Descriptors.CFA4003MailKitBasicAuthUnknownHost);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (!symbols.HasRule(Descriptors.CFA4002MailKitBasicAuth.Id))
                {
                    return;
                }

                var passwordMechanisms = KnownTypes.MailKitPasswordMechanisms
                    .Select(symbols.GetType)
                    .OfType<INamedTypeSymbol>()
                    .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

                start.RegisterOperationAction(ctx => Analyze(ctx, symbols, passwordMechanisms), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownApiSymbols symbols, ImmutableHashSet<INamedTypeSymbol> passwordMechanisms)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!symbols.TryGet(invocation.TargetMethod, Descriptors.CFA4002MailKitBasicAuth.Id, out KnownApi api))
            {
                return;
            }

            // A row whose password travels in a SASL mechanism: only the mechanisms that send a password count.
            IArgumentOperation? carrier = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == api.PasswordParameter);
            if (carrier != null && symbols.IsType(carrier.Parameter?.Type, KnownTypes.MailKitSaslMechanism))
            {
                if (OperationFacts.WithoutConversions(carrier.Value) is not IObjectCreationOperation { Arguments.Length: > 0 } creation
                    || creation.Type is not INamedTypeSymbol created
                    || !passwordMechanisms.Contains(created))
                {
                    return;
                }
            }

            IOperation root = OperationFacts.Root(invocation);
            HostKind host = HostOf(invocation.Instance, root, symbols, OperationFacts.ExtraHosts(context.Options, invocation.Syntax.SyntaxTree, Descriptors.CFA4002MailKitBasicAuth.Id));
            DiagnosticDescriptor? rule = host switch
            {
                HostKind.Microsoft365 => Descriptors.CFA4002MailKitBasicAuth,
                HostKind.Unknown => Descriptors.CFA4003MailKitBasicAuthUnknownHost,
                _ => null,
            };

            if (rule is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                rule,
                invocation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(ApiKeyProperty, api.Key),
                CatalogApiAnalyzer.DisplayName(invocation.TargetMethod)));
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
