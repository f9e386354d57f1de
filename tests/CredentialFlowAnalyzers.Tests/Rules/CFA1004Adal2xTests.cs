using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1004AdalUserPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1004AdalUserPasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// ADAL 2.x (and the first 3.x releases): <c>UserCredential(userName, password)</c> with the synchronous
    /// <c>AcquireToken</c>, compiled against the exact-shape stub (net472) instead of the real ADAL 5. Shapes from
    /// Partner-Center-DotNet-Samples before Oct 2018 and active-directory-dotnet-native-headless; no code fix.
    /// </summary>
    public class CFA1004Adal2xTests
    {
        private const string Replacement = "MSAL with a refresh token from a secret store (Secure Application Model), or MSAL interactive/device-code sign-in";

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.OnNetFramework(ImmutableArray<MetadataReference>.Empty).WithStubs("Microsoft.IdentityModel.Clients.ActiveDirectory.2.x");
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task UserCredentialWithAPassword_IsReportedWhereItIsMade_OncePerSignIn()
        {
            const string source = @"
using System.Security;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class PartnerLogin
{
    UserCredential Prompt(string user, string password) => {|#0:new UserCredential(user, password)|};

    string Login(AuthenticationContext context, string user, SecureString password)
    {
        var credential = {|#1:new UserCredential(user, password)|};
        string first = context.AcquireToken(""https://api.partnercenter.microsoft.com"", ""client"", credential).AccessToken;
        string second = context.AcquireTokenAsync(""https://graph.windows.net"", ""client"", Prompt(user, ""x"")).Result.AccessToken;
        return first + second;
    }
}";
            await Verify(
                source,
                VerifyCS.Diagnostic("CFA1004").WithLocation(0).WithArguments("UserCredential", Replacement),
                VerifyCS.Diagnostic("CFA1004").WithLocation(1).WithArguments("UserCredential", Replacement));
        }

        [Fact]
        public async Task WindowsIntegratedAuthAppOnlyAndRefreshToken_AreNotReported()
        {
            const string source = @"
using Microsoft.IdentityModel.Clients.ActiveDirectory;

class PartnerLogin
{
    void Login(AuthenticationContext context, string refreshToken, string secret)
    {
        context.AcquireToken(""https://graph.windows.net"", ""client"", new UserCredential());
        context.AcquireToken(""https://graph.windows.net"", ""client"", new UserCredential(""someone@contoso.com""));
        context.AcquireToken(""https://graph.windows.net"", new ClientCredential(""client"", secret));
        context.AcquireTokenByRefreshToken(refreshToken, new ClientCredential(""client"", secret), ""https://api.partnercenter.microsoft.com"");
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task SameNamedType_OutsideAdal_IsNotReported()
        {
            const string source = @"
using Decoy.ActiveDirectory;

class PartnerLogin
{
    object Login(AuthenticationContext context, string user, string password) => context.AcquireToken(""r"", ""c"", new UserCredential(user, password));
}";
            await Verify(source);
        }
    }
}
