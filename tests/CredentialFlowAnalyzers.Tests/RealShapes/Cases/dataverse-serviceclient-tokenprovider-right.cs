// source: https://github.com/microsoft/PowerApps-Samples dataverse/orgsvc (ServiceClient(instanceUrl, tokenProviderFunction,
// source:   useUniqueInstance) with an access token from elsewhere) and the client-secret connection string the docs show.
// source:   No user password: no diagnostic.
// stubs: Microsoft.PowerPlatform.Dataverse.Client
// refs: modern
using System;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace FunctionApp.Helper
{
    public static class CrmHelper
    {
        public static ServiceClient GetServiceClient(string accessToken)
        {
            Uri orgUri = new Uri(Environment.GetEnvironmentVariable("CRM_URL"));
            return new ServiceClient(orgUri, instanceUri => Task.FromResult(accessToken), true);
        }

        public static ServiceClient GetAppClient(string url, string clientId, string secret)
        {
            string connectionString = $@"
    AuthType = ClientSecret;
    Url = {url};
    ClientId = {clientId};
    Secret = {secret}";
            return new ServiceClient(connectionString);
        }
    }
}
