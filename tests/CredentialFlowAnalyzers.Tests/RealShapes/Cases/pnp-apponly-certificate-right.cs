// source: https://github.com/pnp/PnP-Sites-Core AuthenticationManager.GetAzureADAppOnlyAuthenticatedContext (certificate
// source:   path and certificate password) as used by provisioning jobs. The certificate password is not a user password:
// source:   no diagnostic.
// target: net472
// stubs: OfficeDevPnP.Core
using System;
using Microsoft.SharePoint.Client;
using OfficeDevPnP.Core;

namespace Provisioning.Job
{
    internal static class AppOnly
    {
        public static ClientContext Open(string siteUrl)
        {
            var manager = new AuthenticationManager();
            return manager.GetAzureADAppOnlyAuthenticatedContext(siteUrl, "6a1ad8e5-9d6a-4e6f-9c6b-111122223333", "contoso.onmicrosoft.com", @"C:\certs\provisioning.pfx", Environment.GetEnvironmentVariable("PFX_PASSWORD"));
        }
    }
}
