// source: https://github.com/parany/shoppingCart ShoppingCart.FrontOffice/App_Start/EmailSettings.cs (SMTP settings class) as
// source:   many shops hard-coded it: a const password handed to NetworkCredential for an SmtpClient whose host comes from settings
using System.Net;
using System.Net.Mail;

namespace ShoppingCart
{
    public class EmailSender
    {
        private const string SmtpUser = "shop-notifications@contoso.com";
        private const string SmtpPassword = {|+p:"Shop#2016notify"|};

        private readonly string _host;
        private readonly int _port;

        public EmailSender(string host, int port)
        {
            _host = host;
            _port = port;
        }

        public void Send(MailMessage message)
        {
            using (var client = new SmtpClient(_host, _port))
            {
                client.EnableSsl = true;
                client.UseDefaultCredentials = false;
                client.Credentials = new NetworkCredential(SmtpUser, {|CFA2002#p:SmtpPassword|});
                client.Send(message);
            }
        }
    }
}
