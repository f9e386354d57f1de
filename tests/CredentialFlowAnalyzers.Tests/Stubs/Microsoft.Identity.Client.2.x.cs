// Stub of NuGet package Microsoft.Identity.Client 2.x (MSAL.NET 2.1-2.7, the constructor-and-...Async API before the
// builders of 3.0; assembly Microsoft.Identity.Client). The registry serves 4.x, where AcquireTokenByUsernamePasswordAsync
// is a compile error ([Obsolete(error: true)] until 4.66, removed in 4.67); code written against 2.x compiles only
// against this shape. Compiled under the vendor's assembly name and used instead of the real MSAL in those tests.
// Mirrors: the MSAL.NET wiki page "Username Password Authentication" for 2.x (PublicClientApplication(clientId,
// authority), GetAccountsAsync, AcquireTokenSilentAsync(scopes, account), AcquireTokenByUsernamePasswordAsync(scopes,
// username, securePassword); "Available starting with MSAL 2.1.0"), MSAL 2.x source of PublicClientApplication
// (AcquireTokenByUsernamePasswordAsync(IEnumerable<string> scopes, string username, System.Security.SecureString
// securePassword)), Microsoft.Graph.Auth preview 1 (IPublicClientApplication.AcquireTokenByUsernamePasswordAsync), and
// the project's reference doc (credential-apis.md section 2.1, "MSAL 3 migration aid").
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only.
// Left out: UIParent and the interactive overloads taking it, IUser and the obsolete Users members, B2C policies,
// token-cache serialization, logging/telemetry callbacks, AcquireTokenOnBehalfOfAsync authority overloads.
#nullable disable

namespace Microsoft.Identity.Client
{
    using System;
    using System.Collections.Generic;
    using System.Security;
    using System.Security.Cryptography.X509Certificates;
    using System.Threading.Tasks;

    public interface IAccount
    {
        string Username { get; }
        string Environment { get; }
    }

    public sealed class TokenCache
    {
        public TokenCache() => throw null;
    }

    public partial class AuthenticationResult
    {
        public string AccessToken { get => throw null; }
        public DateTimeOffset ExpiresOn { get => throw null; }
        public string TenantId { get => throw null; }
        public IAccount Account { get => throw null; }
        public string IdToken { get => throw null; }
        public IEnumerable<string> Scopes { get => throw null; }
        public string CreateAuthorizationHeader() => throw null;
    }

    public sealed class DeviceCodeResult
    {
        public string UserCode { get => throw null; }
        public string VerificationUrl { get => throw null; }
        public string Message { get => throw null; }
    }

    public sealed class ClientAssertionCertificate
    {
        public ClientAssertionCertificate(X509Certificate2 certificate) => throw null;
    }

    public sealed class ClientCredential
    {
        public ClientCredential(string secret) => throw null;
        public ClientCredential(ClientAssertionCertificate certificate) => throw null;
    }

    public sealed class UserAssertion
    {
        public UserAssertion(string assertion) => throw null;
    }

    public class MsalException : Exception
    {
        public string ErrorCode { get => throw null; }
    }

    public class MsalServiceException : MsalException
    {
    }

    public class MsalUiRequiredException : MsalServiceException
    {
    }

    public class MsalClientException : MsalException
    {
    }

    public interface IClientApplicationBase
    {
        string ClientId { get; }
        string Authority { get; }
        Task<IEnumerable<IAccount>> GetAccountsAsync();
        Task<AuthenticationResult> AcquireTokenSilentAsync(IEnumerable<string> scopes, IAccount account);
        Task<AuthenticationResult> AcquireTokenSilentAsync(IEnumerable<string> scopes, IAccount account, string authority, bool forceRefresh);
        Task RemoveAsync(IAccount account);
    }

