// source: https://github.com/microsoft/PowerBI-Developer-Samples ".NET Core/App Owns Data/DotNetCorePaaS/Service/AadService.cs"
// source:   (AuthenticationMode "masteruser": SecureString filled from the settings' PbiPassword, AcquireTokenByUsernamePassword
// source:   after a failed AcquireTokenSilent; "serviceprincipal": AcquireTokenForClient)
using System;
using System.Linq;
using System.Security;
using Microsoft.Identity.Client;

namespace DotNetCorePaaS.Service
{
    public class ConfigurationModel
    {
        public string AuthenticationMode { get; set; }
        public string AuthorityUri { get; set; }
        public string ClientId { get; set; }
        public string TenantId { get; set; }
        public string[] Scope { get; set; }
        public string PbiUsername { get; set; }
        public string PbiPassword { get; set; }
        public string ClientSecret { get; set; }
    }

    public class AadService
    {
        public static string GetAccessToken(ConfigurationModel appSettings)
        {
            AuthenticationResult authenticationResult = null;
            if (appSettings.AuthenticationMode.Equals("masteruser", StringComparison.InvariantCultureIgnoreCase))
            {
                IPublicClientApplication clientApp = PublicClientApplicationBuilder.Create(appSettings.ClientId).WithAuthority(appSettings.AuthorityUri).Build();
                var userAccounts = clientApp.GetAccountsAsync().Result;
                try
                {
                    authenticationResult = clientApp.AcquireTokenSilent(appSettings.Scope, userAccounts.FirstOrDefault()).ExecuteAsync().Result;
                }
                catch (MsalUiRequiredException)
                {
                    SecureString password = new SecureString();
                    foreach (var key in appSettings.PbiPassword)
                    {
                        password.AppendChar(key);
                    }

#pragma warning disable CS0618
                    authenticationResult = {|CFA1001:clientApp.AcquireTokenByUsernamePassword(appSettings.Scope, appSettings.PbiUsername, password)|}.ExecuteAsync().Result;
#pragma warning restore CS0618
                }
            }
            else if (appSettings.AuthenticationMode.Equals("serviceprincipal", StringComparison.InvariantCultureIgnoreCase))
            {
                var tenantSpecificUrl = appSettings.AuthorityUri.Replace("organizations", appSettings.TenantId);
                IConfidentialClientApplication clientApp = ConfidentialClientApplicationBuilder
                    .Create(appSettings.ClientId)
                    .WithClientSecret(appSettings.ClientSecret)
                    .WithAuthority(tenantSpecificUrl)
                    .Build();
                authenticationResult = clientApp.AcquireTokenForClient(appSettings.Scope).ExecuteAsync().Result;
            }

            return authenticationResult.AccessToken;
        }
    }
}
