// source: https://github.com/Azure-Samples/active-directory-dotnetcore-devicecodeflow-v2 (PublicAppUsingDeviceCodeFlow.cs:
// source:   AcquireTokenSilent first, then AcquireTokenWithDeviceCode with a callback that prints the message). No diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace device_code_flow_console
{
    public class PublicAppUsingDeviceCodeFlow
    {
        public PublicAppUsingDeviceCodeFlow(IPublicClientApplication app)
        {
            App = app;
        }

        protected IPublicClientApplication App { get; private set; }

        public async Task<AuthenticationResult> AcquireATokenFromCacheOrDeviceCodeFlowAsync(IEnumerable<string> scopes)
        {
            AuthenticationResult result = null;
            var accounts = await App.GetAccountsAsync();
            if (accounts.Any())
            {
                try
                {
                    result = await App.AcquireTokenSilent(scopes, accounts.FirstOrDefault()).ExecuteAsync();
                }
                catch (MsalUiRequiredException)
                {
                }
            }

            if (result == null)
            {
                result = await App.AcquireTokenWithDeviceCode(scopes, deviceCodeCallback =>
                {
                    Console.WriteLine(deviceCodeCallback.Message);
                    return Task.FromResult(0);
                }).ExecuteAsync();
            }

            return result;
        }
    }
}
