// source: https://gist.github.com/fraga/1068426 (ExchangePowerShell.GetCredentials(userName, password) builds the PSCredential
// source:   for Exchange Online cmdlets; the caller passes the account) and https://gist.github.com/gscales/66cacbef64087a5c89587f1ce6a739fa
// source:   (new PSCredential(user, new NetworkCredential("", "...").SecurePassword))
// refs: modern, handrolled
using System.Management.Automation;
using System.Net;

namespace ExchangeTools
{
    public static class ExchangePowerShell
    {
        public static PSCredential GetCredentials(string userName, string password)
        {
            return new PSCredential(userName, new NetworkCredential(string.Empty, {|+p:password|}).SecurePassword);
        }

        public static void ConnectOnline()
        {
            PSCredential credential = GetCredentials("admin@contoso.onmicrosoft.com", {|CFA2002#p:"Adm1n-2015"|});
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand({|CFA3001:"Connect-MsolService"|}).AddParameter("Credential", credential);
                ps.Invoke();
            }
        }
    }
}
