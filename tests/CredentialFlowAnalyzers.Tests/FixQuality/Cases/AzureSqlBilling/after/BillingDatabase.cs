// Models billing exports that read Azure SQL as a partner service account with Microsoft.Data.SqlClient
// ("Connect to Azure SQL with Microsoft Entra authentication and SqlClient", the Active Directory Password examples,
// 2020-2023): a connection string constant, and a SqlConnectionStringBuilder filled from IConfiguration.
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

namespace Contoso.Billing
{
    public sealed class BillingDatabase
    {
        private const string InvoicesConnectionString =
            "Server=tcp:contoso-billing.database.windows.net,1433;Database=Invoices;Authentication=Active Directory Default;Encrypt=True";

        private readonly IConfiguration _configuration;

        public BillingDatabase(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public SqlConnection OpenInvoices()
        {
            var connection = new SqlConnection(InvoicesConnectionString);
            connection.Open();
            return connection;
        }

        public SqlConnection OpenUsage()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "tcp:contoso-billing.database.windows.net,1433",
                InitialCatalog = "Usage",
                Authentication = SqlAuthenticationMethod.ActiveDirectoryDefault,
                Encrypt = SqlConnectionEncryptOption.Mandatory,
            };
            var connection = new SqlConnection(builder.ConnectionString);
            connection.Open();
            return connection;
        }
    }
}
