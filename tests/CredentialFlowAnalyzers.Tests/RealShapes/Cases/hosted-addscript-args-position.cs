// source: Windows PowerShell 5.1 hosting code that passes the credential by position (InvokeCommand.InvokeScript(
// source:   "... -credential $args[0]", ..., Credential) in IIS admin cmdlets; the same with PowerShell.AddScript(...).AddArgument(...)
// source:   against MSOnline, as asked for in public Q&A)
// refs: modern, ps76
using System.Management.Automation;

namespace TenantTools
{
    internal sealed class MsolSession
    {
        public void Connect(PSCredential credential)
        {
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddScript("{|CFA3004:Import-Module MSOnline|}; {|CFA3001:Connect-MsolService -Credential $args[0]|}").AddArgument(credential);
                ps.Invoke();
            }
        }
    }
}
