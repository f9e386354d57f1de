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
    /// CFA4005: SharePoint Online sign-ins with a user password: CSOM <c>SharePointOnlineCredentials</c>, PnP-Sites-Core
    /// <c>GetSharePointOnlineAuthenticatedContextTenant</c>/<c>GetAzureADCredentialsContext</c>, PnP.Framework
    /// <c>CreateWithCredentials</c> and its constructor twins (catalog rows of CFA4005), and
    /// <c>ClientContext.Credentials = new NetworkCredential(user, password)</c> on a context created for a constant
    /// <c>*.sharepoint.com</c> URL in the same method. On-premises NTLM helpers and URLs are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4005SharePointPasswordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CFA4005SharePointPassword);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                KnownApiSymbols symbols = KnownApiSymbols.For(start.Compilation);
                if (!symbols.HasRule(Descriptors.CFA4005SharePointPassword.Id))
                {
                    return;
                }

                start.RegisterOperationAction(ctx => AnalyzeCall(ctx, symbols), OperationKind.Invocation, OperationKind.ObjectCreation);
                if (symbols.GetType(KnownTypes.NetworkCredential) is { } networkCredential)
                {
                    start.RegisterOperationAction(ctx => AnalyzeCredentials(ctx, symbols, networkCredential), OperationKind.SimpleAssignment);
                }
            });
        }

        private static void AnalyzeCall(OperationAnalysisContext context, KnownApiSymbols symbols)
        {
            IMethodSymbol? method = context.Operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (method is null || !symbols.TryGet(method, Descriptors.CFA4005SharePointPassword.Id, out KnownApi api))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4005SharePointPassword,
                context.Operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CatalogApiAnalyzer.ApiKeyProperty, api.Key),
                CatalogApiAnalyzer.DisplayName(method),
                api.Replacement));
        }

        /// <summary>A catalog property of this rule (a CSOM context's <c>Credentials</c>) set to a user name and password.</summary>
        private static void AnalyzeCredentials(OperationAnalysisContext context, KnownApiSymbols symbols, INamedTypeSymbol networkCredential)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target
                || !symbols.TryGet(target.Property, Descriptors.CFA4005SharePointPassword.Id, out KnownApi api)
                || OperationFacts.WithoutConversions(assignment.Value) is not IObjectCreationOperation { Arguments.Length: >= 2 } credential
                || !SymbolEqualityComparer.Default.Equals(credential.Type, networkCredential))
            {
                return;
            }

            // Only SharePoint Online: the context's URL must be a constant *.sharepoint.com address.
            IOperation root = OperationFacts.Root(assignment);
            ISymbol? contextSymbol = OperationFacts.ReferencedSymbol(target.Instance);
            bool online = contextSymbol != null && OperationFacts.ValuesOf(contextSymbol, root)
                .OfType<IObjectCreationOperation>()
                .Any(c => c.Arguments.Length > 0 && IsSharePointOnline(OperationFacts.ConstantString(c.Arguments[0].Value, root)));
            if (!online)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CFA4005SharePointPassword,
                assignment.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(CatalogApiAnalyzer.ApiKeyProperty, api.Key),
                (target.Instance?.Type ?? target.Property.ContainingType).Name + "." + target.Property.Name,
                api.Replacement));
        }

        private static bool IsSharePointOnline(string? url) =>
            url != null && System.Uri.TryCreate(url, System.UriKind.Absolute, out System.Uri? uri)
            && KnownHosts.SharePointOnlineSuffixes.Any(suffix => uri.Host.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase));
    }
}
