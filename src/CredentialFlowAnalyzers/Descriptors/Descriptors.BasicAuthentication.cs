using CredentialFlowAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers
{
    /// <summary>CFA4xxx: basic (user name + password) authentication to Microsoft 365 services and Azure SQL.</summary>
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor CFA4001SmtpClientBasicAuth = RuleFactory.Create(
            "CFA4001",
            title: "System.Net.Mail.SmtpClient signs in to Microsoft 365 with a password",
            messageFormat: "'{0}' sends a user name and password to a Microsoft 365 SMTP host (SMTP AUTH basic authentication), which Exchange Online is retiring and which cannot satisfy MFA; System.Net.Mail cannot use OAuth: send with Microsoft Graph sendMail, or with MailKit and SaslMechanismOAuth2",
            category: DiagnosticCategories.BasicAuthentication,
            description: "System.Net.Mail.SmtpClient only supports basic (user name and password) authentication. Exchange Online is retiring SMTP AUTH basic authentication for client submission, and a password sign-in cannot satisfy multi-factor authentication. Send mail through Microsoft Graph (users/{id}/sendMail) with an app-only or delegated token, or switch to MailKit with OAuth 2.0 (SaslMechanismOAuth2). There is no automatic fix: the message types differ.");

        public static readonly DiagnosticDescriptor CFA4002MailKitBasicAuth = RuleFactory.Create(
            "CFA4002",
            title: "MailKit signs in to Microsoft 365 with a password",
            messageFormat: "'{0}' signs in to a Microsoft 365 mail host with a password (basic authentication), which Exchange Online has turned off for IMAP and POP and is retiring for SMTP, and which cannot satisfy MFA; authenticate with SaslMechanismOAuth2 and an access token",
            category: DiagnosticCategories.BasicAuthentication,
            description: "MailKit's Authenticate(user, password), Authenticate(ICredentials) and password SASL mechanisms (PLAIN, LOGIN, CRAM-MD5, NTLM, SCRAM) send the password to the server. Exchange Online turned basic authentication off for IMAP and POP in October 2022 and is retiring it for SMTP client submission. Use Authenticate(new SaslMechanismOAuth2(user, accessToken)) with a token from MSAL.");

        public static readonly DiagnosticDescriptor CFA4003MailKitBasicAuthUnknownHost = RuleFactory.Create(
            "CFA4003",
            title: "MailKit signs in with a password to a mail host the code does not name",
            messageFormat: "'{0}' signs in with a password to a mail host that is not a constant in the code; if it is Microsoft 365, basic authentication is off or being retired there: authenticate with SaslMechanismOAuth2 and an access token",
            category: DiagnosticCategories.BasicAuthentication,
            description: "The host MailKit connects to comes from configuration or a parameter, so the analyzer cannot tell whether it is Microsoft 365. If it is, password authentication fails once basic authentication is off and cannot satisfy MFA. Hosts that are constants and not Microsoft 365 (for example smtp.gmail.com with an app password) are not reported.",
            severity: DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor CFA4004ExchangeWebServicesBasicAuth = RuleFactory.Create(
            "CFA4004",
            title: "Exchange Web Services with a user name and password",
            messageFormat: "'{0}' gives Exchange Web Services a user name and password; basic authentication for EWS is off in Exchange Online since October 2022 and cannot satisfy MFA: use OAuthCredentials with an access token",
            category: DiagnosticCategories.BasicAuthentication,
            description: "ExchangeService.Credentials set to WebCredentials(user, password) or a NetworkCredential (through the implicit conversion to ExchangeCredentials) uses basic authentication. Exchange Online turned it off for EWS in October 2022. Use OAuthCredentials with an access token from MSAL (EWS.AccessAsUser.All delegated, or app-only with impersonation), and plan the move to Microsoft Graph as EWS itself is being retired in Exchange Online.");

        public static readonly DiagnosticDescriptor CFA4005SharePointPassword = RuleFactory.Create(
            "CFA4005",
            title: "SharePoint Online sign-in with a user name and password",
            messageFormat: "'{0}' signs in to SharePoint Online with a user name and password, which fails when MFA is enforced; use {1}",
            category: DiagnosticCategories.BasicAuthentication,
            description: "SharePointOnlineCredentials (CSOM) and the PnP AuthenticationManager user/password methods send a user's password (IDCRL or the ROPC grant). Neither can satisfy multi-factor authentication. Use app-only certificate authentication, an access token obtained with MSAL, or an interactive or device-code sign-in.");

        public static readonly DiagnosticDescriptor CFA4006DataversePassword = RuleFactory.Create(
            "CFA4006",
            title: "Dataverse / Dynamics 365 connection with a user name and password",
            messageFormat: "{0} connects to Dataverse with a user name and password ({1}), which fails when MFA is enforced; use AuthType=OAuth with interactive sign-in, AuthType=ClientSecret or Certificate (application user), or a token provider",
            category: DiagnosticCategories.BasicAuthentication,
            description: "AuthType=Office365 (WS-Trust) is deprecated for Dataverse and, like AuthType=OAuth with Username and Password (ROPC) and the CrmServiceClient/ServiceClient password constructors, cannot satisfy multi-factor authentication. Use an application user (ClientSecret or Certificate), interactive OAuth, or ServiceClient's token-provider constructor.");

        public static readonly DiagnosticDescriptor CFA4007SqlActiveDirectoryPassword = RuleFactory.Create(
            "CFA4007",
            title: "SQL connection with Active Directory Password authentication",
            messageFormat: "{0} signs in to Azure SQL with a user name and password (Active Directory Password), which fails when MFA is enforced and is obsolete in Microsoft.Data.SqlClient 7; use Active Directory Default, Managed Identity or Interactive",
            category: DiagnosticCategories.BasicAuthentication,
            description: "Authentication=Active Directory Password (SqlAuthenticationMethod.ActiveDirectoryPassword) uses the ROPC grant, which cannot satisfy multi-factor authentication; Microsoft.Data.SqlClient 7.0 marks it obsolete. Use Active Directory Default or Managed Identity for services, Active Directory Interactive for people, or an access-token callback.");

        public static readonly DiagnosticDescriptor CFA4008ConfigConnectionString = RuleFactory.Create(
            "CFA4008",
            title: "Configuration file connection string signs in with a user password",
            messageFormat: "This connection string signs in with a user name and password ({0}), which fails when MFA is enforced; {1}",
            category: DiagnosticCategories.BasicAuthentication,
            description: "A connection string in appsettings.json, app.config or web.config (AdditionalFiles) uses SQL Authentication=Active Directory Password or Dataverse AuthType=Office365 / OAuth with a password. Both sign in with a user password and fail under MFA. Use a passwordless method and keep secrets out of configuration files.");

        // CFA4009's message arguments: the service a configuration section signs in to, and what to do instead.
        internal const string CFA4009MailService = "a Microsoft 365 mail host";
        internal const string CFA4009MailAdvice = "Exchange Online is retiring basic authentication for SMTP AUTH: send with Microsoft Graph sendMail or authenticate with OAuth 2.0 (XOAUTH2), and remove the password";
        internal const string CFA4009DataverseService = "a Dataverse / Dynamics 365 organisation";
        internal const string CFA4009DataverseAdvice = "connect with AuthType=ClientSecret or Certificate (application user), a token provider or interactive OAuth, and remove the password";
        internal const string CFA4009SharePointService = "a SharePoint Online site";
        internal const string CFA4009SharePointAdvice = "use app-only authentication with a certificate or an access token from MSAL, and remove the password";

        public static readonly DiagnosticDescriptor CFA4009ConfigUserPassword = RuleFactory.Create(
            "CFA4009",
            title: "Configuration file keeps a user password for a Microsoft 365 service",
            messageFormat: "This configuration keeps a user password for {0}, a sign-in that fails when MFA is enforced; {1}",
            category: DiagnosticCategories.BasicAuthentication,
            description: "A configuration file passed as AdditionalFiles keeps a user password as a setting of its own next to a Microsoft 365 service: the network element of system.net/mailSettings/smtp for a Microsoft 365 SMTP host, or an appsettings*.json section or appSettings block that names a Microsoft 365 mail host, a Dataverse organisation (*.dynamics.com) or a SharePoint Online site together with a password. The code that reads it signs in with basic authentication or a password grant, which Microsoft 365 is retiring and which cannot satisfy multi-factor authentication. Remove the password and use OAuth: app-only authentication, a token from the Secure Application Model, or an interactive sign-in.");
    }
}
