// source: public Office 365 provisioning class of 2013-2016 (LoginToOffice365: MSOnline runspace with new Command(
// source:   "Connect-MsolService") + Parameters.Add("Credential", cred), then "now connect to MS Live Powershell" with
// source:   WSManConnectionInfo(new Uri("https://ps.outlook.com/PowerShell-LiveID?PSVersion=2.0"), Microsoft.Exchange, cred),
// source:   AuthenticationMechanism.Basic, SkipCACheck, MaximumConnectionRedirectionCount = 30)
// refs: modern, ps76
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace Office365Provisioning
{
    public class Office365Connection : IDisposable
    {
        private readonly string adminUsername;
        private readonly SecureString adminPassword;
        private PowerShell MSOLPowershell;
        private PowerShell LivePowershell;

        public Office365Connection(string adminUsername, SecureString adminPassword)
        {
            this.adminUsername = adminUsername;
            this.adminPassword = adminPassword;
        }

        public bool LoginToOffice365()
        {
            InitialSessionState iss = InitialSessionState.CreateDefault();
            string[] modules = { {|CFA3004:"MSOnline"|} };
            iss.ImportPSModule(modules);

            PSCredential cred = new PSCredential(adminUsername, adminPassword);
            Runspace rs = RunspaceFactory.CreateRunspace(iss);
            rs.Open();
            MSOLPowershell = PowerShell.Create();
            MSOLPowershell.Runspace = rs;
            Command connectCommand = new Command({|CFA3001:"Connect-MsolService"|});
            connectCommand.Parameters.Add("Credential", cred);
            MSOLPowershell.Commands.AddCommand(connectCommand);
            try
            {
                MSOLPowershell.Invoke();
                MSOLPowershell.Commands.Clear();
                WSManConnectionInfo connectionInfo = {|CFA3001:new WSManConnectionInfo(new Uri("https://ps.outlook.com/PowerShell-LiveID?PSVersion=2.0"), "http://schemas.microsoft.com/powershell/Microsoft.Exchange", cred)|};
                connectionInfo.AuthenticationMechanism = AuthenticationMechanism.Basic;
                connectionInfo.SkipCACheck = true;
                connectionInfo.SkipCNCheck = true;
                connectionInfo.MaximumConnectionRedirectionCount = 30;
                Runspace LRS = RunspaceFactory.CreateRunspace(connectionInfo);
                LRS.Open();
                LivePowershell = PowerShell.Create();
                LivePowershell.Runspace = LRS;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public void Dispose()
        {
            MSOLPowershell?.Dispose();
            LivePowershell?.Dispose();
        }
    }
}
