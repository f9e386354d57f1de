// Stub of NuGet package Microsoft.Rest.ClientRuntime.Azure.Authentication (last 2.4.1; superseded by Azure.Identity).
// Mirrors: Azure/azure-sdk-for-net src/SdkCommon/ClientRuntime.Azure.Authentication/UserTokenProvider.cs and
// ApplicationTokenProvider.cs (ADAL-based versions), parameter names as in that source.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: Microsoft.Rest.ClientRuntime 2.3.24 (real: ServiceClientCredentials, ITokenProvider) and
// Microsoft.IdentityModel.Clients.ActiveDirectory 5.3.0 (real ADAL: TokenCache, DeviceCodeResult).
// Note: the real package splits these by target framework. LoginSilentAsync(clientId, domain, username, password, ...)
// exists only in the .NET Framework build (#if FullNetFx / net452); LoginByDeviceCodeAsync only in the other builds.
// This stub exposes both so one net8.0 test compilation can show the old call and its replacement.
// Left out: LoginWithPromptAsync (ActiveDirectoryClientSettings), CreateCredentialsFromCache, the ADAL-typed
// ApplicationTokenProvider constructors and the ClientAssertionCertificate / IApplicationAuthenticationProvider overloads.
#nullable disable

namespace Microsoft.Rest.Azure.Authentication
{
    using System;
    using System.Net.Http.Headers;
    using System.Threading;
    using System.Threading.Tasks;
    using Microsoft.Rest;
    using TokenCache = Microsoft.IdentityModel.Clients.ActiveDirectory.TokenCache;
    using AdalDeviceCodeResult = Microsoft.IdentityModel.Clients.ActiveDirectory.DeviceCodeResult;

    public sealed class ActiveDirectoryServiceSettings
    {
        public ActiveDirectoryServiceSettings() => throw null;
        public Uri AuthenticationEndpoint { get => throw null; set => throw null; }
        public Uri TokenAudience { get => throw null; set => throw null; }
        public bool ValidateAuthority { get => throw null; set => throw null; }
        public static ActiveDirectoryServiceSettings Azure { get => throw null; }
        public static ActiveDirectoryServiceSettings AzureChina { get => throw null; }
    }

    public class UserTokenProvider : ITokenProvider
    {
        public const string CommonTenantId = "common";

        // ROPC through ADAL (user name + password). The four overloads the rules match.
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, TokenCache cache) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, ActiveDirectoryServiceSettings serviceSettings) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, ActiveDirectoryServiceSettings serviceSettings, TokenCache cache) => throw null;

        // Replacement (non-.NET Framework builds of the real package).
        public static Task<ServiceClientCredentials> LoginByDeviceCodeAsync(string clientId, Func<AdalDeviceCodeResult, bool> deviceCodeHandler) => throw null;
        public static Task<ServiceClientCredentials> LoginByDeviceCodeAsync(string clientId, string domain, Func<AdalDeviceCodeResult, bool> deviceCodeHandler) => throw null;
        public static Task<ServiceClientCredentials> LoginByDeviceCodeAsync(string clientId, string domain, ActiveDirectoryServiceSettings serviceSettings, Func<AdalDeviceCodeResult, bool> deviceCodeHandler) => throw null;

        public virtual Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken) => throw null;
    }

    public class ApplicationTokenProvider : ITokenProvider
    {
        // App-only with a client secret.
        public static Task<ServiceClientCredentials> LoginSilentAsync(string domain, string clientId, string secret) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string domain, string clientId, string secret, TokenCache cache) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string domain, string clientId, string secret, ActiveDirectoryServiceSettings settings) => throw null;

        // App-only with a certificate (near-miss: password is the certificate password).
        public static Task<ServiceClientCredentials> LoginSilentAsync(string domain, string clientId, byte[] certificate, string password) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string domain, string clientId, byte[] certificate, string password, TokenCache cache) => throw null;

        public virtual Task<AuthenticationHeaderValue> GetAuthenticationHeaderAsync(CancellationToken cancellationToken) => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Authentication
{
    using System.Threading.Tasks;
    using Microsoft.Rest;
    using Microsoft.Rest.Azure.Authentication;
    using TokenCache = Microsoft.IdentityModel.Clients.ActiveDirectory.TokenCache;

    public class UserTokenProvider
    {
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, TokenCache cache) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, ActiveDirectoryServiceSettings serviceSettings) => throw null;
        public static Task<ServiceClientCredentials> LoginSilentAsync(string clientId, string domain, string username, string password, ActiveDirectoryServiceSettings serviceSettings, TokenCache cache) => throw null;
    }
}
