// lang: 7.3
// source: https://github.com/shendongnian/code code8/1382583-38008891-1.cs (Stack Overflow answer: a List<KeyValuePair> filled
// source:   by Add calls, grant_type=password among them, posted with FormUrlEncodedContent to login.windows.net/{tenant}/oauth2/token)
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

public class AuthenticationResponse
{
    public string token_type { get; set; }
    public string access_token { get; set; }
    public string refresh_token { get; set; }
}

public static class TokenClient
{
    private const string ClientId = "0a5b7c3e-1111-4222-8333-944455556666";
    private const string ResourceId = "https://analysis.windows.net/powerbi/api";
    private const string Tenant = "contoso.onmicrosoft.com";
    private static readonly string Password = System.Environment.GetEnvironmentVariable("APP_SECRET");

    public static async Task<string> GetAuthenticationResponse(string user, string userPassword)
    {
        List<KeyValuePair<string, string>> vals = new List<KeyValuePair<string, string>>();
        vals.Add(new KeyValuePair<string, string>("client_id", ClientId));
        vals.Add(new KeyValuePair<string, string>("resource", ResourceId));
        vals.Add(new KeyValuePair<string, string>("username", user));
        vals.Add(new KeyValuePair<string, string>("password", userPassword));
        vals.Add({|CFA2001:new KeyValuePair<string, string>("grant_type", "password")|});
        vals.Add(new KeyValuePair<string, string>("client_secret", Password));

        string url = string.Format("https://login.windows.net/{0}/oauth2/token", Tenant);
        using (HttpClient httpClient = new HttpClient())
        {
            httpClient.DefaultRequestHeaders.Add("Cache-Control", "no-cache");
            HttpContent content = new FormUrlEncodedContent(vals);
            HttpResponseMessage hrm = await httpClient.PostAsync(url, content);
            return await hrm.Content.ReadAsStringAsync();
        }
    }
}
