using System.Configuration;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PartnerSync
{
    /// <summary>Mails the nightly sync summary to the billing operations mailbox through Exchange Online.</summary>
    internal sealed class SyncReportMailer
    {
        private const string SmtpHost = "smtp.office365.com";
        private const int SmtpPort = 587;

        public void Send(string subject, string body)
        {
            string sender = ConfigurationManager.AppSettings["ReportSender"];
            string password = ConfigurationManager.AppSettings["ReportSenderPassword"];

            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(sender));
            message.To.Add(MailboxAddress.Parse(ConfigurationManager.AppSettings["ReportRecipient"]));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };

            using (var client = new SmtpClient())
            {
                client.Connect(SmtpHost, SmtpPort, SecureSocketOptions.StartTls);
                client.Authenticate(sender, password);
                client.Send(message);
                client.Disconnect(true);
            }
        }
    }
}
