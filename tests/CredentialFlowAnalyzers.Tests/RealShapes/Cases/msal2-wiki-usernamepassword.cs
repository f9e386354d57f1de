// source: https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/wiki/Username-Password-Authentication-2x
// source:   (MSAL.NET 2.x: new PublicClientApplication(clientId, authority), GetAccountsAsync, AcquireTokenSilentAsync, then
// source:   AcquireTokenByUsernamePasswordAsync(scopes, "joe@contoso.com", securePassword) with a SecureString filled by a loop)
// refs: none
// stubs: Microsoft.Identity.Client.2.x
using System;
using System.Linq;
using System.Security;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

static class GraphToken
{
    private const string clientId = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842";

    public static async Task<string> GetATokenForGraph()
    {
        string authority = "https://login.microsoftonline.com/contoso.com";
        string[] scopes = new string[] { "user.read" };
        PublicClientApplication app = new PublicClientApplication(clientId, authority);
        var accounts = await app.GetAccountsAsync();

        AuthenticationResult result = null;
        if (accounts.Any())
        {
            result = await app.AcquireTokenSilentAsync(scopes, accounts.FirstOrDefault());
        }
        else
        {
            try
            {
                var securePassword = new SecureString();
                foreach (char c in {|CFA2002:"dummy"|})        // you should fetch the password
                    securePassword.AppendChar(c);  // keystroke by keystroke

                result = await {|CFA1001:app.AcquireTokenByUsernamePasswordAsync(scopes, "joe@contoso.com", securePassword)|};
            }
            catch (MsalException)
            {
                // See details below
            }
        }

        Console.WriteLine(result.Account.Username);
        return result.AccessToken;
    }
}
