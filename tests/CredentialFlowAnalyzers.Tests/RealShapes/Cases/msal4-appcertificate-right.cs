// source: https://github.com/microsoft/PowerBI-Developer-Samples ".NET Core/Embed for your customers/AppOwnsData/Services/
// source:   AadService.cs" (service principal) and https://github.com/Azure-Samples/active-directory-dotnetcore-daemon-v2
// source:   (certificate from the store, AcquireTokenForClient with /.default). App-only: no diagnostic.
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace daemon_console
{
    internal static class AppOnlyToken
    {
        public static async Task<string> GetAsync(string clientId, string tenantId, string thumbprint)
        {
            X509Certificate2 certificate;
            using (var store = new X509Store(StoreName.My, StoreLocation.CurrentUser))
            {
                store.Open(OpenFlags.ReadOnly);
                certificate = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, false).OfType<X509Certificate2>().Single();
            }

            IConfidentialClientApplication app = ConfidentialClientApplicationBuilder.Create(clientId)
                .WithCertificate(certificate)
                .WithAuthority($"https://login.microsoftonline.com/{tenantId}")
                .Build();
            AuthenticationResult result = await app.AcquireTokenForClient(new[] { "https://analysis.windows.net/powerbi/api/.default" }).ExecuteAsync();
            return result.AccessToken;
        }
    }
}
