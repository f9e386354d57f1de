// source: public notification code sending through smtp.office365.com (new SmtpClient(host, 587) { EnableSsl = true },
// source:   Credentials = new NetworkCredential("...@contoso.com", "...")), the same shape as the PowerShell
// source:   Net.Mail.SmtpClient snippets for Office 365 relay
using System.Net;
using System.Net.Mail;

namespace Alerts
{
    internal static class Smtp
    {
        public static void Send(string to, string subject, string body)
        {
            var client = new SmtpClient("smtp.office365.com", 587);
            client.EnableSsl = true;
            {|CFA4001:client.Credentials = new NetworkCredential("alerts@contoso.com", {|CFA2002:"Alerts#2019"|})|};
            client.Send("alerts@contoso.com", to, subject, body);
        }
    }
}
