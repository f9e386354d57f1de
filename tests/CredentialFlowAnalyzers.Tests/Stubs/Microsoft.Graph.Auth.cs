// Stub of NuGet package Microsoft.Graph.Auth 1.0.0-preview.x (never GA; works with Microsoft.Graph v1-v3).
// Not served by this project's NuGet feed.
// Mirrors: microsoftgraph/msgraph-sdk-dotnet-auth src/Microsoft.Graph.Auth/PublicClient/UsernamePasswordProvider.cs
// and Extensions/BaseRequestExtensions.cs.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: Microsoft.Identity.Client 4.92.0 (real MSAL: IPublicClientApplication).
// Also defines minimal Microsoft.Graph.IBaseRequest and Microsoft.Graph.IAuthenticationProvider (Graph v3 /
// Microsoft.Graph.Core 1.x shapes, trimmed). Graph v5 (Microsoft.Graph 5.x, Microsoft.Graph.Core 3.x) has neither type,
// so this file can sit beside a real Graph v5 reference; do not combine it with a real Graph v3 / Graph.Core 1.x reference.
// Left out: the other Graph.Auth providers (Interactive, DeviceCode, ClientCredential, OnBehalfOf, IntegratedWindows),
// the other BaseRequestExtensions (WithScopes, WithForceRefresh, ...), the rest of IBaseRequest.
#nullable disable

namespace Microsoft.Graph
{
    using System.Net.Http;
    using System.Threading.Tasks;

    public interface IAuthenticationProvider
    {
        Task AuthenticateRequestAsync(HttpRequestMessage request);
    }

    public interface IBaseRequest
    {
        string ContentType { get; set; }
        string Method { get; }
        string RequestUrl { get; }
        HttpRequestMessage GetHttpRequestMessage();
    }
}

namespace Microsoft.Graph.Auth
{
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Security;
    using System.Threading.Tasks;
    using Microsoft.Graph;
    using Microsoft.Identity.Client;

    public class UsernamePasswordProvider : IAuthenticationProvider
    {
        public UsernamePasswordProvider(IPublicClientApplication publicClientApplication, IEnumerable<string> scopes = null) => throw null;
        public Task AuthenticateRequestAsync(HttpRequestMessage httpRequestMessage) => throw null;
    }

    public static class BaseRequestExtensions
    {
        public static T WithUsernamePassword<T>(this T baseRequest, string email, SecureString password) where T : IBaseRequest => throw null;
    }
}

// Near-miss decoy: same type and member names, different namespace.
namespace Decoy.Auth
{
    using System.Collections.Generic;
    using System.Net.Http;
    using System.Security;
    using System.Threading.Tasks;
    using Microsoft.Graph;
    using Microsoft.Identity.Client;

    public class UsernamePasswordProvider : IAuthenticationProvider
    {
        public UsernamePasswordProvider(IPublicClientApplication publicClientApplication, IEnumerable<string> scopes = null) => throw null;
        public Task AuthenticateRequestAsync(HttpRequestMessage httpRequestMessage) => throw null;
    }

    public static class BaseRequestExtensions
    {
        public static T WithUsernamePassword<T>(this T baseRequest, string email, SecureString password) where T : IBaseRequest => throw null;
    }
}
