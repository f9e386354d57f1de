// source: public C# remote-execution helpers that hand the PSCredential to the script through
// source:   runspace.SessionStateProxy.SetVariable("Credential", credential) and reference it as $Credential in AddScript text
// source:   (the New-PSSession helper pattern), here driving Connect-ExchangeOnline as partner tools did
// refs: modern, ps76
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ExoReports
{
    internal static class MailboxReport
    {
        public static int Count(string user, System.Security.SecureString password)
        {
            using (Runspace r = RunspaceFactory.CreateRunspace())
            {
                r.Open();
                using (PowerShell ps = PowerShell.Create())
                {
                    ps.Runspace = r;
                    var credential = new PSCredential(user, password);
                    r.SessionStateProxy.SetVariable("Credential", credential);
                    ps.AddScript("{|CFA3001:Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false|}" + System.Environment.NewLine + "(Get-Mailbox -ResultSize Unlimited).Count");
                    return ps.Invoke().Count;
                }
            }
        }
    }
}
