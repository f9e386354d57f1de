using System.Configuration;
using System.Data.SqlClient;

namespace PartnerSync
{
    /// <summary>
    /// Writes the synced subscriptions to the billing database in Azure SQL, signing in as the sync account with
    /// "Active Directory Password" (.NET Framework 4.6+), the connection string put together from appSettings the way
    /// the Azure SQL connection-string examples of 2016-2019 did.
    /// </summary>
    internal sealed class SubscriptionStore
    {
        public int CountSubscriptions()
        {
            string connectionString = "Server=tcp:contoso-billing.database.windows.net,1433;Database=Subscriptions;Authentication=Active Directory Password;User ID="
                + ConfigurationManager.AppSettings["SyncUser"] + ";Password=" + ConfigurationManager.AppSettings["SyncPassword"] + ";Encrypt=True";
            using (var connection = new SqlConnection(connectionString))
            using (var command = new SqlCommand("SELECT COUNT(*) FROM dbo.Subscriptions", connection))
            {
                connection.Open();
                return (int)command.ExecuteScalar();
            }
        }
    }
}
