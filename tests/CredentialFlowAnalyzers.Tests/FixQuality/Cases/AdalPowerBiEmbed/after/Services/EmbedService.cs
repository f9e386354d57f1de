// Models the .NET Framework "App Owns Data" embedding service of the Power BI developer samples
// (https://github.com/microsoft/PowerBI-Developer-Samples, App Owns Data, Services/EmbedService.cs, 2018-2019): a Power BI
// "master user" whose name and password sit in web.config appSettings, an ADAL credential built into a local before the
// call, a synchronous variant that blocks on .Result, and a check of the settings that includes the password.
using System.Configuration;
using System.Threading.Tasks;

namespace Contoso.Reporting.Services
{
    public class EmbedService
    {
        private static readonly string ResourceUrl = ConfigurationManager.AppSettings["resourceUrl"];

        public async Task<string> GetReportAccessTokenAsync()
        {
            string error = GetWebConfigErrors();
            if (error != null)
            {
                return error;
            }

            var authenticationResult = await SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ResourceUrl + "/.default" }, ConfigurationManager.AppSettings["pbiRefreshToken"]);
            if (authenticationResult == null)
            {
                return "Authentication failed.";
            }

            return authenticationResult.AccessToken;
        }

        public string GetDatasetAccessToken()
        {
            var result = SecureAppTokenProvider.AcquireTokenByRefreshTokenAsync(new[] { ResourceUrl + "/.default" }, ConfigurationManager.AppSettings["pbiRefreshToken"]).Result;
            return result.AccessToken;
        }

        private static string GetWebConfigErrors()
        {
            return null;
        }
    }
}
