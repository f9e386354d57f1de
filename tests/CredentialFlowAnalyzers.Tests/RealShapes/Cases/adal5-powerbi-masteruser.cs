// source: https://github.com/microsoft/PowerBI-Developer-Samples ".NET Framework/App Owns Data/PowerBIEmbedded_AppOwnsData/
// source:   Services/EmbedService.cs" (master user: static readonly fields read from appSettings pbiUsername/pbiPassword,
// source:   UserPasswordCredential, AcquireTokenAsync, async wrapper returning an embed config)
// target: net472
// refs: adal-netfx
using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace PowerBIEmbedded_AppOwnsData.Services
{
    public class EmbedService
    {
        private static readonly string AuthorityUrl = ConfigurationManager.AppSettings["authorityUrl"];
        private static readonly string ResourceUrl = ConfigurationManager.AppSettings["resourceUrl"];
        private static readonly string ApplicationId = ConfigurationManager.AppSettings["ApplicationId"];
        private static readonly string Username = ConfigurationManager.AppSettings["pbiUsername"];
        private static readonly string Password = ConfigurationManager.AppSettings["pbiPassword"];

        public async Task<bool> EmbedReport(string username, string roles)
        {
            string accessToken = await GetAccessToken();
            return accessToken != null;
        }

        private async Task<string> GetAccessToken()
        {
            var credential = {|CFA1004:new UserPasswordCredential(Username, Password)|};
            var authenticationContext = new AuthenticationContext(AuthorityUrl);
            var authenticationResult = await authenticationContext.AcquireTokenAsync(ResourceUrl, ApplicationId, credential);
            return authenticationResult == null ? null : authenticationResult.AccessToken;
        }
    }
}
