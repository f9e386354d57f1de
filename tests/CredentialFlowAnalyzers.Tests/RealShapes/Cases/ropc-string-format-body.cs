// source: https://github.com/shendongnian/code (Stack Overflow answers on ADAL-less ROPC: string.Format of the form body,
// source:   StringContent with application/x-www-form-urlencoded) and ADAL issue #1204 (hand-rolled v1 ROPC on .NET Core)
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace SharePointNetCore
{
    internal static class TokenRequest
    {
        public static async Task<string> RequestAsync(HttpClient client, string tenant, string clientId, string user, string password)
        {
            string body = string.Format({|CFA2001:"resource={0}&client_id={1}&grant_type=password&username={2}&password={3}"|},
                WebUtility.UrlEncode("https://contoso.sharepoint.com"), clientId, WebUtility.UrlEncode(user), WebUtility.UrlEncode(password));
            var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
            var response = await client.PostAsync("https://login.microsoftonline.com/" + tenant + "/oauth2/token", content);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
