// Models the tile and dashboard helpers that partner portals built next to the Power BI embedding sample (for example
// the "PbiEmbeddedManager" of the Power BI embedding labs, 2017-2018): the resource is a constant, the master user's
// credential goes straight into the call, and the result is declared as ADAL's AuthenticationResult.
using System.Configuration;
using System.Threading.Tasks;

namespace Contoso.Reporting.Services
{
    internal sealed class DashboardClient
    {
        private const string PowerBiResource = "https://analysis.windows.net/powerbi/api";

        public async Task<string> GetAccessTokenAsync()
        {
            var result = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { PowerBiResource + "/.default" }, ConfigurationManager.AppSettings["powerBIRefreshToken"]);
            return result.AccessToken;
        }
    }
}
