// source: https://github.com/MicrosoftDocs/office-docs-powershell (app-only authentication for unattended scripts in Exchange
// source:   Online PowerShell: Connect-ExchangeOnline -CertificateThumbPrint -AppID -Organization) hosted from C# with
// source:   SessionStateProxy.SetVariable for the values. No diagnostic.
// refs: modern, ps76
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ExoReports
{
    internal static class AppOnlyReport
    {
        public static int Count(string appId, string thumbprint, string organization)
        {
            using (Runspace r = RunspaceFactory.CreateRunspace())
            {
                r.Open();
                using (PowerShell ps = PowerShell.Create())
                {
                    ps.Runspace = r;
                    r.SessionStateProxy.SetVariable("AppId", appId);
                    r.SessionStateProxy.SetVariable("Thumb", thumbprint);
                    r.SessionStateProxy.SetVariable("Org", organization);
                    ps.AddScript("Connect-ExchangeOnline -CertificateThumbPrint $Thumb -AppID $AppId -Organization $Org -ShowBanner:$false; (Get-Mailbox).Count");
                    return ps.Invoke().Count;
                }
            }
        }
    }
}
