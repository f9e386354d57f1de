// source: https://github.com/OfficeDev/PnP samples of the PnP Sites Core era (console jobs: siteUrl, user name and password
// source:   from App.config, new AuthenticationManager().GetAzureADCredentialsContext(siteUrl, userName, password) in a using
// source:   block); the configured password feeds the sign-in, which is the one finding
// target: net472
// stubs: OfficeDevPnP.Core
using System;
using System.Configuration;
using Microsoft.SharePoint.Client;
using OfficeDevPnP.Core;

namespace Contoso.Jobs.SiteInventory
{
    internal static class Program
    {
        private static void Main()
        {
            string siteUrl = ConfigurationManager.AppSettings["SiteUrl"];
            string userName = ConfigurationManager.AppSettings["SPOUser"];
            string password = ConfigurationManager.AppSettings["SPOPassword"];

            using (ClientContext ctx = {|CFA4005:new AuthenticationManager().GetAzureADCredentialsContext(siteUrl, userName, password)|})
            {
                ctx.Load(ctx.Web, w => w.Title);
                ctx.ExecuteQuery();
                Console.WriteLine(ctx.Web.Title);
            }
        }
    }
}
