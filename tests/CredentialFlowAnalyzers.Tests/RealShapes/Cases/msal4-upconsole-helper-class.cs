// source: https://github.com/Azure-Samples/active-directory-dotnetcore-console-up-v2 up-console/PublicAppUsingUsernamePassword.cs
// source:   (a helper class around IPublicClientApplication: cache first, then AcquireTokenByUsernamePassword with catch filters)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace up_console
{
    public class PublicAppUsingUsernamePassword
    {
        public PublicAppUsingUsernamePassword(IPublicClientApplication app)
        {
            App = app;
        }

        protected IPublicClientApplication App { get; private set; }

        public async Task<AuthenticationResult> AcquireATokenFromCacheOrUsernamePasswordAsync(IEnumerable<String> scopes, string username, string password)
        {
            AuthenticationResult result = null;
            var accounts = await App.GetAccountsAsync().ConfigureAwait(false);
            if (accounts.Any())
            {
                try
                {
                    result = await App.AcquireTokenSilent(scopes, accounts.FirstOrDefault()).ExecuteAsync().ConfigureAwait(false);
                }
                catch (MsalUiRequiredException)
                {
                }
            }

            return result ?? await GetTokenForWebApiUsingUsernamePasswordAsync(scopes, username, password).ConfigureAwait(false);
        }

        private async Task<AuthenticationResult> GetTokenForWebApiUsingUsernamePasswordAsync(IEnumerable<string> scopes, string username, string password)
        {
            AuthenticationResult result = null;
            try
            {
#pragma warning disable CS0618
                result = await {|CFA1001:App.AcquireTokenByUsernamePassword(scopes, username, password)|}
                    .ExecuteAsync().ConfigureAwait(false);
#pragma warning restore CS0618
            }
            catch (MsalUiRequiredException ex)
            {
                Console.WriteLine("Error: {0}", ex.Message);
            }
            catch (MsalServiceException ex) when (ex.ErrorCode == "invalid_request")
            {
            }
            catch (MsalClientException ex) when (ex.ErrorCode == "unknown_user_type")
            {
                throw new ArgumentException("U/P: Wrong username", ex);
            }

            return result;
        }
    }
}
