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
    /// CFA4006: Dataverse / Dynamics 365 with a user password: the online password constructors of
    /// <c>CrmServiceClient</c> and <c>ServiceClient</c> (catalog rows), and string constants that are connection strings
    /// with <c>AuthType=Office365</c>, or <c>AuthType=OAuth</c> (or <c>AD</c> to a <c>*.dynamics.com</c> org) with a
    /// <c>Password</c>. Strings are checked wherever they appear (whole literal, concatenation of constants or interpolated
    /// string, once), and a string built across statements where it is handed to a Dataverse client.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4006DataversePasswordAnalyzer : CatalogApiAnalyzer
    {
        /// <summary>Diagnostic property with the <see cref="ConnectionStringFinding"/> name (string findings only).</summary>
        public const string FindingProperty = "Finding";

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4006DataversePassword;

        private protected override Diagnostic CreateDiagnostic(CatalogUse use) =>
            Diagnostic.Create(Rule, use.Operation.Syntax.GetLocation(), KeyProperties(use.Api), "'" + use.Member.ContainingType.Name + "'", "a user name and password constructor");

        /// <summary>
        /// A constructor row is reported when its credentials carry a user password and the organisation may be online:
        /// see <see cref="CarriesUserPassword"/> and <see cref="MayBeOnline"/>.
        /// </summary>
        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols) =>
            use.Operation is not IObjectCreationOperation creation || (CarriesUserPassword(creation, use.Api, symbols) && MayBeOnline(creation, use.Api, symbols));

        /// <summary>
        /// False when the credentials handed to the constructor carry no user password: WCF <c>ClientCredentials</c> whose
        /// <c>UserName.Password</c> is never set in the member (Windows credentials), <c>CredentialCache</c>'s default
        /// credentials or an empty <c>NetworkCredential</c>. Other password arguments always carry one.
        /// </summary>
        private static bool CarriesUserPassword(IObjectCreationOperation creation, KnownApi api, KnownApiSymbols symbols)
        {
            if (api.PasswordParameter is null || ValueFlow.ArgumentNamed(creation.Arguments, api.PasswordParameter) is not { } argument)
            {
                return true;
            }

            IOperation value = ValueFlow.UnwrapBuiltInConversions(argument);
            if (symbols.IsType(value.Type, KnownTypes.WcfClientCredentials))
            {
                ISymbol? credentials = ValueFlow.ReferencedSymbol(value);
                return credentials != null && ValueFlow.Root(creation).Descendants().OfType<ISimpleAssignmentOperation>().Any(assignment =>
                    assignment.Target is IPropertyReferenceOperation { Instance: IPropertyReferenceOperation userName } password
                    && symbols.Is(password.Property, KnownMembers.WcfUserNamePassword)
                    && symbols.Is(userName.Property, KnownMembers.WcfUserName)
                    && SymbolEqualityComparer.Default.Equals(ValueFlow.ReferencedSymbol(userName.Instance), credentials));
            }

            if (symbols.IsType(value.Type, KnownTypes.NetworkCredential))
            {
                IOperation origin = ValueFlow.UnwrapBuiltInConversions(ValueFlow.Origin(value));
                return !(origin is IPropertyReferenceOperation property && symbols.IsType(property.Property.ContainingType, KnownTypes.CredentialCache))
                    && !(origin is IObjectCreationOperation { Arguments.Length: < 2 });
            }

            return true;
        }

        /// <summary>
        /// False when the constructor provably talks to an on-premises organisation: its host argument is a constant that is
        /// not <c>*.dynamics.com</c> (followed through <c>new Uri(...)</c> and <c>CreateManagement(uri)</c>). A constructor taking
        /// a <c>NetworkCredential</c> is Windows authentication unless it is provably online (a <c>*.dynamics.com</c> host or an
        /// online authentication type).
        /// </summary>
        private static bool MayBeOnline(IObjectCreationOperation creation, KnownApi api, KnownApiSymbols symbols)
        {
            if (api.HostParameter is null || ValueFlow.ArgumentNamed(creation.Arguments, api.HostParameter) is not { } hostArgument)
            {
                return true;
            }

            bool onlineAuthentication = creation.Arguments.Any(a =>
                symbols.IsType(a.Parameter?.Type, KnownTypes.XrmToolingAuthenticationType)
                && ValueFlow.UnwrapBuiltInConversions(a.Value) is IFieldReferenceOperation field && symbols.Is(field.Field, KnownMembers.XrmOnlineAuthenticationTypes));
            IOperation host = ValueFlow.UnwrapBuiltInConversions(ValueFlow.Origin(hostArgument));
            if (host is IInvocationOperation { Arguments.Length: > 0 } management && symbols.Is(management.TargetMethod, KnownMembers.XrmCreateManagement))
            {
                host = management.Arguments[0].Value;
            }

            string? address = ValueFlow.ConstantAddress(host);
            bool? online = address is null ? (bool?)null : Hosts.IsDataverseOnline(address);
            bool windowsCredential = api.PasswordParameter != null && ValueFlow.ArgumentNamed(creation.Arguments, api.PasswordParameter) is { } password
                && symbols.IsType(ValueFlow.UnwrapBuiltInConversions(password).Type, KnownTypes.NetworkCredential);
            return onlineAuthentication || online == true || (online is null && !windowsCredential);
        }

        /// <summary>True when the authentication type is written in the same literal or interpolated string as the password: the string path reports that string.</summary>
        private static bool SameSource(Flow.BuiltString built, Flow.StringPiece password) =>
            built.Pieces.Any(p => p.IsKnown && ReferenceEquals(p.Source, password.Source)
                && ConnectionStringKeywords.DataverseAuthTypeKeys.Any(key => p.Text.IndexOf(key, System.StringComparison.OrdinalIgnoreCase) >= 0));

        /// <summary>Connection strings are found in any compilation: they need no Dataverse reference to be in the code.</summary>
        private protected override bool RegistersWithoutRows => true;

        private protected override void RegisterMore(CompilationStartAnalysisContext start, KnownApiSymbols symbols)
        {
            if (!ConnectionStrings.MayOccurIn(start.Compilation))
            {
                return;
            }

            StringConstants.RegisterWithInterpolations(start, ConnectionStrings.MayContainFinding, AnalyzeString);
            if (symbols.GetType(KnownTypes.XrmToolingCrmServiceClient) != null || symbols.GetType(KnownTypes.DataverseServiceClient) != null)
            {
                // The piece that adds the password is elsewhere in the member: report at the block's end, so the
                // diagnostic is local to the member. Only members that construct a Dataverse client from a string open a block.
                SinkMembers.Register(start, ClientCreation, operation => IsClientFromString((IObjectCreationOperation)operation, symbols), block =>
                {
                    var reported = new BlockDiagnostics();
                    block.RegisterOperationAction(ctx => AnalyzeBuiltString(ctx, symbols, reported), OperationKind.ObjectCreation);
                    block.RegisterOperationBlockEndAction(end => reported.Flush(end));
                });
            }
        }

        private static readonly ImmutableArray<OperationKind> ClientCreation = ImmutableArray.Create(OperationKind.ObjectCreation);

        /// <summary>A Dataverse client constructed from a connection string (the sink of a built string).</summary>
        private static bool IsClientFromString(IObjectCreationOperation creation, KnownApiSymbols symbols) =>
            creation.Constructor is { Parameters.Length: > 0 } constructor && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String
            && symbols.Is(constructor, KnownMembers.DataverseClientConstructors);

        /// <summary>
        /// A connection string built across statements (<c>+=</c> appends, pieces from helpers) and handed to a Dataverse
        /// client: reported at the piece that adds the password, when no single piece is a finding by itself (those are
        /// reported as strings).
        /// </summary>
        private void AnalyzeBuiltString(OperationAnalysisContext context, KnownApiSymbols symbols, BlockDiagnostics reported)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!IsClientFromString(creation, symbols) || creation.Arguments.Length == 0
                || ValueFlow.Unwrap(creation.Arguments[0].Value) is not ILocalReferenceOperation)
            {
                return;
            }

            Flow.BuiltString built = ValueFlow.StringPieces(creation.Arguments[0].Value);
            // A piece that is a finding alone is the string path's.
            if (built.Pieces.Length < 2 || built.Pieces.Any(p => p.IsKnown && Describe(ConnectionStrings.Classify(p.Text)) != null))
            {
                return;
            }

            string text = string.Concat(built.Pieces.Select(p => p.IsKnown ? p.Text : StringConstants.Hole.ToString()));
            ConnectionStringFinding finding = ConnectionStrings.Classify(text);
            if (Describe(finding) is not { } what
                || built.Pieces.FirstOrDefault(p => p.IsKnown && ConnectionStringKeywords.DataversePasswordKeys.Any(key => p.Text.IndexOf(key, System.StringComparison.OrdinalIgnoreCase) >= 0)) is not { } password
                || password.Source.Syntax.SyntaxTree != creation.Syntax.SyntaxTree
                || SameSource(built, password))
            {
                return;
            }

            // No finding property: the fix rewrites one literal, and this string is built in steps.
            reported.Add(Diagnostic.Create(Rule, password.Source.Syntax.GetLocation(), "This connection string", what));
        }

        private void AnalyzeString(SemanticModelAnalysisContext context, IOperation operation, string text)
        {
            ConnectionStringFinding finding = ConnectionStrings.Classify(text);
            if (Describe(finding) is not { } what)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                operation.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(FindingProperty, finding.ToString()),
                "This connection string",
                what));
        }

        internal static string? Describe(ConnectionStringFinding finding) => finding switch
        {
            ConnectionStringFinding.DataverseOffice365 => "AuthType=Office365",
            ConnectionStringFinding.DataversePassword => "Username and Password",
            _ => null,
        };
    }
}
