using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1001MsalUsernamePasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1001MsalUsernamePasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// MSAL.NET 2.x (constructor and ...Async API), compiled against the exact-shape stub instead of the real MSAL 4. Shapes
    /// from the MSAL.NET wiki "Username Password Authentication 2x" and Microsoft.Graph.Auth preview 1; no code fix.
    /// </summary>
    public class CFA1001Msal2xTests
    {
        private const string Replacement = "a refresh token from a secret store (IByRefreshToken.AcquireTokenByRefreshToken), app-only AcquireTokenForClient, or AcquireTokenWithDeviceCode/AcquireTokenInteractive";

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.WithoutVendorReferences().WithStubs("Microsoft.Identity.Client.2.x");
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task AcquireTokenByUsernamePasswordAsync_OnTheClassAndTheInterface_IsReported()
        {
            const string source = @"
using System.Security;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task<string> Run(PublicClientApplication app, IClientApplicationBase client, string[] scopes, SecureString password)
    {
        var first = await {|#0:app.AcquireTokenByUsernamePasswordAsync(scopes, ""sync@contoso.com"", password)|};
        var second = await {|#1:(client as IPublicClientApplication).AcquireTokenByUsernamePasswordAsync(scopes, ""sync@contoso.com"", password)|};
        return first.AccessToken + second.AccessToken;
    }
}";
            await Verify(
                source,
                VerifyCS.Diagnostic("CFA1001").WithLocation(0).WithArguments("PublicClientApplication.AcquireTokenByUsernamePasswordAsync", Replacement),
                VerifyCS.Diagnostic("CFA1001").WithLocation(1).WithArguments("IPublicClientApplication.AcquireTokenByUsernamePasswordAsync", Replacement));
        }

        [Fact]
        public async Task DeviceCodeInteractiveSilentAndAppOnly_AreNotReported()
        {
            const string source = @"
using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

class Sync
{
    async Task Run(PublicClientApplication app, ConfidentialClientApplication daemon, string[] scopes)
    {
        var accounts = await app.GetAccountsAsync();
        await app.AcquireTokenSilentAsync(scopes, accounts.FirstOrDefault());
        await app.AcquireTokenWithDeviceCodeAsync(scopes, code => { Console.WriteLine(code.Message); return Task.FromResult(0); });
        await app.AcquireTokenAsync(scopes);
        await app.AcquireTokenByIntegratedWindowsAuthAsync(scopes);
        await daemon.AcquireTokenForClientAsync(new[] { ""https://graph.microsoft.com/.default"" });
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task SameNamedMethod_OutsideMsal_IsNotReported()
        {
            const string source = @"
using System.Security;
using Decoy.Client;

class Sync
{
    object Run(PublicClientApplication app, SecureString password) => app.AcquireTokenByUsernamePasswordAsync(new[] { ""User.Read"" }, ""u"", password);
}";
            await Verify(source);
        }
    }
}
