// Models the provisioning services of MSP portals that drive Exchange Online PowerShell and the MSOnline module from C#
// (hosted Windows PowerShell, as in the "Office 365 provisioning from C#" samples and community answers, 2017-2021): one
// PSCredential built from appSettings by a helper, passed to Connect-ExchangeOnline and Connect-MsolService.
using System.Collections.ObjectModel;
using System.Configuration;
using System.Management.Automation;

namespace Contoso.Msp.Provisioning
{
    public sealed class MailboxProvisioning
    {
        public Collection<PSObject> CreateSharedMailbox(string name, string alias)
        {
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand("Import-Module").AddParameter("Name", "ExchangeOnlineManagement");
                ps.AddStatement().AddCommand("Connect-ExchangeOnline").AddParameter("AppId", ConfigurationManager.AppSettings["SecureApp:ClientId"]).AddParameter("CertificateThumbprint", ConfigurationManager.AppSettings["SecureApp:CertificateThumbprint"]).AddParameter("Organization", ConfigurationManager.AppSettings["Exchange:Organization"]).AddParameter("ShowBanner", false);
                ps.AddStatement().AddCommand("New-Mailbox").AddParameter("Shared").AddParameter("Name", name).AddParameter("Alias", alias);
                return ps.Invoke();
            }
        }

        public Collection<PSObject> ListSubscribedSkus()
        {
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand("Connect-MgGraph").AddParameter("ClientId", ConfigurationManager.AppSettings["SecureApp:ClientId"]).AddParameter("TenantId", ConfigurationManager.AppSettings["SecureApp:TenantId"]).AddParameter("CertificateThumbprint", ConfigurationManager.AppSettings["SecureApp:CertificateThumbprint"]);
                ps.AddStatement().AddCommand("Get-MsolAccountSku");
                return ps.Invoke();
            }
        }
    }
}
