using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1005AzureManagementUserLoginAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1005AzureManagementUserLoginCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1005AzureManagementUserLoginTests
    {
        private const string Replacement = "app-only authentication (a service principal with a certificate, or managed identity) or a Secure Application Model token";
        private const string RestAuth = "Microsoft.Rest.ClientRuntime.Azure.Authentication";
        private const string Fluent = "Microsoft.Azure.Management.ResourceManager.Fluent";

        private static DiagnosticResult Expected(int location, string member) =>
            VerifyCS.Diagnostic("CFA1005").WithLocation(location).WithArguments(member, Replacement);

        private static Task Verify(string source, string stub, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source }.WithStubs(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static Task VerifyFix(string source, string fixedSource, string stub, int index, string key, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource, CodeActionIndex = index, CodeActionEquivalenceKey = key }.WithStubs(stub);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public async Task LoginSilentAsync_AllFourOverloads_AreReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    async Task Login(string user, string password, TokenCache cache)
    {
        await {|#0:UserTokenProvider.LoginSilentAsync(""client"", ""contoso.onmicrosoft.com"", user, password)|};
        await {|#1:UserTokenProvider.LoginSilentAsync(""client"", ""contoso.onmicrosoft.com"", user, password, cache)|};
        await {|#2:UserTokenProvider.LoginSilentAsync(""client"", ""contoso.onmicrosoft.com"", user, password, ActiveDirectoryServiceSettings.Azure)|};
        await {|#3:UserTokenProvider.LoginSilentAsync(""client"", ""contoso.onmicrosoft.com"", user, password, ActiveDirectoryServiceSettings.Azure, cache)|};
    }
}";
            const string member = "UserTokenProvider.LoginSilentAsync";
            await Verify(source, RestAuth, Expected(0, member), Expected(1, member), Expected(2, member), Expected(3, member));
        }

        [Fact]
        public async Task Fluent_FromUserAndUserLoginInformation_AreReported()
        {
            const string source = @"
using Microsoft.Azure.Management.ResourceManager.Fluent;
using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

class Sync
{
    AzureCredentials[] Login(string user, string password)
    {
        var login = new UserLoginInformation { ClientId = ""client"", UserName = user, Password = password };
        return new[]
        {
            {|#0:SdkContext.AzureCredentialsFactory.FromUser(user, password, ""client"", ""tenant"", AzureEnvironment.AzureGlobalCloud)|},
            {|#1:new AzureCredentials(login, ""tenant"", AzureEnvironment.AzureGlobalCloud)|},
        };
    }
}";
            await Verify(source, Fluent, Expected(0, "AzureCredentialsFactory.FromUser"), Expected(1, "AzureCredentials"));
        }

        [Fact]
        public async Task AppCredentialsAndCertificatePasswords_AreNotReported()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Azure.Management.ResourceManager.Fluent;
using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

class Sync
{
    AzureCredentials[] Login(AzureCredentialsFactory factory, string certificatePassword, string secret) => new[]
    {
        factory.FromServicePrincipal(""client"", ""cert.pfx"", certificatePassword, ""tenant"", AzureEnvironment.AzureGlobalCloud),
        factory.FromServicePrincipal(""client"", secret, ""tenant"", AzureEnvironment.AzureGlobalCloud),
        factory.FromSystemAssignedManagedServiceIdentity(MSIResourceType.VirtualMachine, AzureEnvironment.AzureGlobalCloud),
    };
}";
            await Verify(source, Fluent);

            const string rest = @"
using System.Threading.Tasks;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    async Task Login(string secret, byte[] certificate, string certificatePassword)
    {
        await ApplicationTokenProvider.LoginSilentAsync(""contoso.onmicrosoft.com"", ""client"", secret);
        await ApplicationTokenProvider.LoginSilentAsync(""contoso.onmicrosoft.com"", ""client"", certificate, certificatePassword);
        await UserTokenProvider.LoginByDeviceCodeAsync(""client"", code => true);
    }
}";
            await Verify(rest, RestAuth);
        }

        [Fact]
        public async Task DecoyTypesWithTheSameNames_AreNotReported()
        {
            const string source = @"
using System.Threading.Tasks;

class Sync
{
    async Task Login(Decoy.Authentication.AzureCredentialsFactory factory, string user, string password)
    {
        await Decoy.Authentication.UserTokenProvider.LoginSilentAsync(""client"", ""domain"", user, password);
        factory.FromUser(user, password, ""client"", ""tenant"", null);
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.WithStubs(RestAuth, Fluent);
            await test.RunAsync();
        }

        [Fact]
        public async Task LibraryNotReferenced_IsNotReported()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
class UserTokenProvider
{
    public static object LoginSilentAsync(string clientId, string domain, string username, string password) => null;
    void M() => LoginSilentAsync(""c"", ""d"", ""u"", ""p"");
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
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    void Login(Missing password)
    {
        UserTokenProvider.LoginSilentAsync(""client"", ""domain"", ""user"");
        UserTokenProvider.LoginSilentAsync(;
        UserTokenProvider.LoginSilentAsync(""client"", ""domain"", ""user"", password);
        var t = {|#0:UserTokenProvider.LoginSilentAsync(""client"", ""domain"", ""user"", ""p"")|}
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            }.WithStubs(RestAuth);
            test.ExpectedDiagnostics.Add(Expected(0, "UserTokenProvider.LoginSilentAsync"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_LoginSilentAsync_BecomesAppOnlyWithSecretFromEnvironment()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Rest;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    private const string ServicePassword = ""P@ssw0rd!"";

    async Task<ServiceClientCredentials> LoginAsync(string clientId)
    {
        string user = ""svc@contoso.com"";
        var credentials = await {|#0:UserTokenProvider.LoginSilentAsync(clientId, ""contoso.onmicrosoft.com"", user, ServicePassword, ActiveDirectoryServiceSettings.Azure)|};
        return credentials;
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Microsoft.Rest;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    async Task<ServiceClientCredentials> LoginAsync(string clientId)
    {
        var credentials = await ApplicationTokenProvider.LoginSilentAsync(""contoso.onmicrosoft.com"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""), Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""), ActiveDirectoryServiceSettings.Azure);
        return credentials;
    }
}";
            await VerifyFix(source, fixedSource, RestAuth, 0, "CFA1005.Recommended", Expected(0, "UserTokenProvider.LoginSilentAsync"));
        }

        [Fact]
        public async Task Fix_FromUser_BecomesSystemAssignedManagedIdentity()
        {
            const string source = @"
using Microsoft.Azure.Management.ResourceManager.Fluent;
using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

class Sync
{
    AzureCredentials Login(string tenantId)
    {
        string user = ""svc@contoso.com"";
        string password = ""P@ssw0rd!"";
        return {|#0:SdkContext.AzureCredentialsFactory.FromUser(user, password, ""client"", tenantId, AzureEnvironment.AzureGlobalCloud)|};
    }
}";
            const string fixedSource = @"
using Microsoft.Azure.Management.ResourceManager.Fluent;
using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

class Sync
{
    AzureCredentials Login(string tenantId)
    {
        return SdkContext.AzureCredentialsFactory.FromSystemAssignedManagedServiceIdentity(MSIResourceType.VirtualMachine, AzureEnvironment.AzureGlobalCloud, tenantId);
    }
}";
            await VerifyFix(source, fixedSource, Fluent, 0, "CFA1005.Recommended", Expected(0, "AzureCredentialsFactory.FromUser"));
        }

        [Fact]
        public async Task NoFix_ForUserLoginInformationConstructor()
        {
            const string source = @"
using Microsoft.Azure.Management.ResourceManager.Fluent;
using Microsoft.Azure.Management.ResourceManager.Fluent.Authentication;

class Sync
{
    AzureCredentials Login(UserLoginInformation login) => {|#0:new AzureCredentials(login, ""tenant"", AzureEnvironment.AzureGlobalCloud)|};
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.WithStubs(Fluent);
            test.ExpectedDiagnostics.Add(Expected(0, "AzureCredentials"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_RewritesEveryLogin()
        {
            const string source = @"
using System.Threading.Tasks;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    async Task Login(string user, string password)
    {
        await {|#0:UserTokenProvider.LoginSilentAsync(""client"", ""contoso.onmicrosoft.com"", user, password)|};
        await {|#1:UserTokenProvider.LoginSilentAsync(""client"", ""fabrikam.onmicrosoft.com"", user, password)|};
    }
}";
            const string fixedSource = @"
using System;
using System.Threading.Tasks;
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    async Task Login(string user, string password)
    {
        await ApplicationTokenProvider.LoginSilentAsync(""contoso.onmicrosoft.com"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""), Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""));
        await ApplicationTokenProvider.LoginSilentAsync(""fabrikam.onmicrosoft.com"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""), Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTSECRET""));
    }
}";
            const string member = "UserTokenProvider.LoginSilentAsync";
            await VerifyFix(source, fixedSource, RestAuth, 0, "CFA1005.Recommended", Expected(0, member), Expected(1, member));
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using Microsoft.Rest.Azure.Authentication;

class Sync
{
    object Login() => {|#0:UserTokenProvider.LoginSilentAsync(""client"", ""domain"", ""svc@contoso.com"", ""Hunter2-Secret!"")|};
}";
            await Verify(source, RestAuth, Expected(0, "UserTokenProvider.LoginSilentAsync"));
        }
    }
}
