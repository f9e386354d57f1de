using System;
using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// An API a token is for: how code names it (v1 resource identifiers, v2 scopes start with one), the section its
    /// secrets are named after (<c>PartnerCenter:RefreshToken</c>) and its scopes.
    /// </summary>
    internal sealed class KnownResource
    {
        public KnownResource(string name, string identifier, string? delegatedScope = null, ImmutableArray<string> aliases = default, string? hostSuffix = null)
        {
            Name = name;
            Identifier = identifier;
            DelegatedScope = delegatedScope ?? identifier + "/.default";
            Aliases = aliases.IsDefault ? ImmutableArray<string>.Empty : aliases;
            HostSuffix = hostSuffix;
        }

        /// <summary>The settings section of the resource's secrets.</summary>
        public string Name { get; }

        /// <summary>The resource identifier (v1 <c>resource</c>), without a trailing slash.</summary>
        public string Identifier { get; }

        /// <summary>The scope of a delegated (App+User) token from a refresh-token exchange.</summary>
        public string DelegatedScope { get; }

        /// <summary>The scope of an app-only token (application permissions).</summary>
        public string AppOnlyScope => Identifier + "/.default";

        /// <summary>Other identifiers code uses for the same resource.</summary>
        public ImmutableArray<string> Aliases { get; }

        /// <summary>For per-tenant resources (SharePoint, Dataverse): the host suffix every tenant's host ends with.</summary>
        public string? HostSuffix { get; }

        /// <summary>The refresh token of the Secure Application Model consent for this resource.</summary>
        public SecretName RefreshToken => SecretName.ForKey(Name + ":RefreshToken");

        /// <summary>True when <paramref name="resourceOrScope"/> (a v1 resource or a v2 scope) names this resource.</summary>
        public bool Matches(string resourceOrScope)
        {
            if (!Uri.TryCreate(resourceOrScope.Trim(), UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                return false;
            }

            string host = uri.Host.ToLowerInvariant();
            if (HostSuffix != null)
            {
                return host.EndsWith(HostSuffix, StringComparison.Ordinal);
            }

            string text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant();
            foreach (string identifier in Aliases.Add(Identifier))
            {
                string known = identifier.ToLowerInvariant();
                if (text == known || text.StartsWith(known + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The resources the fixes name secrets and scopes after (scopes from the services' documentation).</summary>
    internal static class KnownResources
    {
        public static KnownResource PartnerCenter { get; } = new KnownResource("PartnerCenter", "https://api.partnercenter.microsoft.com", "https://api.partnercenter.microsoft.com/user_impersonation");

        public static KnownResource Graph { get; } = new KnownResource("Graph", "https://graph.microsoft.com");

        /// <summary>Azure AD Graph (retired; code that still calls it must move to Microsoft Graph).</summary>
        public static KnownResource AzureADGraph { get; } = new KnownResource("AzureADGraph", "https://graph.windows.net");

        public static KnownResource AzureResourceManager { get; } = new KnownResource(
            "AzureResourceManager", "https://management.azure.com", "https://management.azure.com/user_impersonation", ImmutableArray.Create("https://management.core.windows.net"));

        public static KnownResource PowerBI { get; } = new KnownResource("PowerBI", "https://analysis.windows.net/powerbi/api");

        /// <summary>Exchange Online: EWS, SMTP, IMAP and POP, and Exchange Online PowerShell.</summary>
        public static KnownResource Exchange { get; } = new KnownResource("Exchange", "https://outlook.office365.com", aliases: ImmutableArray.Create("https://outlook.office.com"));

        public static KnownResource AzureSql { get; } = new KnownResource("AzureSql", "https://database.windows.net");

        /// <summary>SharePoint Online: every tenant has its own host; the scope is the tenant's root plus <c>/.default</c>.</summary>
        public static KnownResource SharePoint { get; } = new KnownResource("SharePoint", "https://{tenant}.sharepoint.com", hostSuffix: ".sharepoint.com");

        /// <summary>Dataverse / Dynamics 365: every environment has its own host.</summary>
        public static KnownResource Dataverse { get; } = new KnownResource("Dataverse", "https://{organization}.crm.dynamics.com", hostSuffix: ".dynamics.com");

        public static ImmutableArray<KnownResource> All { get; } = ImmutableArray.Create(PartnerCenter, Graph, AzureADGraph, AzureResourceManager, PowerBI, Exchange, AzureSql, SharePoint, Dataverse);

        /// <summary>The resource a v1 resource identifier or a v2 scope names, or null.</summary>
        public static KnownResource? Find(string resourceOrScope)
        {
            foreach (KnownResource resource in All)
            {
                if (resource.Matches(resourceOrScope))
                {
                    return resource;
                }
            }

            return null;
        }
    }
}
