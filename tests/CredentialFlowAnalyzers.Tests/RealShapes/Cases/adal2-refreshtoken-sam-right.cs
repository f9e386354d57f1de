// source: https://github.com/microsoft/Partner-Center-DotNet-Samples secure-app-model/keyvault (refresh token kept in Key
// source:   Vault and exchanged for access tokens); ADAL 2.x AcquireTokenByRefreshToken as the exchange (MSAL issue #690
// source:   names IByRefreshToken the ADAL 2 migration path). Signs in the right way: no diagnostic.
// target: net472
// stubs: Microsoft.IdentityModel.Clients.ActiveDirectory.2.x
using System;
using System.Configuration;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace CSPApplication
{
    internal sealed class PartnerTokenProvider
    {
        private readonly Func<string, string> _readSecret;

        public PartnerTokenProvider(Func<string, string> readSecret)
        {
            _readSecret = readSecret;
        }

        public string GetPartnerCenterToken()
        {
            string refreshToken = _readSecret(ConfigurationManager.AppSettings["PartnerRefreshTokenSecretName"]);
            var credential = new ClientCredential(ConfigurationManager.AppSettings["ida:ClientId"], _readSecret("PartnerAppSecret"));
            var context = new AuthenticationContext("https://login.microsoftonline.com/" + ConfigurationManager.AppSettings["ida:TenantId"]);
            AuthenticationResult result = context.AcquireTokenByRefreshToken(refreshToken, credential, "https://api.partnercenter.microsoft.com");
            return result.AccessToken;
        }
    }
}
