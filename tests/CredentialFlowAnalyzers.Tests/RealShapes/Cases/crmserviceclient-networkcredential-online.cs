// source: https://learn.microsoft.com/dotnet/api/microsoft.xrm.tooling.connector.crmserviceclient (constructor with a
// source:   NetworkCredential, AuthenticationType, host, port and org name) as partner tools called it for online orgs
// source:   (AuthenticationType.Office365 to <org>.crm.dynamics.com), next to the on-premises AD call that stays
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using System.Net;
using Microsoft.Xrm.Tooling.Connector;

namespace CrmMigration
{
    internal static class Connections
    {
        public static CrmServiceClient Online(string user, string password)
        {
            var credential = new NetworkCredential(user, password);
            return {|CFA4006:new CrmServiceClient(credential, AuthenticationType.Office365, "contoso.crm.dynamics.com", "443", "contoso", useUniqueInstance: false, useSsl: true)|};
        }

        public static CrmServiceClient OnPremises()
        {
            return new CrmServiceClient(CredentialCache.DefaultNetworkCredentials, AuthenticationType.AD, "crm.contoso.local", "80", "Contoso");
        }
    }
}
