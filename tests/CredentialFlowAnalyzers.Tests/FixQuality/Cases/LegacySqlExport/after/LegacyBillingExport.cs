// Models .NET Framework billing exports that connect to Azure SQL with System.Data.SqlClient and "Active Directory
// Password" (supported by .NET Framework 4.6 on; the connection-string examples of the Azure SQL docs of 2016-2019, and
// the CSP billing tools built on them): the connection string concatenated from appSettings values, and a
// SqlConnectionStringBuilder.
using System.Data.SqlClient;

namespace Contoso.Billing.Export
{
    public static class LegacyBillingExport
    {
        public static SqlConnection OpenInvoices()
        {
            var connection = new SqlConnection("Server=tcp:contoso-billing.database.windows.net,1433;Database=Invoices;Encrypt=True") { AccessToken = SecureAppTokenProvider.GetAccessToken("https://database.windows.net/.default") };
            connection.Open();
            return connection;
        }

        public static SqlConnection OpenUsage()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "tcp:contoso-billing.database.windows.net,1433",
                InitialCatalog = "Usage",
            };
            var connection = new SqlConnection(builder.ConnectionString) { AccessToken = SecureAppTokenProvider.GetAccessToken("https://database.windows.net/.default") };
            connection.Open();
            return connection;
        }
    }
}
