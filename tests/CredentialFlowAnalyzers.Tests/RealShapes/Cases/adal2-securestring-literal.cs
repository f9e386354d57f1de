// source: https://github.com/microsoft/Partner-Center-DotNet-Samples (ADAL 2.x samples) and the SecureString-by-loop shape of
// source:   the MSAL.NET wiki "Username Password Authentication" (foreach (char c in "...") securePassword.AppendChar(c));
// source:   Windows integrated auth (new UserCredential()) next to it is not a password grant
// target: net472
// stubs: Microsoft.IdentityModel.Clients.ActiveDirectory.2.x
using System.Security;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace CspTools
{
    internal static class TokenHelper
    {
        private const string Resource = "https://graph.windows.net";
        private const string ClientId = "0a5b7c3e-1111-4222-8333-944455556666";

        public static string GetTokenForServiceAccount(string userName)
        {
            string pwd = {|CFA2002#p:"Spring2017!"|};
            var securePassword = new SecureString();
            foreach (char c in {|+p:pwd|})
            {
                securePassword.AppendChar(c);
            }

            var context = new AuthenticationContext("https://login.windows.net/contoso.onmicrosoft.com");
            AuthenticationResult result = context.AcquireToken(Resource, ClientId, {|CFA1004:new UserCredential(userName, securePassword)|});
            return result.AccessToken;
        }

        public static string GetTokenForLoggedOnUser()
        {
            var context = new AuthenticationContext("https://login.windows.net/contoso.onmicrosoft.com");
            return context.AcquireToken(Resource, ClientId, new UserCredential()).AccessToken;
        }
    }
}
