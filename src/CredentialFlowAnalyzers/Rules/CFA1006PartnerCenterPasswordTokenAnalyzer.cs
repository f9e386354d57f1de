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
    /// CFA1006: <c>PartnerCredentials.Instance.GenerateByUserCredentials(Async)(clientId, token, ...)</c> where the
    /// <c>AuthenticationToken</c> is built, in the same method, from the result of a password grant (MSAL
    /// <c>AcquireTokenByUsernamePassword</c>, ADAL <c>UserPasswordCredential</c>). The value is followed through
    /// locals (initializers and assignments) and into every part of the expressions that produce it (receivers,
    /// arguments, awaits). The password grant itself is reported by CFA1001/CFA1004, which carry the fix; this rule
    /// marks the Partner Center call that will fail, and has no fix of its own.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA1006PartnerCenterPasswordTokenAnalyzer : CatalogApiAnalyzer
    {
        /// <summary>Rules whose catalog rows are password grants that produce a token.</summary>
        private static readonly ImmutableHashSet<string> PasswordGrantRules = ImmutableHashSet.Create("CFA1001", "CFA1004");

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA1006PartnerCenterPasswordToken;

        /// <summary>Without a password-grant library in the compilation no token can come from one.</summary>
        private protected override bool CanOccur(KnownApiSymbols symbols) => PasswordGrantRules.Any(symbols.HasRule);

        private protected override bool ShouldReport(OperationAnalysisContext context, CatalogUse use, KnownApiSymbols symbols) =>
            use.Operation is IInvocationOperation invocation
            && invocation.Arguments.FirstOrDefault(a => symbols.IsType(a.Parameter?.Type, KnownTypes.PartnerCenterAuthenticationToken)) is { } token
            && ComesFromPasswordGrant(token.Value, symbols);

        private static bool ComesFromPasswordGrant(IOperation value, KnownApiSymbols symbols)
        {
            IOperation root = ValueFlow.Root(value);
            var seen = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            var work = new Stack<IOperation>();
            work.Push(value);

            while (work.Count > 0)
            {
                foreach (IOperation operation in work.Pop().DescendantsAndSelf())
                {
                    IMethodSymbol? method = operation switch
                    {
                        IInvocationOperation call => call.TargetMethod,
                        IObjectCreationOperation creation => creation.Constructor,
                        _ => null,
                    };

                    // A grant that takes the password itself (ADAL's AcquireTokenAsync(UserCredential) does not: it is a
                    // password grant only with a UserPasswordCredential, whose construction is matched here itself).
                    if (method != null && symbols.TryGet(method, out KnownApi api)
                        && api.Role == ApiRole.PasswordSignIn && PasswordGrantRules.Contains(api.RuleId) && api.PasswordParameter != null)
                    {
                        return true;
                    }

                    if (operation is ILocalReferenceOperation local && seen.Add(local.Local))
                    {
                        foreach (IOperation assigned in ValueFlow.WritesOf(local.Local, root))
                        {
                            work.Push(assigned);
                        }
                    }
                }
            }

            return false;
        }
    }
}
