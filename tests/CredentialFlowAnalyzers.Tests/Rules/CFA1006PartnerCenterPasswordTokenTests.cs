using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1006PartnerCenterPasswordTokenAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1006PartnerCenterPasswordTokenTests
    {
        private const string Replacement = "a token from the Secure Application Model refresh-token exchange";
        private const string PartnerCenter = "Microsoft.Store.PartnerCenter";

        private static DiagnosticResult Expected(int location, string member = "PartnerCredentials.GenerateByUserCredentialsAsync") =>
            VerifyCS.Diagnostic("CFA1006").WithLocation(location).WithArguments(member, Replacement);

        private static Task Verify(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.WithStubs(PartnerCenter);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task MsalPasswordToken_ThroughLocals_IsReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    async Task<IPartnerCredentials> LoginAsync(IConfidentialClientApplication cca, string user, string password)
    {
        var scopes = new[] { ""https://api.partnercenter.microsoft.com/user_impersonation"" };
        AuthenticationResult result = await ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(scopes, user, password).ExecuteAsync();
        var token = new AuthenticationToken(result.AccessToken, result.ExpiresOn);
        IPartnerCredentials sync = {|#0:PartnerCredentials.Instance.GenerateByUserCredentials(""client"", token)|};
        return await {|#1:PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", new AuthenticationToken(result.AccessToken, result.ExpiresOn))|};
    }
}";
            await Verify(source, Expected(0, "PartnerCredentials.GenerateByUserCredentials"), Expected(1));
        }

        [Fact]
        public async Task AdalPasswordToken_IsReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    async Task<IPartnerCredentials> LoginAsync(string user, string password)
    {
        var context = new AuthenticationContext(""https://login.microsoftonline.com/contoso.onmicrosoft.com"");
        var credential = new UserPasswordCredential(user, password);
        var adalResult = await context.AcquireTokenAsync(""https://api.partnercenter.microsoft.com"", ""client"", credential);
        return await {|#0:PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", new AuthenticationToken(adalResult.AccessToken, adalResult.ExpiresOn))|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.OnNetFramework(TestReferences.AdalNetFramework).WithStubs(PartnerCenter);
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task TokensFromMfaCapableFlowsOrElsewhere_AreNotReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    async Task LoginAsync(IConfidentialClientApplication cca, string refreshToken, AuthenticationToken given, string user, string password)
    {
        var scopes = new[] { ""https://api.partnercenter.microsoft.com/user_impersonation"" };
        var sam = await ((IByRefreshToken)cca).AcquireTokenByRefreshToken(scopes, refreshToken).ExecuteAsync();
        await PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", new AuthenticationToken(sam.AccessToken, sam.ExpiresOn));
        await PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", given);
        await PartnerCredentials.Instance.GenerateByApplicationCredentialsAsync(""client"", password, ""contoso.onmicrosoft.com"");
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task PasswordResultReassignedIntoTheTokenLocal_IsReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    async Task LoginAsync(IConfidentialClientApplication cca, AuthenticationToken cached, string user, string password)
    {
        AuthenticationToken token = cached;
        if (token.IsExpired())
        {
            var result = await ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""x"" }, user, password).ExecuteAsync();
            token = new AuthenticationToken(result.AccessToken, result.ExpiresOn);
        }

        await {|#0:PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", token)|};
    }
}";
            await Verify(source, Expected(0));
        }

        [Fact]
        public async Task DecoyPartnerCredentials_IsNotReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;

class Sync
{
    async Task LoginAsync(IConfidentialClientApplication cca, string user, string password)
    {
        var result = await ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""x"" }, user, password).ExecuteAsync();
        await Decoy.Extensions.PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", new AuthenticationToken(result.AccessToken, result.ExpiresOn));
    }
}";
            await Verify(source);
        }

        [Fact]
        public async Task PartnerCenterNotReferenced_IsNotReported()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
class PartnerCredentials
{
    public static PartnerCredentials Instance => null;
    public object GenerateByUserCredentials(string clientId, object authenticationToken) => null;
    void M() => Instance.GenerateByUserCredentials(""c"", null);
}",
            }.WithoutVendorReferences();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    void Login(IConfidentialClientApplication cca, Missing missing)
    {
        var result = ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""x"" }, ""u"", ""p"").ExecuteAsync().Result;
        PartnerCredentials.Instance.GenerateByUserCredentials(""client"");
        PartnerCredentials.Instance.GenerateByUserCredentials(;
        PartnerCredentials.Instance.GenerateByUserCredentials(""client"", missing);
        var c = {|#0:PartnerCredentials.Instance.GenerateByUserCredentials(""client"", new AuthenticationToken(result.AccessToken, result.ExpiresOn))|}
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            }.WithStubs(PartnerCenter);
            test.ExpectedDiagnostics.Add(Expected(0, "PartnerCredentials.GenerateByUserCredentials"));
            await test.RunAsync();
        }

        [Fact]
        public async Task NoFix_TheFixBelongsToThePasswordGrant()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    async Task<IPartnerCredentials> LoginAsync(IConfidentialClientApplication cca, string user, string password)
    {
        var result = await ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""x"" }, user, password).ExecuteAsync();
        return await {|#0:PartnerCredentials.Instance.GenerateByUserCredentialsAsync(""client"", new AuthenticationToken(result.AccessToken, result.ExpiresOn))|};
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs(PartnerCenter);
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Microsoft.Identity.Client;
using Microsoft.Store.PartnerCenter;
using Microsoft.Store.PartnerCenter.Extensions;

class Sync
{
    IPartnerCredentials Login(IConfidentialClientApplication cca)
    {
        var result = ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""x"" }, ""svc@contoso.com"", ""Hunter2-Secret!"").ExecuteAsync().Result;
        return {|#0:PartnerCredentials.Instance.GenerateByUserCredentials(""client"", new AuthenticationToken(result.AccessToken, result.ExpiresOn))|};
    }
}";
            await Verify(source, Expected(0, "PartnerCredentials.GenerateByUserCredentials"));
        }
    }
}
