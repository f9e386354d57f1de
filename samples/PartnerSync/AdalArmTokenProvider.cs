using System.Configuration;
using System.Threading.Tasks;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace PartnerSync
{
    /// <summary>Gets Azure Resource Manager tokens for the sync service account (written in the ADAL days).</summary>
    internal sealed class AdalArmTokenProvider
    {
        private const string ArmResource = "https://management.azure.com/";

        private readonly AuthenticationContext _context = new AuthenticationContext(
            "https://login.microsoftonline.com/" + ConfigurationManager.AppSettings["TenantId"]);

        public async Task<string> GetArmTokenAsync()
        {
            string userName = ConfigurationManager.AppSettings["SyncUser"];
            string password = ConfigurationManager.AppSettings["SyncPassword"];

            AuthenticationResult result = await _context.AcquireTokenAsync(
                ArmResource,
                ConfigurationManager.AppSettings["ClientId"],
                new UserPasswordCredential(userName, password));
            return result.AccessToken;
        }
    }
}
