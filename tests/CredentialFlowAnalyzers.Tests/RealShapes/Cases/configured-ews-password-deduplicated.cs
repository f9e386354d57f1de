// source: https://github.com/OfficeDev/ews-managed-api samples as used by partner tools (WebCredentials from appSettings,
// source:   Url set to outlook.office365.com/EWS/Exchange.asmx); the configured password feeds a sign-in its own rule reports
// target: net472
// stubs: Microsoft.Exchange.WebServices
using System;
using System.Configuration;
using Microsoft.Exchange.WebServices.Data;

namespace MailboxAudit
{
    internal static class ExchangeConnection
    {
        public static ExchangeService Create()
        {
            string user = ConfigurationManager.AppSettings["ExchangeUser"];
            string password = ConfigurationManager.AppSettings["ExchangePassword"];

            var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1);
            service.Credentials = {|CFA4004:new WebCredentials(user, password)|};
            service.Url = new Uri("https://outlook.office365.com/EWS/Exchange.asmx");
            return service;
        }
    }
}
