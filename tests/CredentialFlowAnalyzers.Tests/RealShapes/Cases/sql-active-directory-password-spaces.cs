// source: https://github.com/dotnet/SqlClient (Authentication keyword parsing: "Active Directory Password", any case and
// source:   spacing) as used by Azure SQL jobs of 2018-2021 (a connection string written with spaces around '=')
// refs: modern, sql
using Microsoft.Data.SqlClient;

namespace Reporting
{
    internal static class Database
    {
        public static SqlConnection Open(string password)
        {
            var connection = new SqlConnection({|CFA4007:"Server = tcp:contoso-reports.database.windows.net,1433; Database = reports; Authentication = Active Directory Password; User ID = reports@contoso.onmicrosoft.com; Encrypt = True" + "; Password = "|} + password);
            connection.Open();
            return connection;
        }
    }
}
