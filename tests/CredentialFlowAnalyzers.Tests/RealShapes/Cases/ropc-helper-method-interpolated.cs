// source: https://github.com/AzureAD/microsoft-authentication-library-for-dotnet issue threads on v2 ROPC without MSAL
// source:   (a queryV2(...) helper joins the body; seen as "resourceOwn" console samples): the body comes from a helper method;
// source:   reported where the member that sends it calls the helper (a local diagnostic, where the IDE offers the fix)
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace resourceOwn
{
    class Program
    {
        const string tokenEndpoint = "https://login.microsoftonline.com/organizations/oauth2/v2.0/token";

        static string esc(string s) => Uri.EscapeDataString(s);

        static string BuildBody(string clientId, string username, string password, string scopes) =>
            $"client_id={esc(clientId)}&scope={esc(scopes)}&username={esc(username)}&password={esc(password)}&grant_type=password";

        static async Task<string> RequestAsync(string clientId, string username, string password)
        {
            using (var http = new HttpClient())
            {
                var content = new StringContent({|CFA2001:BuildBody(clientId, username, password, "offline_access user.read")|}, Encoding.UTF8, "application/x-www-form-urlencoded");
                var response = await http.PostAsync(tokenEndpoint, content);
                return await response.Content.ReadAsStringAsync();
            }
        }

        static void Main(string[] args) => Console.WriteLine(RequestAsync(args[0], args[1], args[2]).Result);
    }
}
