using System;
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
    /// Reported where the secret is written (the literal) with the value where it reaches the API as the additional
    /// location; a literal outside the member (a field's or constant's initializer) is the additional location of a
    /// diagnostic at the value instead (see <see cref="PasswordSinks.Create"/>). A literal passed down through a parameter
    /// to a sink in another method of the compilation (<see cref="PasswordParameters"/>) is reported at the caller's literal,
    /// with the callee's sink as additional location. The message names the API only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA2002HardCodedPasswordAnalyzer : PasswordSinkAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA2002HardCodedPassword;

        private static readonly Func<IOperation, bool> HardCoded = PasswordSinks.IsHardCoded;

        /// <summary>A literal a caller passes to a method of the compilation whose parameter reaches a sink is reported at the caller's literal.</summary>
        private protected override Func<IOperation, bool>? PassedValues => HardCoded;

        private protected override Diagnostic? Judge(OperationAnalysisContext context, PasswordSinks.Flow flow, KnownApiSymbols symbols)
        {
            if (!PasswordSinks.IsHardCoded(flow.Origin))
            {
                return null;
            }

            // A password appended char by char is written over a run of calls: the first one stands for it.
            SyntaxNode writtenAt = flow.Shape == PasswordSinks.ShapeCharByChar ? flow.ReportAt.Syntax : PasswordSinks.WrittenAt(flow.Origin);
            return PasswordSinks.Create(Rule, context, flow, writtenAt, SinkProperties(flow), flow.Display);
        }
    }
}
