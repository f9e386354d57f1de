// source: https://gist.github.com/gscales/d9d49fcab122f4327035b98cabfd1b41 ("MSAL Exchange Online Powershell Interactive
// source:   Logon": an interactive MSAL token put into the PSCredential as "bearer <token>" and sent to powershell-liveid with
// source:   BasicAuthToOAuthConversion=true). No user password: no diagnostic.
// refs: modern, ps76
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Microsoft.Identity.Client;

namespace ExoModernAuth
{
    internal static class Program
    {
        private static void Main()
        {
            string MailboxName = "admin@contoso.com";
            string scope = "https://outlook.office365.com/.default";
            string ClientId = "a0c73c16-a7e3-4564-9a95-2bdf47383716";
            PublicClientApplicationBuilder pcaConfig = PublicClientApplicationBuilder.Create(ClientId);
            pcaConfig.WithAuthority(AadAuthorityAudience.AzureAdMultipleOrgs, false);
            var TokenResult = pcaConfig.Build().AcquireTokenInteractive(new[] { scope })
                .WithPrompt(Prompt.SelectAccount)
                .WithLoginHint(MailboxName).ExecuteAsync().Result;
            System.Security.SecureString secureString = new System.Security.SecureString();
            foreach (char c in ("bearer " + TokenResult.AccessToken))
                secureString.AppendChar(c);
            String WSManURIConnectionString = "https://outlook.office365.com/powershell-liveid?DelegatedOrg=" + MailboxName.Split('@')[1] + "&BasicAuthToOAuthConversion=true";
            PSCredential credential = new PSCredential(MailboxName, secureString);
            WSManConnectionInfo connectionInfo = new WSManConnectionInfo(new Uri(WSManURIConnectionString), "http://schemas.microsoft.com/powershell/Microsoft.Exchange", credential);
            connectionInfo.AuthenticationMechanism = AuthenticationMechanism.Basic;
            connectionInfo.MaximumConnectionRedirectionCount = 2;
            using (Runspace runspace = RunspaceFactory.CreateRunspace(connectionInfo))
            {
                runspace.Open();
            }
        }
    }
}
