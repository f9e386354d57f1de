// Stub of NuGet package Microsoft.IdentityModel.Clients.ActiveDirectory 2.x (ADAL 2.28.x, .NET Framework 4.5 build;
// assembly Microsoft.IdentityModel.Clients.ActiveDirectory). The registry serves only 5.x, which has neither the
// password constructors of UserCredential nor the synchronous AcquireToken overloads; code written against 2.x (and
// against the first 3.x releases, which kept UserCredential(string, string)) compiles only against this shape.
// Compiled under the vendor's assembly name and used instead of the real ADAL 5 in the tests that need it.
// Mirrors: the ADAL 2.x public surface as used by Azure-Samples/active-directory-dotnet-native-headless before its
// move to UserPasswordCredential, by microsoft/Partner-Center-DotNet-Samples before commit 51f7961 (Oct 2018), and the
// project's reference doc (credential-apis.md section 3: UserCredential(string userName, string password) +
// AuthenticationContext.AcquireToken(string resource, string clientId, UserCredential userCredential)).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only (net472).
// Left out: the WinRT/Windows Store members, AcquireTokenByAuthorizationCode, the UserAssertion (on-behalf-of) overloads,
// IPlatformParameters, token-cache notifications and serialization, the AdalError constants.
#nullable disable

namespace Microsoft.IdentityModel.Clients.ActiveDirectory
{
    using System;
    using System.Security;
    using System.Security.Cryptography.X509Certificates;
    using System.Threading.Tasks;

    public enum PromptBehavior
    {
        Auto = 0,
        Always = 1,
        Never = 2,
        RefreshSession = 3,
    }

    public class TokenCache
    {
        public TokenCache() => throw null;
        public TokenCache(byte[] state) => throw null;
        public static TokenCache DefaultShared { get => throw null; }
        public virtual void Clear() => throw null;
        public byte[] Serialize() => throw null;
    }

    public sealed class UserInfo
    {
        public string DisplayableId { get => throw null; }
        public string UniqueId { get => throw null; }
        public string GivenName { get => throw null; }
        public string FamilyName { get => throw null; }
    }

    public sealed class AuthenticationResult
    {
        public string AccessToken { get => throw null; }
        public string AccessTokenType { get => throw null; }
        public string RefreshToken { get => throw null; }
        public DateTimeOffset ExpiresOn { get => throw null; }
        public string TenantId { get => throw null; }
        public UserInfo UserInfo { get => throw null; }
        public string IdToken { get => throw null; }
        public string CreateAuthorizationHeader() => throw null;
    }

    // ADAL 2.x: one credential type for Windows integrated auth (no password) and the password grant.
    public sealed class UserCredential
    {
        public UserCredential() => throw null;
        public UserCredential(string userName) => throw null;
        public UserCredential(string userName, string password) => throw null;
        public UserCredential(string userName, SecureString securePassword) => throw null;
        public string UserName { get => throw null; }
    }

    public sealed class ClientCredential
    {
        public ClientCredential(string clientId, string clientSecret) => throw null;
        public string ClientId { get => throw null; }
    }

    public sealed class ClientAssertionCertificate
    {
        public ClientAssertionCertificate(string clientId, X509Certificate2 certificate) => throw null;
        public string ClientId { get => throw null; }
    }

    public class AdalException : Exception
    {
        public string ErrorCode { get => throw null; }
    }

    public sealed class AuthenticationContext
    {
        public AuthenticationContext(string authority) => throw null;
        public AuthenticationContext(string authority, bool validateAuthority) => throw null;
        public AuthenticationContext(string authority, TokenCache tokenCache) => throw null;
        public AuthenticationContext(string authority, bool validateAuthority, TokenCache tokenCache) => throw null;

        public string Authority { get => throw null; }
        public TokenCache TokenCache { get => throw null; }

        // User credential: the password grant when the credential carries a password, Windows integrated auth otherwise.
        public AuthenticationResult AcquireToken(string resource, string clientId, UserCredential userCredential) => throw null;
        public Task<AuthenticationResult> AcquireTokenAsync(string resource, string clientId, UserCredential userCredential) => throw null;

        // App-only (near-misses).
        public AuthenticationResult AcquireToken(string resource, ClientCredential clientCredential) => throw null;
        public Task<AuthenticationResult> AcquireTokenAsync(string resource, ClientCredential clientCredential) => throw null;
        public AuthenticationResult AcquireToken(string resource, ClientAssertionCertificate clientCertificate) => throw null;
        public Task<AuthenticationResult> AcquireTokenAsync(string resource, ClientAssertionCertificate clientCertificate) => throw null;

        // Interactive (near-misses).
        public AuthenticationResult AcquireToken(string resource, string clientId, Uri redirectUri) => throw null;
        public AuthenticationResult AcquireToken(string resource, string clientId, Uri redirectUri, PromptBehavior promptBehavior) => throw null;

        // Refresh token (the Secure Application Model exchange in ADAL 2.x).
        public AuthenticationResult AcquireTokenByRefreshToken(string refreshToken, string clientId) => throw null;
        public AuthenticationResult AcquireTokenByRefreshToken(string refreshToken, string clientId, string resource) => throw null;
        public AuthenticationResult AcquireTokenByRefreshToken(string refreshToken, ClientCredential clientCredential, string resource) => throw null;
        public Task<AuthenticationResult> AcquireTokenByRefreshTokenAsync(string refreshToken, string clientId, string resource) => throw null;
        public Task<AuthenticationResult> AcquireTokenByRefreshTokenAsync(string refreshToken, ClientCredential clientCredential, string resource) => throw null;

        // Silent (cache).
        public AuthenticationResult AcquireTokenSilent(string resource, string clientId) => throw null;
        public Task<AuthenticationResult> AcquireTokenSilentAsync(string resource, string clientId) => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.ActiveDirectory
{
    public sealed class UserCredential
    {
        public UserCredential(string userName, string password) => throw null;
    }

    public sealed class AuthenticationContext
    {
        public AuthenticationContext(string authority) => throw null;
        public object AcquireToken(string resource, string clientId, UserCredential userCredential) => throw null;
    }
}
