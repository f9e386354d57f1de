// source: https://github.com/anhvoduy/sharepoint-app-expense test_console/NetCoreSharePoint/Program.cs and the Microsoft docs
// source:   sample it copies ("Using CSOM for .NET Standard": an AuthenticationManager class posting grant_type=password;
// source:   Main passes a literal password to a GetSecureString(plainString) helper that fills a SecureString by a loop)
using System;
using System.Net;
using System.Net.Http;
using System.Security;
using System.Text;
using System.Threading.Tasks;

namespace NetCoreSharePoint
{
    public class AuthenticationManager : IDisposable
    {
        private static readonly HttpClient httpClient = new HttpClient();
        private const string defaultAADAppId = "986002f6-c3f6-43ab-913e-78cca185c392";

        public async Task<string> AcquireTokenAsync(Uri resourceUri, string username, SecureString password)
        {
            string resource = $"{resourceUri.Scheme}://{resourceUri.DnsSafeHost}";
            var clientId = defaultAADAppId;
            var body = {|CFA2001:$"resource={resource}&client_id={clientId}&grant_type=password&username={WebUtility.UrlEncode(username)}&password={WebUtility.UrlEncode(new NetworkCredential(string.Empty, password).Password)}"|};
            using (var stringContent = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"))
            {
                var result = await httpClient.PostAsync("https://login.microsoftonline.com/common/oauth2/token", stringContent).ConfigureAwait(false);
                return await result.Content.ReadAsStringAsync().ConfigureAwait(false);
            }
        }

        public void Dispose()
        {
        }
    }

    public class Program
    {
        public static SecureString GetSecureString(string plainString)
        {
            if (plainString == null)
                return null;

            SecureString secureString = new SecureString();
            foreach (char c in {|+p:plainString.ToCharArray()|})
            {
                secureString.AppendChar(c);
            }
            return secureString;
        }

        public static async Task Main(string[] args)
        {
            Uri site = new Uri("https://contoso.sharepoint.com/sites/develop/");
            string user = "admin@contoso.onmicrosoft.com";
            string password = {|CFA2002#p:"Summer2020!"|};
            SecureString securePassword = GetSecureString(password);

            using (var authenticationManager = new AuthenticationManager())
            {
                string token = await authenticationManager.AcquireTokenAsync(site, user, securePassword);
                Console.WriteLine(token.Length);
            }
        }
    }
}
