// source: https://github.com/Azure/azure-sdk-for-net sdk/identity/Azure.Identity (UsernamePasswordCredential samples with the
// source:   user and password from AZURE_USERNAME / AZURE_PASSWORD) used with a Graph-era management client; one finding, at the credential
using System;
using Azure.Core;
using Azure.Identity;

namespace AutomationJobs
{
    internal static class Credentials
    {
        public static TokenCredential ForAutomationAccount()
        {
            string tenantId = Environment.GetEnvironmentVariable("AZURE_TENANT_ID");
            string clientId = Environment.GetEnvironmentVariable("AZURE_CLIENT_ID");
            string username = Environment.GetEnvironmentVariable("AZURE_USERNAME");
            string password = Environment.GetEnvironmentVariable("AZURE_PASSWORD");
#pragma warning disable CS0618
            return {|CFA1002:new UsernamePasswordCredential(username, password, tenantId, clientId)|};
#pragma warning restore CS0618
        }
    }
}
