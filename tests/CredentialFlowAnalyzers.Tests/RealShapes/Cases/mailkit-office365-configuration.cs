// source: https://github.com/jstedfast/MailKit (SmtpClient.Connect("smtp.office365.com", 587, StartTls), Authenticate(user,
// source:   password)) as used by ASP.NET Core apps with an EmailSettings section (andocom/milton EmailSettings: SmtpServer
// source:   smtp.office365.com, Port 587, Username, Password); the configured password feeds the sign-in: one finding
// refs: modern, mailkit
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Milton.Email
{
    public sealed class EmailSender
    {
        private readonly IConfiguration _configuration;

        public EmailSender(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public async Task SendAsync(MimeMessage message)
        {
            using (var client = new SmtpClient())
            {
                await client.ConnectAsync("smtp.office365.com", 587, SecureSocketOptions.StartTls);
                string password = _configuration["EmailSettings:Password"];
                await {|CFA4002:client.AuthenticateAsync(_configuration["EmailSettings:Username"], password)|};
                await client.SendAsync(message);
                await client.DisconnectAsync(true);
            }
        }
    }
}
