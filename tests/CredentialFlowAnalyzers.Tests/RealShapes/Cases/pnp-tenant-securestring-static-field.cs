// source: public SharePoint Online integrations built on PnP Sites Core (a singleton SPContext with a static password field,
// source:   a SecureString filled in a loop, GetSharePointOnlineAuthenticatedContextTenant(siteUrl, user, securePassword))
// target: net472
// stubs: OfficeDevPnP.Core
using System.Security;
using Microsoft.SharePoint.Client;
using OfficeDevPnP.Core;

namespace Contoso.Intranet.Sharepoint
{
    public class SPContext
    {
        private static readonly string SiteUrl = "https://contoso.sharepoint.com/sites/hr";
        private static readonly string User = "svc-intranet@contoso.onmicrosoft.com";
        private static string Password = {|+p:"Intr@net2018"|};

        private static SPContext _instance;

        public static SPContext CurrentInstance
        {
            get
            {
                if (_instance == null)
                    _instance = new SPContext();
                return _instance;
            }
        }

        public ClientContext Open()
        {
            var securePassword = new SecureString();
            foreach (char c in {|CFA2002#p:Password|})
            {
                securePassword.AppendChar(c);
            }

            var manager = new AuthenticationManager();
            return {|CFA4005:manager.GetSharePointOnlineAuthenticatedContextTenant(SiteUrl, User, securePassword)|};
        }
    }
}
