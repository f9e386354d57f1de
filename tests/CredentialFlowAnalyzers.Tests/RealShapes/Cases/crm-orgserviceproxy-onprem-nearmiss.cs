// source: https://github.com/UnitTestHiweb/RequestSupport_B2B_B2C_CRM ConsoleApp1/ConsoleApp1/Connetion_CRM.cs (on-premises
// source:   CRM: ClientCredentials with a literal DOMAIN\user password against an http://<server>/<org>/XRMServices URL) and
// source:   the Windows-credential variant. On-premises is not an Entra sign-in; the hard-coded password is still a finding.
// target: net472
// stubs: Microsoft.Xrm.Sdk
using System;
using System.Net;
using System.ServiceModel.Description;
using Microsoft.Xrm.Sdk.Client;

namespace ConsoleApp1
{
    class Connetion_CRM
    {
        public static OrganizationServiceProxy GetOrgService()
        {
            Uri url = new Uri("http://portal.contoso.local/Contoso/XRMServices/2011/Organization.svc");
            ClientCredentials clientCredentials = new ClientCredentials();
            clientCredentials.UserName.UserName = @"contoso\crm.service";
            clientCredentials.UserName.Password = {|CFA2002:"Serv1ce!2019"|};
            OrganizationServiceProxy orgService = new OrganizationServiceProxy(url, null, clientCredentials, null);
            orgService.Timeout = new TimeSpan(0, 5, 0);
            return orgService;
        }

        public static OrganizationServiceProxy GetOrgServiceIntegrated()
        {
            Uri url = new Uri("http://dynamicv9/Demo/XRMServices/2011/Organization.svc");
            ClientCredentials clientCredentials = new ClientCredentials();
            clientCredentials.Windows.ClientCredential = CredentialCache.DefaultNetworkCredentials;
            return new OrganizationServiceProxy(url, null, clientCredentials, null);
        }
    }
}
