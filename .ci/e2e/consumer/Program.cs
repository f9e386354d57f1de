using System;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace Consumer
{
    internal static class LegacyLogin
    {
        private static readonly string[] Scopes = { "https://graph.microsoft.com/.default" };

        public static async Task<string> SignIn(string user, string password)
        {
            IPublicClientApplication app = PublicClientApplicationBuilder.Create("00000000-0000-0000-0000-000000000001").WithTenantId("contoso.onmicrosoft.com").Build();
#pragma warning disable CS0618
            AuthenticationResult result = await app.AcquireTokenByUsernamePassword(Scopes, user, password).ExecuteAsync();
#pragma warning restore CS0618
            return result.AccessToken;
        }
    }

    internal static class Program
    {
        public static async Task RunAsync()
        {
            string token = await LegacyLogin.SignIn("sync@contoso.onmicrosoft.com", "Hunter2-e2e-Zq7!");
            Console.WriteLine(token.Length);
        }
    }
}
