using System;
using System.Configuration;
using System.Management.Automation;
using System.Security;

namespace PartnerSync
{
    /// <summary>Reads each customer's license counts through the MSOnline module, hosted in-process.</summary>
    internal sealed class LicenseReport
    {
        public void Print(string customerTenantId)
        {
            string userName = ConfigurationManager.AppSettings["SyncUser"];
            var password = new SecureString();
            foreach (char c in ConfigurationManager.AppSettings["SyncPassword"] ?? string.Empty)
            {
                password.AppendChar(c);
            }

            var credential = new PSCredential(userName, password);

            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand("Import-Module").AddArgument("MSOnline");
                ps.AddStatement().AddCommand("Connect-MsolService").AddParameter("Credential", credential);
                ps.AddStatement().AddCommand("Get-MsolAccountSku").AddParameter("TenantId", customerTenantId);
                foreach (PSObject sku in ps.Invoke())
                {
                    Console.WriteLine(sku.Properties["AccountSkuId"]?.Value + ": " + sku.Properties["ConsumedUnits"]?.Value);
                }
            }
        }
    }
}
