// Models Partner Center report jobs that call App+User operations with a confidential client and a partner agent's
// password (the pattern Partner-Center-DotNet-Samples issue #7 asks about): the password flows in through parameters from
// the caller, which reads it from configuration.
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace Contoso.DirectorySync
{
    public sealed class CustomerReportJob
    {
        private const string PartnerCenterScope = "https://api.partnercenter.microsoft.com/user_impersonation";

        private readonly IConfidentialClientApplication _app;
        private readonly IConfiguration _configuration;

        public CustomerReportJob(IConfidentialClientApplication app, IConfiguration configuration)
        {
            _app = app;
            _configuration = configuration;
        }

        public async Task RunAsync()
        {
            string token = await GetPartnerCenterTokenAsync();
            System.Console.WriteLine("Partner Center token length: " + token.Length);
        }

        private async Task<string> GetPartnerCenterTokenAsync()
        {
            AuthenticationResult result = await ((IByRefreshToken)_app)
                .AcquireTokenByRefreshToken(new[] { PartnerCenterScope }, _configuration["PartnerCenter:RefreshToken"])
                .ExecuteAsync();
            return result.AccessToken;
        }
    }
}
