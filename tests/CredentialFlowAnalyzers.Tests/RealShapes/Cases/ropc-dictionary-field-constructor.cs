// source: https://github.com/microsoft/PowerBI-Developer-Samples (master-user REST calls of the early App Owns Data samples)
// source:   as rewritten by partners without ADAL: the token request body is a field built in the constructor and posted later
// source:   (reported at the field where the member that sends it passes it, so the diagnostic stays local to that member)
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace PowerBiReports
{
    internal sealed class MasterUserTokenClient
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly Dictionary<string, string> _tokenRequestBody;

        public MasterUserTokenClient(string clientId, string masterUser, string masterPassword)
        {
            _tokenRequestBody = new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = clientId,
                ["resource"] = "https://analysis.windows.net/powerbi/api",
                ["username"] = masterUser,
                ["password"] = masterPassword,
            };
        }

        public async Task<string> GetTokenJsonAsync()
        {
            using (var response = await _http.PostAsync("https://login.microsoftonline.com/common/oauth2/token", new FormUrlEncodedContent({|CFA2001:_tokenRequestBody|})))
            {
                return await response.Content.ReadAsStringAsync();
            }
        }
    }
}
