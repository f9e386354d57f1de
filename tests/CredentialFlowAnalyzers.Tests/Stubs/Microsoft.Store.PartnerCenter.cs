// Stub of NuGet package Microsoft.Store.PartnerCenter (assemblies Microsoft.Store.PartnerCenter and
// Microsoft.Store.PartnerCenter.Extensions). The package is not served by this project's NuGet feed.
// Mirrors: Microsoft Learn API reference, view=partnercenter-dotnet-latest (namespaces, type names,
// member names and parameter names of the members below).
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only.
// Left out: the 5-string GenerateByApplicationCredentials(Async) "AAD overrides" overloads (names of the
// 4th/5th parameters are not documented), AuthenticationToken.ExpiryBuffer, everything on IAggregatePartner
// except Credentials/RequestContext, the 3-argument CreatePartnerOperations overload.
#nullable disable

namespace Microsoft.Store.PartnerCenter
{
    using System;
    using Microsoft.Store.PartnerCenter.RequestContext;

    /// <summary>An Entra (AAD) token handed to the Partner Center SDK.</summary>
    public sealed class AuthenticationToken
    {
        public AuthenticationToken(string token, DateTimeOffset expiryTime) => throw null;
        public string Token { get => throw null; }
        public DateTimeOffset ExpiryTime { get => throw null; }
        public bool IsExpired() => throw null;
    }

    public interface IPartnerCredentials
    {
        string PartnerServiceToken { get; }
        DateTimeOffset ExpiresAt { get; }
        bool IsExpired();
    }

    public interface IAggregatePartner
    {
        IPartnerCredentials Credentials { get; }
        IRequestContext RequestContext { get; }
    }

    public class PartnerService
    {
        public static PartnerService Instance { get => throw null; }
        public IAggregatePartner CreatePartnerOperations(IPartnerCredentials credentials) => throw null;
    }
}

namespace Microsoft.Store.PartnerCenter.RequestContext
{
    using System;

    public interface IRequestContext
    {
        Guid CorrelationId { get; }
        Guid RequestId { get; }
        string Locale { get; }
    }
}

namespace Microsoft.Store.PartnerCenter.Extensions
{
    using System.Threading.Tasks;
    using Microsoft.Store.PartnerCenter;
    using Microsoft.Store.PartnerCenter.RequestContext;

    public delegate Task<AuthenticationToken> TokenRefresher(AuthenticationToken expiredAuthenticationToken);

    public class PartnerCredentials
    {
        public static PartnerCredentials Instance { get => throw null; }

        // App+User: the token comes from whatever signed the user in (the password, if any, enters there).
        public IPartnerCredentials GenerateByUserCredentials(string clientId, AuthenticationToken authenticationToken, TokenRefresher aadTokenRefresher = null, IRequestContext requestContext = null) => throw null;
        public Task<IPartnerCredentials> GenerateByUserCredentialsAsync(string clientId, AuthenticationToken authenticationToken, TokenRefresher aadTokenRefresher = null, IRequestContext requestContext = null) => throw null;

        // App-only with a client secret (near-miss: applicationSecret is not a user password).
        public IPartnerCredentials GenerateByApplicationCredentials(string clientId, string applicationSecret, string aadApplicationDomain, IRequestContext requestContext = null) => throw null;
        public Task<IPartnerCredentials> GenerateByApplicationCredentialsAsync(string clientId, string applicationSecret, string aadApplicationDomain, IRequestContext requestContext = null) => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace. Must not be treated as Partner Center.
namespace Decoy.Extensions
{
    using System.Threading.Tasks;
    using Microsoft.Store.PartnerCenter;
    using Microsoft.Store.PartnerCenter.Extensions;
    using Microsoft.Store.PartnerCenter.RequestContext;

    public class PartnerCredentials
    {
        public static PartnerCredentials Instance { get => throw null; }
        public IPartnerCredentials GenerateByUserCredentials(string clientId, AuthenticationToken authenticationToken, TokenRefresher aadTokenRefresher = null, IRequestContext requestContext = null) => throw null;
        public Task<IPartnerCredentials> GenerateByUserCredentialsAsync(string clientId, AuthenticationToken authenticationToken, TokenRefresher aadTokenRefresher = null, IRequestContext requestContext = null) => throw null;
        public IPartnerCredentials GenerateByApplicationCredentials(string clientId, string applicationSecret, string aadApplicationDomain, IRequestContext requestContext = null) => throw null;
        public Task<IPartnerCredentials> GenerateByApplicationCredentialsAsync(string clientId, string applicationSecret, string aadApplicationDomain, IRequestContext requestContext = null) => throw null;
    }
}
