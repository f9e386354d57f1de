// source: public App.config notification samples (appSettings SmtpServer / SmtpPort / SmtpEnableSsl / SmtpUsername /
// source:   SmtpPassword, "e.g. smtp.office365.com, smtp.gmail.com") read by a small mailer; the host is configuration, so no
// source:   SMTP rule applies and the configured user password is the one finding, at the configuration read
using System.Configuration;
using System.Net;
using System.Net.Mail;

namespace Notifications
{
    internal static class Mailer
    {
        public static void Send(string to, string subject, string body)
        {
            string server = ConfigurationManager.AppSettings["SmtpServer"];
            int port = int.Parse(ConfigurationManager.AppSettings["SmtpPort"]);
            string user = ConfigurationManager.AppSettings["SmtpUsername"];
            string password = {|CFA2003#p:ConfigurationManager.AppSettings["SmtpPassword"]|};

            using (var client = new SmtpClient(server, port))
            {
                client.EnableSsl = bool.Parse(ConfigurationManager.AppSettings["SmtpEnableSsl"]);
                client.Credentials = new NetworkCredential(user, {|+p:password|});
                client.Send(user, to, subject, body);
            }
        }
    }
}
