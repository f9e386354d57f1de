// Stub of NuGet package Microsoft.Exchange.WebServices (EWS Managed API 2.2). Not served by this project's NuGet feed.
// Mirrors: OfficeDev/ews-managed-api Credentials/{ExchangeCredentials,WebCredentials,OAuthCredentials}.cs,
// Core/{ExchangeServiceBase,ExchangeService}.cs, Enumerations/ExchangeVersion.cs, Autodiscover/AutodiscoverService.cs.
// Compile-only stub: matches the vendor's public shape for the members the rules use; bodies throw.
// References needed: BCL only.
// Note: Credentials and UseDefaultCredentials are declared on ExchangeServiceBase (as in the real assembly), and the
// AutodiscoverRedirectionUrlValidationCallback delegate lives in Microsoft.Exchange.WebServices.Autodiscover.
// Left out: everything not about authentication (items, folders, requests, tracing), the other credential types
// (WSSecurityBasedCredentials, TokenCredentials, X509CertificateCredentials, ...), AutodiscoverService.
#nullable disable

namespace Microsoft.Exchange.WebServices.Data
{
    using System;
    using System.Net;
    using Microsoft.Exchange.WebServices.Autodiscover;

    public abstract class ExchangeCredentials
    {
        public static implicit operator ExchangeCredentials(NetworkCredential credentials) => throw null;
        public static implicit operator ExchangeCredentials(CredentialCache credentials) => throw null;
    }

    public sealed class WebCredentials : ExchangeCredentials
    {
        // Default Windows credentials (near-miss: no password).
        public WebCredentials() => throw null;
        public WebCredentials(ICredentials credentials) => throw null;
        public WebCredentials(string username, string password) => throw null;
        public WebCredentials(string username, string password, string domain) => throw null;
        public ICredentials Credentials { get => throw null; }
    }

    public sealed class OAuthCredentials : ExchangeCredentials
    {
        public OAuthCredentials(string token) => throw null;
        public OAuthCredentials(ICredentials credentials) => throw null;
    }

    public enum ExchangeVersion
    {
        Exchange2007_SP1 = 0,
        Exchange2010 = 1,
        Exchange2010_SP1 = 2,
        Exchange2010_SP2 = 3,
        Exchange2013 = 4,
        Exchange2013_SP1 = 5,
    }

    public enum ConnectingIdType
    {
        SID,
        PrincipalName,
        SmtpAddress,
    }

    public sealed class ImpersonatedUserId
    {
        public ImpersonatedUserId() => throw null;
        public ImpersonatedUserId(ConnectingIdType idType, string id) => throw null;
        public ConnectingIdType IdType { get => throw null; set => throw null; }
        public string Id { get => throw null; set => throw null; }
    }

    public abstract class ExchangeServiceBase
    {
        public ExchangeCredentials Credentials { get => throw null; set => throw null; }
        public bool UseDefaultCredentials { get => throw null; set => throw null; }
        public ExchangeVersion RequestedServerVersion { get => throw null; }
        public int Timeout { get => throw null; set => throw null; }
    }

    public sealed class ExchangeService : ExchangeServiceBase
    {
        public ExchangeService() => throw null;
        public ExchangeService(TimeZoneInfo timeZone) => throw null;
        public ExchangeService(ExchangeVersion requestedServerVersion) => throw null;
        public ExchangeService(ExchangeVersion requestedServerVersion, TimeZoneInfo timeZone) => throw null;

        public Uri Url { get => throw null; set => throw null; }
        public ImpersonatedUserId ImpersonatedUserId { get => throw null; set => throw null; }

        public void AutodiscoverUrl(string emailAddress) => throw null;
        public void AutodiscoverUrl(string emailAddress, AutodiscoverRedirectionUrlValidationCallback validateRedirectionUrlCallback) => throw null;
    }
}

namespace Microsoft.Exchange.WebServices.Autodiscover
{
    public delegate bool AutodiscoverRedirectionUrlValidationCallback(string redirectionUrl);
}

// Near-miss decoy: same type and member names, different namespace (not an ExchangeCredentials).
namespace Decoy.Data
{
    using System.Net;

    public sealed class WebCredentials
    {
        public WebCredentials() => throw null;
        public WebCredentials(ICredentials credentials) => throw null;
        public WebCredentials(string username, string password) => throw null;
        public WebCredentials(string username, string password, string domain) => throw null;
        public ICredentials Credentials { get => throw null; }
    }
}
