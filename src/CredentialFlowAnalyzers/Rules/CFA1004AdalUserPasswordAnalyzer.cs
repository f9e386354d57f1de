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
    /// CFA1004: ADAL's password grant, reported once per sign-in where the password enters:
    /// <list type="bullet">
    /// <item><c>new UserPasswordCredential(user, password)</c> (both constructors; .NET Framework build of ADAL) is always reported;</item>
    /// <item><c>ctx.AcquireTokenAsync(resource, clientId, credential)</c> is reported only when the credential is a
    /// <c>UserPasswordCredential</c> (looking through the conversion to <c>UserCredential</c>) whose construction is
    /// not in the same method (a parameter, field, property or method result), so one sign-in gives one diagnostic.
    /// <c>new UserCredential()</c> / <c>new UserCredential(upn)</c> (Windows integrated auth) are never reported.</item>
    /// </list>
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1004AdalUserPasswordAnalyzer : CatalogApiAnalyzer
    {
        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1004AdalUserPassword;

        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols)
        {
            if (use.Operation is not IInvocationOperation invocation)
            {
                return true;
            }

            IArgumentOperation? argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 3);
            if (argument is null)
            {
                return false;
            }

            IOperation value = ValueFlow.UnwrapUpcasts(argument.Value);
            if (!symbols.IsOrInherits(value.Type, KnownTypes.AdalUserPasswordCredential) || value is IObjectCreationOperation)
            {
                return false;
            }

            // A local filled only by constructions in this method: those constructions are the reported sites.
            if (value is ILocalReferenceOperation local)
            {
                var values = ValueFlow.WritesOf(local.Local, ValueFlow.Root(invocation)).Select(ValueFlow.UnwrapUpcasts).ToList();
                return values.Count == 0 || values.Any(v => v is not IObjectCreationOperation);
            }

            return true;
        }
    }
}
