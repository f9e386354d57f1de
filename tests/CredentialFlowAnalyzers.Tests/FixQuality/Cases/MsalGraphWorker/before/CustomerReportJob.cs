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
            string agent = _configuration["PartnerCenter:AgentUpn"] ?? string.Empty;
            string agentPassword = _configuration["PartnerCenter:AgentPassword"] ?? string.Empty;
            string token = await GetPartnerCenterTokenAsync(agent, agentPassword);
            System.Console.WriteLine("Partner Center token length: " + token.Length);
        }

        private async Task<string> GetPartnerCenterTokenAsync(string userName, string password)
        {
#pragma warning disable CS0618
            AuthenticationResult result = await ((IByUsernameAndPassword)_app)
                .AcquireTokenByUsernamePassword(new[] { PartnerCenterScope }, userName, password)
                .ExecuteAsync();
#pragma warning restore CS0618
            return result.AccessToken;
        }
    }
}
