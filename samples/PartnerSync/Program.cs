using System;
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
            new SyncReportMailer().Send("Partner sync finished", "Customers and subscriptions are up to date.");
            return 0;
        }
    }
}
