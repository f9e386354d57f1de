// source: https://github.com/thycotic/API REST/PowerShell/getting-started/Authentication (the same request in C# samples of
// source:   the 2010s: the body string grows statement by statement with +=, then goes to WebClient.UploadString)
using System.Net;

namespace LegacySync
{
    internal static class OAuthLogin
    {
        public static string GetToken(string clientId, string user, string password)
        {
            string body = {|CFA2001:"grant_type=password"|};
            body += "&client_id=" + clientId;
            body += "&resource=" + WebUtility.UrlEncode("https://graph.windows.net");
            body += "&username=" + WebUtility.UrlEncode(user);
            body += "&password=" + WebUtility.UrlEncode(password);

            using (var client = new WebClient())
            {
                client.Headers[HttpRequestHeader.ContentType] = "application/x-www-form-urlencoded";
#pragma warning disable SYSLIB0014
                return client.UploadString("https://login.microsoftonline.com/common/oauth2/token", body);
#pragma warning restore SYSLIB0014
            }
        }
    }
}
