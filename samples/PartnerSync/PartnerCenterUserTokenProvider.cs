using System.Configuration;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace PartnerSync
{
    /// <summary>
    /// App+User tokens for the Partner Center API (customer and subscription operations that app-only tokens cannot do),
    /// the way the Partner Center authentication docs of 2018-2019 showed it: the integration's native app and a
    /// service account's user name and password.
    /// </summary>
    internal sealed class PartnerCenterUserTokenProvider
    {
        private static readonly string[] PartnerCenterScopes = { "https://api.partnercenter.microsoft.com/user_impersonation" };

        private readonly IPublicClientApplication _app = PublicClientApplicationBuilder
            .Create(ConfigurationManager.AppSettings["PartnerCenterClientId"])
            .WithTenantId(ConfigurationManager.AppSettings["TenantId"])
            .Build();

        public async Task<string> GetPartnerCenterUserTokenAsync()
        {
#pragma warning disable CS0618 // the vendor marks it obsolete; CFA1001 says what to do instead
            AuthenticationResult result = await _app
                .AcquireTokenByUsernamePassword(PartnerCenterScopes, ConfigurationManager.AppSettings["SyncUser"], ConfigurationManager.AppSettings["SyncPassword"])
                .ExecuteAsync();
#pragma warning restore CS0618
            return result.AccessToken;
        }
    }
}
