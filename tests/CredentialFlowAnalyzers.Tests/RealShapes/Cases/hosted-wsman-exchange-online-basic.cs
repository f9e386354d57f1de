// source: https://learn.microsoft.com/exchange/client-developer/management/how-to-get-a-list-of-mail-users-by-using-the-exchange-management-shell
// source:   (GetUsersUsingBasicAuth: WSManConnectionInfo to outlook.office365.com/PowerShell-LiveID with the
// source:   Microsoft.Exchange shell URI and a PSCredential, AuthenticationMechanism.Basic, RunspaceFactory.CreateRunspace) and
// source:   public Azure Functions that wrap it (GetAllMailbox(adminName, adminPassword) with a Get-Mailbox pipeline)
// refs: modern, ps76
using System;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace MailboxFunctions
{
    public static class GetAllMailboxFunction
    {
        private static Collection<PSObject> GetAllMailbox(string adminName, string adminPassword)
        {
            const string liveIDConnectionUri = "https://outlook.office365.com/PowerShell-LiveID";
            const string schemaUri = "http://schemas.microsoft.com/powershell/Microsoft.Exchange";
            PSCredential credentials = new PSCredential(adminName, StringToSecureString(adminPassword));

            WSManConnectionInfo connectionInfo = {|CFA3001:new WSManConnectionInfo(
                new Uri(liveIDConnectionUri),
                schemaUri, credentials)|};
            connectionInfo.AuthenticationMechanism = AuthenticationMechanism.Basic;

            using (Runspace runspace = RunspaceFactory.CreateRunspace(connectionInfo))
            {
                runspace.Open();
                using (Pipeline pipe = runspace.CreatePipeline())
                {
                    Command commandGetMailbox = new Command("Get-Mailbox");
                    commandGetMailbox.Parameters.Add("RecipientTypeDetails", "UserMailbox");
                    pipe.Commands.Add(commandGetMailbox);
                    return pipe.Invoke();
                }
            }
        }

        private static SecureString StringToSecureString(string value)
        {
            var secure = new SecureString();
            foreach (char c in value)
            {
                secure.AppendChar(c);
            }

            return secure;
        }
    }
}
