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
            "Server=tcp:contoso-billing.database.windows.net,1433;Database=Invoices;Authentication=Active Directory Password;User ID=sync@contoso.onmicrosoft.com;Password=Sync-Passw0rd!;Encrypt=True";

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
#pragma warning disable CS0618 // obsolete since Microsoft.Data.SqlClient 7; CFA4007 says what to use instead
                Authentication = SqlAuthenticationMethod.ActiveDirectoryPassword,
#pragma warning restore CS0618
                UserID = _configuration["Sql:User"],
                Password = _configuration["Sql:Password"],
                Encrypt = SqlConnectionEncryptOption.Mandatory,
            };
            var connection = new SqlConnection(builder.ConnectionString);
            connection.Open();
            return connection;
        }
    }
}
