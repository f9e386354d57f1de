// Models help-desk and ticketing services that poll a support mailbox over IMAP and answer over SMTP with MailKit
// (the "before" of MailKit's ExchangeOAuth2.md and the MailKit issues about Office 365 basic authentication, #524 and
// #1593, 2019-2023): the mailbox's user and password from IConfiguration, read through private properties.
using System;
using System.Threading;
using System.Threading.Tasks;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace Contoso.Helpdesk
{
    public sealed class SupportMailbox
    {
        private readonly IConfiguration _configuration;

        public SupportMailbox(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        private string User => _configuration["Mail:User"] ?? throw new InvalidOperationException("Mail:User is not set.");

        private string Password => _configuration["Mail:Password"] ?? throw new InvalidOperationException("Mail:Password is not set.");

        public async Task<int> CountUnreadAsync(CancellationToken cancellationToken)
        {
            using var imap = new ImapClient();
            await imap.ConnectAsync("outlook.office365.com", 993, SecureSocketOptions.SslOnConnect, cancellationToken);
            await imap.AuthenticateAsync(User, Password, cancellationToken);
            await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            var unread = await imap.Inbox.SearchAsync(SearchQuery.NotSeen, cancellationToken);
            await imap.DisconnectAsync(true, cancellationToken);
            return unread.Count;
        }

        public void SendReply(MimeMessage reply)
        {
            using var smtp = new SmtpClient();
            smtp.Connect("smtp.office365.com", 587, SecureSocketOptions.StartTls);
            smtp.AuthenticationMechanisms.Remove("XOAUTH2");
            smtp.Authenticate(User, Password);
            smtp.Send(reply);
            smtp.Disconnect(true);
        }
    }
}
