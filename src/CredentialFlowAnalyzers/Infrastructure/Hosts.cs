using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>Where a mail or Exchange client connects, as far as the code shows.</summary>
    internal enum HostKind
    {
        /// <summary>No constant host could be found (a configuration read, a parameter, a computed value).</summary>
        Unknown,

        /// <summary>A Microsoft 365 client-submission / mailbox host (built in or from <c>microsoft365_hosts</c>).</summary>
        Microsoft365,

        /// <summary><c>*.mail.protection.outlook.com</c>: direct send / relay, no sign-in, not a finding.</summary>
        DirectSend,

        /// <summary>A constant host that is not Microsoft 365 (for example smtp.gmail.com, an on-premises server).</summary>
        Other,
    }

    /// <summary>
    /// Where a mail, Exchange or SharePoint client connects, for the CFA4xxx rules: a host name or URL classified
    /// against the catalog's Microsoft 365 hosts (<see cref="KnownHosts"/>) and the hosts users add with an option.
    /// </summary>
    internal static class Hosts
    {
        /// <summary>The option that adds hosts to the Microsoft 365 list (<c>cfa.&lt;id&gt;.microsoft365_hosts</c> / <c>cfa.microsoft365_hosts</c>).</summary>
        public const string Microsoft365HostsOption = "microsoft365_hosts";

        public static ImmutableArray<string> ExtraHosts(AnalyzerOptions options, SyntaxTree tree, string ruleId) =>
            CfaOptions.GetList(options, tree, ruleId, Microsoft365HostsOption);

        /// <summary>Classifies a host name or URL.</summary>
        public static HostKind ClassifyHost(string? hostOrUrl, ImmutableArray<string> extraHosts)
        {
            if (string.IsNullOrWhiteSpace(hostOrUrl))
            {
                return HostKind.Unknown;
            }

            string host = hostOrUrl!.Trim();
            if (host.IndexOf("://", StringComparison.Ordinal) > 0 && Uri.TryCreate(host, UriKind.Absolute, out Uri? uri))
            {
                host = uri.Host;
            }

            host = host.TrimEnd('.').ToLowerInvariant();
            if (host.EndsWith(KnownHosts.DirectSendSuffix, StringComparison.Ordinal))
            {
                return HostKind.DirectSend;
            }

            foreach (string known in KnownHosts.Microsoft365Mail.Concat(extraHosts))
            {
                string k = known.Trim().ToLowerInvariant();
                if (k.StartsWith("*.", StringComparison.Ordinal) ? host.EndsWith(k.Substring(1), StringComparison.Ordinal) : host == k)
                {
                    return HostKind.Microsoft365;
                }
            }

            return HostKind.Other;
        }

        /// <summary>True for a Dataverse / Dynamics 365 online organisation: a host or URL under <c>*.dynamics.com</c>.</summary>
        public static bool IsDataverseOnline(string? hostOrUrl) => HostOf(hostOrUrl) is { } host && host.EndsWith(KnownHosts.DataverseOnlineSuffix, StringComparison.Ordinal);

        /// <summary>True for a SharePoint Online site: a host or URL under <c>*.sharepoint.com</c> (or the US government cloud's).</summary>
        public static bool IsSharePointOnline(string? hostOrUrl) =>
            HostOf(hostOrUrl) is { } host && KnownHosts.SharePointOnlineSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal));

        /// <summary>
        /// True when <paramref name="host"/> (lower case) is one of <paramref name="known"/> (see <see cref="KnownHosts"/>: a
        /// leading <c>.</c> matches the domain itself and every host under it).
        /// </summary>
        public static bool IsOneOf(string host, ImmutableArray<string> known)
        {
            foreach (string k in known)
            {
                if (k.StartsWith(".", StringComparison.Ordinal)
                    ? host.EndsWith(k, StringComparison.Ordinal) || host == k.Substring(1)
                    : host == k)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The lower-case host of a URL or bare host name; null for empty text or a URL that does not parse.</summary>
        public static string? HostOf(string? hostOrUrl)
        {
            if (string.IsNullOrWhiteSpace(hostOrUrl))
            {
                return null;
            }

            string host = hostOrUrl!.Trim();
            if (host.IndexOf("://", StringComparison.Ordinal) > 0)
            {
                if (!Uri.TryCreate(host, UriKind.Absolute, out Uri? uri))
                {
                    return null;
                }

                host = uri.Host;
            }

            return host.TrimEnd('/', '.').ToLowerInvariant();
        }

        /// <summary>The worst (most Microsoft-365-like) of several host kinds: Microsoft 365, then unknown, then the rest.</summary>
        public static HostKind Combine(IEnumerable<HostKind> kinds)
        {
            bool any = false;
            bool unknown = false;
            bool directSend = false;
            foreach (HostKind kind in kinds)
            {
                any = true;
                switch (kind)
                {
                    case HostKind.Microsoft365:
                        return HostKind.Microsoft365;
                    case HostKind.Unknown:
                        unknown = true;
                        break;
                    case HostKind.DirectSend:
                        directSend = true;
                        break;
                }
            }

            return !any || unknown ? HostKind.Unknown : directSend ? HostKind.DirectSend : HostKind.Other;
        }
    }
}
