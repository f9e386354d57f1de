// source: https://github.com/microsoftgraph/msgraph-sdk-dotnet-auth (Microsoft.Graph.Auth preview 1, UsernamePasswordProvider:
// source:   (ClientApplication as IPublicClientApplication).AcquireTokenByUsernamePasswordAsync(Scopes, Username, SecurePassword)
// source:   inside a retry loop on MsalServiceException)
// refs: none
// stubs: Microsoft.Identity.Client.2.x
using System;
using System.Collections.Generic;
using System.Security;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace Contoso.Graph.Auth
{
    public partial class UsernamePasswordProvider
    {
        private const int MaxRetry = 3;

        public UsernamePasswordProvider(IClientApplicationBase clientApplication, IEnumerable<string> scopes, string username, SecureString securePassword)
        {
            ClientApplication = clientApplication;
            Scopes = scopes;
            Username = username;
            SecurePassword = securePassword;
        }

        internal IClientApplicationBase ClientApplication { get; }
        internal IEnumerable<string> Scopes { get; }
        internal string Username { get; }
        internal SecureString SecurePassword { get; }
    }

    public partial class UsernamePasswordProvider
    {
        private async Task<AuthenticationResult> GetNewAccessTokenAsync()
        {
            AuthenticationResult authenticationResult = null;
            int retryCount = 0;
            do
            {
                try
                {
                    authenticationResult = await {|CFA1001:(ClientApplication as IPublicClientApplication).AcquireTokenByUsernamePasswordAsync(Scopes, Username, SecurePassword)|};
                    break;
                }
                catch (MsalServiceException serviceException)
                {
                    if (serviceException.ErrorCode == "temporarily_unavailable")
                    {
                        retryCount++;
                        await Task.Delay(TimeSpan.FromSeconds(retryCount));
                    }
                    else
                    {
                        throw;
                    }
                }
            }
            while (retryCount < MaxRetry);

            return authenticationResult;
        }
    }
}
