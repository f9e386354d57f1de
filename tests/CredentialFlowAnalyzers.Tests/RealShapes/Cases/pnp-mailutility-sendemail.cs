// source: public InfrastructureAsCode.Core SendMailExtensions (PnP Sites Core MailUtility.SendEmail(Server, fromAddress,
// source:   fromUserPassword, to, cc, subject, body) with Server = "smtp.office365.com") and the MailUtility docs of
// source:   SharePoint/PnP-Sites-Core ("Sends an email via Office 365 SMTP"); SharePoint's own SendEmail utility stays
// target: net472
// stubs: OfficeDevPnP.Core
using System.Collections.Generic;
using Microsoft.SharePoint.Client;
using OfficeDevPnP.Core.Utilities;

namespace InfrastructureAsCode.Core.Extensions
{
    /// <summary>Sends an email using the Office 365 SMTP Service</summary>
    public class SendMailExtensions
    {
        /// <summary>SMTP Relay EndPoint</summary>
        public static string Server = "smtp.office365.com";

        public static void ExecuteCmdlet(string fromAddress, string fromUserPassword, IEnumerable<string> to, IEnumerable<string> cc, string subject, string body, bool sendAsync = false, object asyncUserToken = null)
        {
            {|CFA4001:MailUtility.SendEmail(Server, fromAddress, fromUserPassword, to, cc, subject, body, sendAsync, asyncUserToken)|};
        }

        public static void ViaSharePoint(ClientContext context, IEnumerable<string> to, string subject, string body)
        {
            MailUtility.SendEmail(context, to, null, subject, body);
        }
    }
}
