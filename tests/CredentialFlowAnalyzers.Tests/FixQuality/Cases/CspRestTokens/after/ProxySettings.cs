// Models the outbound-proxy setup that the same CSP tools carried (a service account of the partner's own domain,
// its password in the code), which sits next to the token helpers in such projects.
using System.Configuration;
using System.Net;

namespace Contoso.Csp.Automation
{
    internal static class ProxySettings
    {
        private const string ProxyAccount = "svc-cspsync";

        public static IWebProxy Create()
        {
            return new WebProxy("http://proxy.contoso.local:8080")
            {
                Credentials = new NetworkCredential(ProxyAccount, ConfigurationManager.AppSettings["ProxyPassword"], "CONTOSO"),
            };
        }
    }
}
