// source: public Q&A code for hosting MSOnline from C# (InitialSessionState with MSOnline, powershell.Runspace = myRunSpace,
// source:   string myPassword = "..."; foreach (char c in myPassword) secureString.AppendChar(c); connect.Parameters.Add(
// source:   "Credential", new PSCredential("admin@...", secureString)); powershell.Commands.AddCommand(connect))
// refs: modern, ps76
using System;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace LyncTrustedApps
{
    internal static class Program
    {
        private static void Main()
        {
            InitialSessionState iss = InitialSessionState.CreateDefault();
            iss.ImportPSModule(new[] { {|CFA3004:"MSOnline"|} });
            using (Runspace myRunSpace = RunspaceFactory.CreateRunspace(iss))
            {
                myRunSpace.Open();
                using (PowerShell powershell = PowerShell.Create())
                {
                    powershell.Runspace = myRunSpace;
                    Command connect = new Command({|CFA3001:"Connect-MsolService"|});
                    System.Security.SecureString secureString = new System.Security.SecureString();
                    string myPassword = {|CFA2002#p:"Password1"|};
                    foreach (char c in {|+p:myPassword|})
                        secureString.AppendChar(c);

                    connect.Parameters.Add("Credential", new PSCredential("admin@contoso.onmicrosoft.com", secureString));
                    powershell.Commands.AddCommand(connect);

                    Collection<PSObject> results = powershell.Invoke();
                    Console.WriteLine(results.Count);
                }
            }
        }
    }
}
