// source: https://github.com/ITDreamers/azure-activedirectory-library-for-dotnet samples/D365CrmConsoleApp (XrmTooling
// source:   CrmServiceClient) and the XrmTooling reference: CrmServiceClient(crmUserId, crmPassword, crmRegion, orgName,
// source:   useUniqueInstance, useSsl, orgDetail, isOffice365) for online orgs
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using System.Security;
using Microsoft.Xrm.Tooling.Connector;

namespace D365CrmConsoleApp
{
    class Program
    {
        private static CrmServiceClient _client;

        public static void Connect(string user, SecureString password)
        {
            _client = {|CFA4006:new CrmServiceClient(user, password, "EMEA", "contoso", useUniqueInstance: false, useSsl: true, isOffice365: true)|};
        }
    }
}
