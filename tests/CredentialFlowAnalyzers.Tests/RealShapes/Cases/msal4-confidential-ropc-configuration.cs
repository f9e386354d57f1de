// source: https://github.com/AzureAD/microsoft-authentication-library-for-dotnet (IByUsernameAndPassword on confidential
// source:   clients, 4.64+) used the way Partner-Center-DotNet-Samples issue #68 keeps "User"/"Password" in JSON settings: the
// source:   password is read from configuration a few lines above the sign-in; one finding, at the sign-in
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

namespace PartnerSync
{
    public sealed class UserTokenSource
    {
        private readonly IConfiguration _configuration;
        private readonly IConfidentialClientApplication _app;

        public UserTokenSource(IConfiguration configuration, IConfidentialClientApplication app)
        {
            _configuration = configuration;
            _app = app;
        }

        public async Task<string> GetPartnerCenterTokenAsync()
        {
            string user = _configuration["PartnerCenter:User"];
            string password = _configuration["PartnerCenter:Password"];
            var scopes = new[] { "https://api.partnercenter.microsoft.com/user_impersonation" };

            AuthenticationResult result = await {|CFA1001:((IByUsernameAndPassword)_app).AcquireTokenByUsernamePassword(scopes, user, password)|}
                .ExecuteAsync();
            return result.AccessToken;
        }
    }
}