    public interface IPublicClientApplication : IClientApplicationBase
    {
        Task<AuthenticationResult> AcquireTokenAsync(IEnumerable<string> scopes);
        Task<AuthenticationResult> AcquireTokenAsync(IEnumerable<string> scopes, string loginHint);
        Task<AuthenticationResult> AcquireTokenWithDeviceCodeAsync(IEnumerable<string> scopes, Func<DeviceCodeResult, Task> deviceCodeResultCallback);
        Task<AuthenticationResult> AcquireTokenByIntegratedWindowsAuthAsync(IEnumerable<string> scopes);
        Task<AuthenticationResult> AcquireTokenByIntegratedWindowsAuthAsync(IEnumerable<string> scopes, string username);
        Task<AuthenticationResult> AcquireTokenByUsernamePasswordAsync(IEnumerable<string> scopes, string username, SecureString securePassword);
    }

    public interface IConfidentialClientApplication : IClientApplicationBase
    {
        Task<AuthenticationResult> AcquireTokenForClientAsync(IEnumerable<string> scopes);
        Task<AuthenticationResult> AcquireTokenByAuthorizationCodeAsync(string authorizationCode, IEnumerable<string> scopes);
        Task<AuthenticationResult> AcquireTokenOnBehalfOfAsync(IEnumerable<string> scopes, UserAssertion userAssertion);
    }

    public abstract class ClientApplicationBase : IClientApplicationBase
    {
        public string ClientId { get => throw null; }
        public string Authority { get => throw null; }
        public Task<IEnumerable<IAccount>> GetAccountsAsync() => throw null;
        public Task<AuthenticationResult> AcquireTokenSilentAsync(IEnumerable<string> scopes, IAccount account) => throw null;
        public Task<AuthenticationResult> AcquireTokenSilentAsync(IEnumerable<string> scopes, IAccount account, string authority, bool forceRefresh) => throw null;
        public Task RemoveAsync(IAccount account) => throw null;
    }

    public sealed class PublicClientApplication : ClientApplicationBase, IPublicClientApplication
    {
        public PublicClientApplication(string clientId) => throw null;
        public PublicClientApplication(string clientId, string authority) => throw null;
        public PublicClientApplication(string clientId, string authority, TokenCache userTokenCache) => throw null;

        public Task<AuthenticationResult> AcquireTokenAsync(IEnumerable<string> scopes) => throw null;
        public Task<AuthenticationResult> AcquireTokenAsync(IEnumerable<string> scopes, string loginHint) => throw null;
        public Task<AuthenticationResult> AcquireTokenWithDeviceCodeAsync(IEnumerable<string> scopes, Func<DeviceCodeResult, Task> deviceCodeResultCallback) => throw null;
        public Task<AuthenticationResult> AcquireTokenByIntegratedWindowsAuthAsync(IEnumerable<string> scopes) => throw null;
        public Task<AuthenticationResult> AcquireTokenByIntegratedWindowsAuthAsync(IEnumerable<string> scopes, string username) => throw null;
        public Task<AuthenticationResult> AcquireTokenByUsernamePasswordAsync(IEnumerable<string> scopes, string username, SecureString securePassword) => throw null;
    }

    public sealed class ConfidentialClientApplication : ClientApplicationBase, IConfidentialClientApplication
    {
        public ConfidentialClientApplication(string clientId, string redirectUri, ClientCredential clientCredential, TokenCache userTokenCache, TokenCache appTokenCache) => throw null;
        public ConfidentialClientApplication(string clientId, string authority, string redirectUri, ClientCredential clientCredential, TokenCache userTokenCache, TokenCache appTokenCache) => throw null;

        public Task<AuthenticationResult> AcquireTokenForClientAsync(IEnumerable<string> scopes) => throw null;
        public Task<AuthenticationResult> AcquireTokenByAuthorizationCodeAsync(string authorizationCode, IEnumerable<string> scopes) => throw null;
        public Task<AuthenticationResult> AcquireTokenOnBehalfOfAsync(IEnumerable<string> scopes, UserAssertion userAssertion) => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Client
{
    using System.Collections.Generic;
    using System.Security;
    using System.Threading.Tasks;

    public sealed class PublicClientApplication
    {
        public PublicClientApplication(string clientId, string authority) => throw null;
        public Task<object> AcquireTokenByUsernamePasswordAsync(IEnumerable<string> scopes, string username, SecureString securePassword) => throw null;
    }
}
