// Models the EWS Managed API calendar and room-booking syncs that partner tools ran against Exchange Online
// (https://github.com/OfficeDev/ews-managed-api README "getting started" shape, 2014-2022): WebCredentials with the
// service account's user and password from configuration, the EWS endpoint set by URL.
using System;
using Microsoft.Exchange.WebServices.Data;
using Microsoft.Extensions.Configuration;

namespace Contoso.Helpdesk
{
    public sealed class CalendarSync
    {
        private static readonly Uri EwsEndpoint = new Uri("https://outlook.office365.com/EWS/Exchange.asmx");

        private readonly IConfiguration _configuration;

        public CalendarSync(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public ExchangeService Connect()
        {
            var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);
            service.Credentials = new OAuthCredentials(SecureAppTokenProvider.GetAccessToken("https://outlook.office365.com/.default"));
            service.ImpersonatedUserId = new ImpersonatedUserId(ConnectingIdType.SmtpAddress, _configuration["Ews:User"]);
            service.Url = EwsEndpoint;
            return service;
        }
    }
}
