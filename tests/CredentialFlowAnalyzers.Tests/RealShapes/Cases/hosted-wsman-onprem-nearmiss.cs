// source: https://github.com/OfficeDev/Interop-TestSuites (on-premises Exchange remote PowerShell with Kerberos against
// source:   http://<server>/PowerShell/) and public C# remote-execution helpers (WSManConnectionInfo to a Windows host on
// source:   port 5985 with the Microsoft.PowerShell shell). Not Microsoft 365: no diagnostic.
// refs: modern, ps76
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net;

namespace LabAutomation
{
    internal static class RemoteShell
    {
        public static Runspace OpenExchange(PSCredential credential)
        {
            var info = new WSManConnectionInfo(new Uri("http://exch01.contoso.local/PowerShell/"), "http://schemas.microsoft.com/powershell/Microsoft.Exchange", credential)
            {
                AuthenticationMechanism = AuthenticationMechanism.Kerberos,
            };
            Runspace runspace = RunspaceFactory.CreateRunspace(info);
            runspace.Open();
            return runspace;
        }

        public static Runspace OpenHost(string hostname, NetworkCredential credentials)
        {
            var psCreds = new PSCredential(credentials.UserName, credentials.SecurePassword);
            string shellUri = "http://schemas.microsoft.com/powershell/Microsoft.PowerShell";
            WSManConnectionInfo connInfo = new WSManConnectionInfo(false, hostname, 5985, "/wsman", shellUri, psCreds);
            Runspace remoteRunSpace = RunspaceFactory.CreateRunspace(connInfo);
            remoteRunSpace.Open();
            return remoteRunSpace;
        }
    }
}
