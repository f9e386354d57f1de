// Models the tile and dashboard helpers that partner portals built next to the Power BI embedding sample (for example
// the "PbiEmbeddedManager" of the Power BI embedding labs, 2017-2018): the resource is a constant, the master user's
// credential goes straight into the call, and the result is declared as ADAL's AuthenticationResult.
using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace Contoso.Reporting.Services
{
    internal sealed class DashboardClient
    {
        private const string PowerBiResource = "https://analysis.windows.net/powerbi/api";
        private const string Authority = "https://login.microsoftonline.com/common";

        private readonly string _clientId = ConfigurationManager.AppSettings["applicationId"];

        public async Task<string> GetAccessTokenAsync(string userName, string password)
        {
            var context = new AuthenticationContext(Authority);
            AuthenticationResult result = await context.AcquireTokenAsync(PowerBiResource, _clientId, new UserPasswordCredential(userName, password));
            return result.AccessToken;
        }
    }
}
