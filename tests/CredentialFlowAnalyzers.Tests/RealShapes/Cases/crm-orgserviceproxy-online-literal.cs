// source: https://github.com/gmc453/connectCRM connectCRM/Program.cs (ClientCredentials with a literal user and password,
// source:   new OrganizationServiceProxy(oUri, null, clientCredentials, null), RetrieveVersionRequest) pointed at an online org
// target: net472
// stubs: Microsoft.Xrm.Sdk
using System;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace Carl.Crm.OrgServiceProxy
{
    class Program
    {
        static void Main(string[] args)
        {
            try
            {
                Uri oUri = new Uri("https://contoso.api.crm4.dynamics.com/XRMServices/2011/Organization.svc");
                ClientCredentials clientCredentials = new ClientCredentials();
                clientCredentials.UserName.UserName = "crmadmin@contoso.onmicrosoft.com";
                clientCredentials.UserName.Password = {|CFA2002:"Crm#2021"|};

                OrganizationServiceProxy _serviceProxy = {|CFA4006:new OrganizationServiceProxy(oUri, null, clientCredentials, null)|};
                _serviceProxy.EnableProxyTypes();

                var versionResponse = _serviceProxy.Execute(new OrganizationRequest("RetrieveVersion"));
                Console.WriteLine("Microsoft Dynamics CRM version {0}.", versionResponse);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.ToString());
            }
        }
    }
}
