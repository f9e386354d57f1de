// source: public Dataverse solution tools (OrganizationHelper.CreateOrganizationService(CrmCredentials credentials): the
// source:   connection string starts with Url=, gets "Username=...;Password=...;" appended when both are set, then
// source:   "AuthType=OAuth;AppId=...;RedirectUri=...;LoginPrompt=..." appended)
// target: net472
// stubs: Microsoft.Xrm.Tooling.Connector
using Microsoft.Xrm.Tooling.Connector;

namespace SolutionManager.App.Helpers
{
    public class CrmCredentials
    {
        public string OrganizationUri { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
    }

    public static class OrganizationHelper
    {
        public static CrmServiceClient CreateOrganizationService(CrmCredentials credentials)
        {
            // Connect to the CRM web service using a connection string.
            string connectionString = $@"Url={credentials.OrganizationUri};";

            if (!string.IsNullOrEmpty(credentials.UserName) && !string.IsNullOrEmpty(credentials.Password))
                connectionString += {|CFA4006:$"Username={credentials.UserName};Password={credentials.Password};"|};

            connectionString += "AuthType=OAuth;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Never";

            return new CrmServiceClient(connectionString);
        }
    }
}
