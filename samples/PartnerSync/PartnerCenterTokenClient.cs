using System.Collections.Generic;
using System.Configuration;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace PartnerSync
{
    /// <summary>
    /// Gets Partner Center tokens for the sync service account straight from the v1 token endpoint, the way the old
    /// Partner Center samples did before the SDK had a password API on every platform.
    /// </summary>
    internal sealed class PartnerCenterTokenClient
    {
        private const string Authority = "https://login.windows.net/";
        private const string PartnerCenterResource = "https://api.partnercenter.microsoft.com";
        private const string ProxyPassword = "Pr0xy!Sync2017";

        private readonly HttpClient _http = new HttpClient(new HttpClientHandler
        {
            Proxy = new WebProxy("http://proxy.contoso.local:8080")
            {
                Credentials = new NetworkCredential("svc-partnersync", ProxyPassword, "CONTOSO"),
            },
        });

        public async Task<string> GetPartnerCenterTokenAsync()
        {
            string tenant = ConfigurationManager.AppSettings["PartnerTenant"];
            var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = ConfigurationManager.AppSettings["ClientId"],
                ["resource"] = PartnerCenterResource,
                ["username"] = ConfigurationManager.AppSettings["SyncUser"],
                ["password"] = ConfigurationManager.AppSettings["SyncPassword"],
            });

            HttpResponseMessage response = await _http.PostAsync(Authority + tenant + "/oauth2/token", body);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
