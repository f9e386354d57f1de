// source: public Office 365 admin tools of 2014-2018 (C# "ExcutePowershellCommands": InitialSessionState.CreateDefault(),
// source:   ImportPSModule(new[] { "MSOnline" }), new Command("Connect-MsolService") with Parameters.Add((new CommandParameter(
// source:   "Credential", credential))), each command run through its own Pipeline in a foreach) and
// source:   https://gist.github.com/fraga/1068426 (CommandParameter("Credential", credentials))
// refs: modern, ps76
// lang: 7.3
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace O365Admin
{
    public class MsolUsers
    {
        public string UserName { get; set; }
        public SecureString Password { get; set; }

        public Collection<PSObject> ExcutePowershellCommands()
        {
            Collection<PSObject> userList = null;
            InitialSessionState initialSession = InitialSessionState.CreateDefault();
            initialSession.ImportPSModule(new[] { {|CFA3004:"MSOnline"|} });
            PSCredential credential = new PSCredential(UserName, Password);
            Command connectCommand = new Command({|CFA3001:"Connect-MsolService"|});
            connectCommand.Parameters.Add((new CommandParameter("Credential", credential)));
            Command getUserCommand = new Command("Get-MsolUser");
            using (Runspace psRunSpace = RunspaceFactory.CreateRunspace(initialSession))
            {
                psRunSpace.Open();
                foreach (var com in new Command[] { connectCommand, getUserCommand })
                {
                    var pipe = psRunSpace.CreatePipeline();
                    pipe.Commands.Add(com);
                    Collection<PSObject> results = pipe.Invoke();
                    if (pipe.Error != null && pipe.Error.Count > 0)
                    {
                        throw new System.InvalidOperationException("Connect-MsolService failed");
                    }

                    userList = results;
                }
            }

            return userList;
        }
    }
}
