// Models the token helpers of CSP automation tools that called the Partner Center, Azure AD Graph and Azure Resource
// Manager REST APIs before the SDKs covered every platform (the v1 token requests of the Partner Center samples and
// of CSP reseller portals, 2016-2019): grant_type=password for the partner's admin agent, with the body built as a
// dictionary, as a list of pairs (with a client secret), and as a concatenated string.
using System;
using System.Collections.Generic;
using System.Configuration;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Contoso.Csp.Automation
{
    internal static class PartnerCenterAuth
    {
        private const string TokenEndpoint = "https://login.microsoftonline.com/{0}/oauth2/token";
        private const string PartnerCenterResource = "https://api.partnercenter.microsoft.com";
        private const string GraphResource = "https://graph.windows.net";
        private const string ManagementResource = "https://management.azure.com/";

        private static readonly HttpClient Http = new HttpClient();

        public static async Task<string> GetPartnerCenterTokenAsync(string tenant)
        {
            var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = ConfigurationManager.AppSettings["CspClientId"],
                ["resource"] = PartnerCenterResource,
                ["username"] = ConfigurationManager.AppSettings["CspAdminUser"],
                ["password"] = ConfigurationManager.AppSettings["CspAdminPassword"],
            });
            return await PostAsync(body, tenant);
        }

        public static async Task<string> GetGraphTokenAsync(string tenant)
        {
            var pairs = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("resource", GraphResource),
                new KeyValuePair<string, string>("client_id", ConfigurationManager.AppSettings["CspClientId"]),
                new KeyValuePair<string, string>("client_secret", ConfigurationManager.AppSettings["CspClientSecret"]),
                new KeyValuePair<string, string>("grant_type", "password"),
                new KeyValuePair<string, string>("username", ConfigurationManager.AppSettings["CspAdminUser"]),
                new KeyValuePair<string, string>("password", ConfigurationManager.AppSettings["CspAdminPassword"]),
            };
            return await PostAsync(new FormUrlEncodedContent(pairs), tenant);
        }

        public static async Task<string> GetManagementTokenAsync(string tenant)
        {
            string user = ConfigurationManager.AppSettings["CspAdminUser"];
            string password = ConfigurationManager.AppSettings["CspAdminPassword"];
            if (string.IsNullOrEmpty(password))
            {
                throw new ConfigurationErrorsException("CspAdminPassword is not set.");
            }

            string body = "grant_type=password&client_id=" + ConfigurationManager.AppSettings["CspClientId"]
                + "&resource=" + Uri.EscapeDataString(ManagementResource)
                + "&username=" + Uri.EscapeDataString(user)
                + "&password=" + Uri.EscapeDataString(password);
            return await PostAsync(new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"), tenant);
        }

        private static async Task<string> PostAsync(HttpContent body, string tenant)
        {
            HttpResponseMessage response = await Http.PostAsync(string.Format(TokenEndpoint, tenant), body);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
