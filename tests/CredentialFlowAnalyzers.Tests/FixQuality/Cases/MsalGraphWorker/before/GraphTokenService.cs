// Models the .NET Core console and worker jobs written after the "username/password" MSAL samples
// (https://github.com/Azure-Samples/active-directory-dotnetcore-console-up-v2, PublicAppUsingUsernamePassword.cs, 2019-2021):
// one public client built in the constructor from IConfiguration, the service account's password read from configuration,
// once as a string and once copied into a SecureString.
using System;
using System.Security;
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
        private readonly IPublicClientApplication _app;

        public GraphTokenService(IConfiguration configuration)
        {
            _configuration = configuration;
            _app = PublicClientApplicationBuilder.Create(configuration["AzureAd:ClientId"] ?? throw new InvalidOperationException("AzureAd:ClientId is not set."))
                .WithTenantId(configuration["AzureAd:TenantId"])
                .Build();
        }

        public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            string userName = _configuration["Graph:UserName"] ?? throw new InvalidOperationException("Graph:UserName is not set.");
            string password = _configuration["Graph:Password"] ?? throw new InvalidOperationException("Graph:Password is not set.");

#pragma warning disable CS0618 // obsolete in MSAL; CFA1001 says what to use instead
            AuthenticationResult result = await _app.AcquireTokenByUsernamePassword(GraphScopes, userName, password).ExecuteAsync(cancellationToken);
#pragma warning restore CS0618
            return result.AccessToken;
        }

        public async Task<string> GetAccessTokenForMailboxAsync(string mailbox, CancellationToken cancellationToken)
        {
            var securePassword = new SecureString();
            foreach (char c in _configuration["Graph:Password"] ?? string.Empty)
            {
                securePassword.AppendChar(c);
            }

#pragma warning disable CS0618
            AuthenticationResult result = await _app
                .AcquireTokenByUsernamePassword(GraphScopes, mailbox, securePassword)
                .ExecuteAsync(cancellationToken);
#pragma warning restore CS0618
            return result.AccessToken;
        }
    }
}
