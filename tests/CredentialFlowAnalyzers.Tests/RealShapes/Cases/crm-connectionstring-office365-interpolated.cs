// source: https://github.com/AshV/Dynamics365ConsoleCaller D365CC/Connect.cs (GetOrganizationService(userName, password,
// source:   loginUri): new CrmServiceClient($@"Url={loginUri}; Username={userName}; Password={password}; authtype=Office365"),
// source:   next to a ClientSecret variant that signs in the right way)
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using System;
using Microsoft.Xrm.Tooling.Connector;

namespace Dynamics365ConsoleCaller
{
    public class Connect
    {
        public static CrmServiceClient GetOrganizationServiceClientSecret(string clientId, string clientSecret, string organizationUri)
        {
            return new CrmServiceClient($@"AuthType=ClientSecret;url={organizationUri};ClientId={clientId};ClientSecret={clientSecret}");
        }

        public static CrmServiceClient GetOrganizationService(string userName, string password, string loginUri)
        {
            try
            {
                return new CrmServiceClient({|CFA4006:$@"Url={loginUri}; Username={userName}; Password={password}; authtype=Office365"|});
            }
            catch (Exception ex)
            {
                Console.WriteLine("Error while connecting to CRM " + ex.Message);
                return null;
            }
        }
    }
}
