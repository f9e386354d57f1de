// source: public Web API projects of 2019-2022 (TicketSystemApi-style CrmService: CrmUsername / CrmPassword / CrmServiceUrl
// source:   from ConfigurationManager.AppSettings into ClientCredentials, then OrganizationServiceProxy); the configured
// source:   password feeds the sign-in, which is the one finding
// target: net472
// stubs: Microsoft.Xrm.Sdk
using System;
using System.Configuration;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace TicketSystemApi.Services
{
    public interface ICrmService
    {
        IOrganizationService GetService();
    }

    public class CrmService : ICrmService
    {
        public IOrganizationService GetService()
        {
            string username = ConfigurationManager.AppSettings["CrmUsername"];
            string password = ConfigurationManager.AppSettings["CrmPassword"];
            string serviceUrl = ConfigurationManager.AppSettings["CrmServiceUrl"];

            Uri serviceUri = new Uri(serviceUrl);

            ClientCredentials credentials = new ClientCredentials();
            credentials.UserName.UserName = username;
            credentials.UserName.Password = password;

            var proxy = {|CFA4006:new OrganizationServiceProxy(serviceUri, null, credentials, null)|};
            proxy.Timeout = TimeSpan.FromMinutes(2);
            return proxy;
        }
    }
}
