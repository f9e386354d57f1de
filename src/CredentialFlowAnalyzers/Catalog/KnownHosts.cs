using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>Host names that tell which service code talks to (lower case; a leading <c>.</c> means "ends with").</summary>
    internal static class KnownHosts
    {
        /// <summary>
        /// Microsoft 365 client-submission and mailbox hosts (SMTP AUTH, IMAP, POP, EWS); users add their own with the
        /// <c>microsoft365_hosts</c> option.
        /// </summary>
        public static readonly ImmutableArray<string> Microsoft365Mail = ImmutableArray.Create(
            "smtp.office365.com", "outlook.office365.com", "smtp-mail.outlook.com", "imap-mail.outlook.com",
            "pop-mail.outlook.com", "outlook.office.com", "smtp.office365.us", "outlook.office365.us");

        /// <summary>
        /// Exchange Online Remote PowerShell endpoints (<c>/powershell-liveid</c>; Security &amp; Compliance's <c>ps.compliance.protection</c>
        /// hosts), worldwide and in the national clouds. A remote session to any other constant host is on-premises Exchange.
        /// </summary>
        public static readonly ImmutableArray<string> ExchangeOnlinePowerShell = ImmutableArray.Create(
            "outlook.office365.com", "ps.outlook.com", "outlook.office.de", "partner.outlook.cn", "outlook.office365.us",
            "webmail.apps.mil", "ps.protection.outlook.com", ".ps.compliance.protection.outlook.com", ".ps.compliance.protection.office365.us");

        /// <summary>Direct send / relay to Exchange Online Protection: no sign-in, so not a finding.</summary>
        public const string DirectSendSuffix = ".mail.protection.outlook.com";

        /// <summary>SharePoint Online (commercial and US government clouds); anything else is on-premises.</summary>
        public static readonly ImmutableArray<string> SharePointOnlineSuffixes = ImmutableArray.Create(".sharepoint.com", ".sharepoint.us");

        /// <summary>Dataverse / Dynamics 365 online organisations.</summary>
        public const string DataverseOnlineSuffix = ".dynamics.com";
    }
}
