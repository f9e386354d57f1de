// Models the provisioning services of MSP portals that drive Exchange Online PowerShell and the MSOnline module from C#
// (hosted Windows PowerShell, as in the "Office 365 provisioning from C#" samples and community answers, 2017-2021): one
// PSCredential built from appSettings by a helper, passed to Connect-ExchangeOnline and Connect-MsolService.
using System.Collections.ObjectModel;
using System.Configuration;
using System.Management.Automation;
using System.Security;

namespace Contoso.Msp.Provisioning
{
    public sealed class MailboxProvisioning
    {
        public Collection<PSObject> CreateSharedMailbox(string name, string alias)
        {
            PSCredential credential = AdminCredential();
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand("Import-Module").AddParameter("Name", "ExchangeOnlineManagement");
                ps.AddStatement().AddCommand("Connect-ExchangeOnline").AddParameter("Credential", credential).AddParameter("ShowBanner", false);
                ps.AddStatement().AddCommand("New-Mailbox").AddParameter("Shared").AddParameter("Name", name).AddParameter("Alias", alias);
                return ps.Invoke();
            }
        }

        public Collection<PSObject> ListSubscribedSkus()
        {
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand("Connect-MsolService").AddParameter("Credential", AdminCredential());
                ps.AddStatement().AddCommand("Get-MsolAccountSku");
                return ps.Invoke();
            }
        }

        private static PSCredential AdminCredential()
        {
            var password = new SecureString();
            foreach (char c in ConfigurationManager.AppSettings["Exchange:AdminPassword"])
            {
                password.AppendChar(c);
            }

            return new PSCredential(ConfigurationManager.AppSettings["Exchange:AdminUser"], password);
        }
    }
}
