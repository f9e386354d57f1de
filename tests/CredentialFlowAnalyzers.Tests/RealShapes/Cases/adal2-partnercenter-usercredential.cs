// source: https://github.com/microsoft/Partner-Center-DotNet-Samples (history before commit 51f7961, Oct 2018): ADAL 2.x
// source:   UserCredential(userName, password) from App.config, synchronous AuthenticationContext.AcquireToken(resource, clientId, credential)
// target: net472
// stubs: Microsoft.IdentityModel.Clients.ActiveDirectory.2.x
using System;
using System.Configuration;
using Microsoft.IdentityModel.Clients.ActiveDirectory;

namespace PartnerSdkSamples.Context
{
    /// <summary>Logs in to Azure AD with the partner's user (App+User token for the Partner Center SDK).</summary>
    public class ScenarioContext
    {
        private AuthenticationResult userToken;

        public AuthenticationResult UserToken
        {
            get
            {
                if (this.userToken == null || this.userToken.ExpiresOn <= DateTimeOffset.UtcNow.AddMinutes(5))
                {
                    this.userToken = this.LoginUserToAad();
                }

                return this.userToken;
            }
        }

        private AuthenticationResult LoginUserToAad()
        {
            var authContext = new AuthenticationContext(ConfigurationManager.AppSettings["UserAuthentication.AuthenticationEndpoint"] + "/" + ConfigurationManager.AppSettings["UserAuthentication.Domain"]);

            var userCredentials = {|CFA1004:new UserCredential(
                ConfigurationManager.AppSettings["UserAuthentication.UserName"],
                ConfigurationManager.AppSettings["UserAuthentication.Password"])|};

            return authContext.AcquireToken(
                ConfigurationManager.AppSettings["UserAuthentication.ResourceUrl"],
                ConfigurationManager.AppSettings["UserAuthentication.ApplicationId"],
                userCredentials);
        }
    }
}
