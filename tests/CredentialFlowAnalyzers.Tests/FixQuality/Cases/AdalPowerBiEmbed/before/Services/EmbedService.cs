// Models the .NET Framework "App Owns Data" embedding service of the Power BI developer samples
// (https://github.com/microsoft/PowerBI-Developer-Samples, App Owns Data, Services/EmbedService.cs, 2018-2019): a Power BI
// "master user" whose name and password sit in web.config appSettings, an ADAL credential built into a local before the
// call, a synchronous variant that blocks on .Result, and a check of the settings that includes the password.
using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace Contoso.Reporting.Services
{
    public class EmbedService
    {
        private static readonly string AuthorityUrl = ConfigurationManager.AppSettings["authorityUrl"];
        private static readonly string ResourceUrl = ConfigurationManager.AppSettings["resourceUrl"];
        private static readonly string ApplicationId = ConfigurationManager.AppSettings["applicationId"];
        private static readonly string Username = ConfigurationManager.AppSettings["pbiUsername"];
        private static readonly string Password = ConfigurationManager.AppSettings["pbiPassword"];

        public async Task<string> GetReportAccessTokenAsync()
        {
            string error = GetWebConfigErrors();
            if (error != null)
            {
                return error;
            }

            // Create a user password credential.
            var credential = new UserPasswordCredential(Username, Password);

            // Authenticate using the created credential.
            var authenticationContext = new AuthenticationContext(AuthorityUrl);
            var authenticationResult = await authenticationContext.AcquireTokenAsync(ResourceUrl, ApplicationId, credential);
            if (authenticationResult == null)
            {
                return "Authentication failed.";
            }

            return authenticationResult.AccessToken;
        }

        public string GetDatasetAccessToken()
        {
            var authenticationContext = new AuthenticationContext(AuthorityUrl);
            AuthenticationResult result = authenticationContext.AcquireTokenAsync(ResourceUrl, ApplicationId, new UserPasswordCredential(Username, Password)).Result;
            return result.AccessToken;
        }

        private static string GetWebConfigErrors()
        {
            if (string.IsNullOrWhiteSpace(ApplicationId))
            {
                return "ApplicationId is empty. Please register your application as Native app in https://dev.powerbi.com/apps and fill the client id in web.config.";
            }

            if (string.IsNullOrWhiteSpace(Username))
            {
                return "Username is empty. Please fill the Power BI username in web.config.";
            }

            if (string.IsNullOrWhiteSpace(Password))
            {
                return "Password is empty. Please fill the password of the Power BI username in web.config.";
            }

            return null;
        }
    }
}
