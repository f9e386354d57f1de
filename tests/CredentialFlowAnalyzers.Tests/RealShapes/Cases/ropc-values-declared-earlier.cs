// source: https://github.com/dumians/WebApp-WebAPI ToDoList.ConsoleTestApp/TokenProvider.cs and Stack Overflow answers it
// source:   follows: the pairs are declared first and filled later in a branch, then posted with FormUrlEncodedContent
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace ConsoleTestApp
{
    public class TokenProvider
    {
        private readonly string _tokenEndpoint;

        public TokenProvider(string tokenEndpoint)
        {
            _tokenEndpoint = tokenEndpoint;
        }

        public async Task<string> AcquireToken(string userName, string password, string refreshToken)
        {
            List<KeyValuePair<string, string>> values;
            if (string.IsNullOrEmpty(refreshToken))
            {
                values = new List<KeyValuePair<string, string>>
                {
                    {|CFA2001:new KeyValuePair<string, string>("grant_type", "password")|},
                    new KeyValuePair<string, string>("username", userName),
                    new KeyValuePair<string, string>("password", password),
                    new KeyValuePair<string, string>("client_id", "0a5b7c3e-1111-4222-8333-944455556666"),
                    new KeyValuePair<string, string>("resource", "https://graph.windows.net"),
                };
            }
            else
            {
                values = new List<KeyValuePair<string, string>>
                {
                    new KeyValuePair<string, string>("grant_type", "refresh_token"),
                    new KeyValuePair<string, string>("refresh_token", refreshToken),
                    new KeyValuePair<string, string>("client_id", "0a5b7c3e-1111-4222-8333-944455556666"),
                };
            }

            using (var client = new HttpClient())
            {
                HttpResponseMessage response = await client.PostAsync(_tokenEndpoint, new FormUrlEncodedContent(values));
                return await response.Content.ReadAsStringAsync();
            }
        }
    }
}
