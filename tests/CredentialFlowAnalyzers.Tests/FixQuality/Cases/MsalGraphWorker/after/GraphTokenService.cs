// Models the .NET Core console and worker jobs written after the "username/password" MSAL samples
// (https://github.com/Azure-Samples/active-directory-dotnetcore-console-up-v2, PublicAppUsingUsernamePassword.cs, 2019-2021):
// one public client built in the constructor from IConfiguration, the service account's password read from configuration,
// once as a string and once copied into a SecureString.
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Contoso.DirectorySync
{
    public sealed class GraphTokenService
    {
        private static readonly string[] GraphScopes = { "https://graph.microsoft.com/.default" };

        private readonly IConfiguration _configuration;

        public GraphTokenService(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            AuthenticationResult result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(GraphScopes, _configuration["Graph:RefreshToken"], cancellationToken);
            return result.AccessToken;
        }

        public async Task<string> GetAccessTokenForMailboxAsync(string mailbox, CancellationToken cancellationToken)
        {
            AuthenticationResult result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(GraphScopes, _configuration["Graph:RefreshToken"], cancellationToken);
            return result.AccessToken;
        }
    }
}
