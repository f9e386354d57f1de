using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA2002: a string literal or constant (directly, or through a local, a field or an auto-property initializer of
    /// the same type, see <see cref="Flow.ValueFlow"/>) reaches the password of a catalog member: NetworkCredential,
    /// SecureString (char by char or a loop over a literal), PSCredential, or a library's user-password sign-in.
    /// Reported at the value passed; the message names the API only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA2002HardCodedPasswordAnalyzer : PasswordSinkAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA2002HardCodedPassword;

        private protected override Diagnostic? Judge(OperationAnalysisContext context, PasswordSinks.Flow flow, KnownApiSymbols symbols) =>
            PasswordSinks.IsHardCoded(flow.Origin)
                ? Diagnostic.Create(Rule, flow.ReportAt.Syntax.GetLocation(), SinkProperties(flow), flow.Display)
                : null;
    }
}
