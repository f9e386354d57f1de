// source: https://github.com/morganwynne/CRMConnectionTesting CRMConnectionTesting/OrganizationServiceProxyConnection.cs
// source:   (ClientCredentials.UserName.UserName/Password from properties, new OrganizationServiceProxy(serviceUri, null,
// source:   credentials, null), EnableProxyTypes; "fails if Security Defaults is enabled")
// target: net472
// stubs: Microsoft.Xrm.Sdk
using System;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace CRMConnectionTesting
{
    public class OrganizationServiceProxyConnection
    {
        public IOrganizationService Service { get; private set; }

        public string UserName { get; set; }
        public string Password { get; set; }
        public string SoapOrgServiceUri { get; set; }

        public void ConnectToMSCRM()
        {
            ClientCredentials credentials = new ClientCredentials();

            credentials.UserName.UserName = UserName;
            credentials.UserName.Password = Password;

            Uri serviceUri = new Uri(SoapOrgServiceUri);

            OrganizationServiceProxy proxy = {|CFA4006:new OrganizationServiceProxy(serviceUri, null, credentials, null)|};
            proxy.EnableProxyTypes();

            Service = (IOrganizationService)proxy;
        }
    }
}
