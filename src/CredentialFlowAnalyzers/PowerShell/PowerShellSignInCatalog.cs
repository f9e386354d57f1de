using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>How a fix supplies one input of the replacement parameter set.</summary>
    internal enum PsInputShape
    {
        /// <summary>A string (<c>$env:NAME</c> in scripts, the secret source expression in C#).</summary>
        String,

        /// <summary>A <c>SecureString</c> (<c>(ConvertTo-SecureString $env:NAME -AsPlainText -Force)</c>; in C# <c>new NetworkCredential(string.Empty, x).SecurePassword</c>).</summary>
        SecureString,
    }

    /// <summary>A named run-time source of one replacement input: Key Vault secret name, configuration key, environment variable.</summary>
    internal sealed class PsSecret
    {
        public PsSecret(string vaultSecretName, string configurationKey, string environmentVariable)
        {
            VaultSecretName = vaultSecretName;
            ConfigurationKey = configurationKey;
            EnvironmentVariable = environmentVariable;
        }

        public string VaultSecretName { get; }

        public string ConfigurationKey { get; }

        public string EnvironmentVariable { get; }
    }

    /// <summary>One parameter the fix adds: name and the secret(s) feeding it (two secrets make a string array).</summary>
    internal sealed class PsInput
    {
        public PsInput(string parameter, PsInputShape shape, params PsSecret[] secrets)
            : this(parameter, shape, ImmutableArray<string>.Empty, secrets)
        {
        }

        public PsInput(string parameter, PsInputShape shape, ImmutableArray<string> unlessPresent, params PsSecret[] secrets)
        {
            Parameter = parameter;
            Shape = shape;
            UnlessPresent = unlessPresent;
            Secrets = secrets.ToImmutableArray();
        }

        public string Parameter { get; }

        public PsInputShape Shape { get; }

        /// <summary>The input is not added when the call already passes one of these parameters.</summary>
        public ImmutableArray<string> UnlessPresent { get; }

        public ImmutableArray<PsSecret> Secrets { get; }
    }

    /// <summary>The token-based (or certificate) parameter set a fix rewrites a password sign-in to.</summary>
    internal sealed class PsReplacement
    {
        public PsReplacement(string cmdlet, ImmutableArray<PsInput> inputs, ImmutableArray<string>? keep)
        {
            Cmdlet = cmdlet;
            Inputs = inputs;
            Keep = keep;
        }

        /// <summary>The cmdlet after the fix (the same name or a new module's).</summary>
        public string Cmdlet { get; }

        public ImmutableArray<PsInput> Inputs { get; }

        /// <summary>Parameters of the old call that stay (full names); null keeps every parameter but the credential.</summary>
        public ImmutableArray<string>? Keep { get; }
    }

    /// <summary>A cmdlet whose credential parameter carries a user name and password.</summary>
    internal sealed class PsSignInCmdlet
    {
        public PsSignInCmdlet(
            string key,
            string module,
            string[] names,
            string[] credentialParameters,
            string replacementText,
            PsReplacement? fix = null,
            string[]? positional = null,
            string[]? excludedBy = null,
            string[]? requires = null,
            (string Parameter, string Value)[]? requiredValues = null,
            string[]? switches = null)
        {
            Key = key;
            Module = module;
            Names = names.ToImmutableArray();
            CredentialParameters = credentialParameters.ToImmutableArray();
            ReplacementText = replacementText;
            Fix = fix;
            Positional = (positional ?? Array.Empty<string>()).ToImmutableArray();
            ExcludedBy = (excludedBy ?? Array.Empty<string>()).ToImmutableArray();
            Requires = (requires ?? Array.Empty<string>()).ToImmutableArray();
            RequiredValues = (requiredValues ?? Array.Empty<(string, string)>()).ToImmutableArray();
            Switches = (switches ?? Array.Empty<string>()).ToImmutableArray();
        }

        /// <summary>Stable short name, safe for <c>Diagnostic.Properties</c>.</summary>
        public string Key { get; }

        /// <summary>The module that owns the cmdlet (shown in messages).</summary>
        public string Module { get; }

        /// <summary>The cmdlet name first, then its aliases.</summary>
        public ImmutableArray<string> Names { get; }

        public string Name => Names[0];

        /// <summary>Parameters that carry the user credential (full names; prefixes of at least four letters bind too).</summary>
        public ImmutableArray<string> CredentialParameters { get; }

        /// <summary>What to use instead (message text).</summary>
        public string ReplacementText { get; }

        /// <summary>The mechanical rewrite; null when none is safe.</summary>
        public PsReplacement? Fix { get; }

        /// <summary>Positional parameters in order (full names); the credential is bound when its position is taken.</summary>
        public ImmutableArray<string> Positional { get; }

        /// <summary>Any of these makes the credential an app secret (near-miss): no finding.</summary>
        public ImmutableArray<string> ExcludedBy { get; }

        /// <summary>All of these must be present for a finding.</summary>
        public ImmutableArray<string> Requires { get; }

        /// <summary>Parameters that must have these literal values (case-insensitive) for a finding.</summary>
        public ImmutableArray<(string Parameter, string Value)> RequiredValues { get; }

        /// <summary>Switch parameters (take no value), so positional arguments are counted right.</summary>
        public ImmutableArray<string> Switches { get; }

        public int CredentialPosition => Positional.IndexOf(CredentialParameters[0]);
    }

    /// <summary>A retired module whose import is reported.</summary>
    internal sealed class PsRetiredModule
    {
        public PsRetiredModule(string name, string replacement, bool prefix = false)
        {
            Name = name;
            Replacement = replacement;
            Prefix = prefix;
        }

        public string Name { get; }

        public string Replacement { get; }

        /// <summary>Also matches <c>Name.*</c> (AzureRM.Profile, ...).</summary>
        public bool Prefix { get; }

        public bool Matches(string module) =>
            string.Equals(module, Name, StringComparison.OrdinalIgnoreCase)
            || (Prefix && module.StartsWith(Name + ".", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The one table of PowerShell sign-ins that take a user password, their token-based replacements and the
    /// retired modules. Sources: the modules' documentation and source (see docs/rules/CFA3001.md).
    /// </summary>
    internal static class PowerShellSignInCatalog
    {
        private const string GraphMigration = "Connect-MgGraph -AccessToken with a token from a refresh-token exchange (Secure Application Model); the module's other cmdlets must be migrated to Microsoft Graph PowerShell too";

        private static readonly PsSecret GraphToken = new PsSecret("GraphAccessToken", "Graph:AccessToken", "GRAPH_ACCESS_TOKEN");
        private static readonly PsSecret AzureToken = new PsSecret("AzureAccessToken", "Azure:AccessToken", "AZURE_ACCESS_TOKEN");
        private static readonly PsSecret AzureAccount = new PsSecret("AzureAccountId", "Azure:AccountId", "AZURE_ACCOUNT_ID");
        private static readonly PsSecret ExchangeToken = new PsSecret("ExchangeAccessToken", "Exchange:AccessToken", "EXCHANGE_ACCESS_TOKEN");
        private static readonly PsSecret ExchangeOrganization = new PsSecret("ExchangeOrganization", "Exchange:Organization", "EXCHANGE_ORGANIZATION");
        private static readonly PsSecret SharePointToken = new PsSecret("SharePointAccessToken", "SharePoint:AccessToken", "SHAREPOINT_ACCESS_TOKEN");
        private static readonly PsSecret TeamsToken = new PsSecret("TeamsAccessToken", "Teams:AccessToken", "TEAMS_ACCESS_TOKEN");
        private static readonly PsSecret SpoClientId = new PsSecret("SharePointClientId", "SharePoint:ClientId", "SPO_CLIENT_ID");
        private static readonly PsSecret SpoTenantId = new PsSecret("SharePointTenantId", "SharePoint:TenantId", "SPO_TENANT_ID");
        private static readonly PsSecret SpoThumbprint = new PsSecret("SharePointCertificateThumbprint", "SharePoint:CertificateThumbprint", "SPO_CERTIFICATE_THUMBPRINT");
        private static readonly PsSecret PartnerRefreshToken = new PsSecret("PartnerRefreshToken", "PartnerCenter:RefreshToken", "PARTNER_REFRESH_TOKEN");

        private static readonly PsReplacement ToGraph = new PsReplacement(
            "Connect-MgGraph",
            ImmutableArray.Create(new PsInput("AccessToken", PsInputShape.SecureString, GraphToken)),
            ImmutableArray<string>.Empty);

        private static readonly PsReplacement ToAz = new PsReplacement(
            "Connect-AzAccount",
            ImmutableArray.Create(new PsInput("AccessToken", PsInputShape.String, AzureToken), new PsInput("AccountId", PsInputShape.String, AzureAccount)),
            ImmutableArray.Create("Tenant", "TenantId", "Domain", "Subscription", "SubscriptionId", "SubscriptionName", "Environment", "ContextName", "Force", "Scope", "SkipContextPopulation"));

        private static readonly ImmutableArray<string> AzSwitches = ImmutableArray.Create("ServicePrincipal", "Force", "SkipContextPopulation", "Identity", "SkipValidation", "UseDeviceAuthentication", "SendCertificateChain");

        public static readonly ImmutableArray<PsSignInCmdlet> SignIns = ImmutableArray.Create(
            new PsSignInCmdlet("MsolService", "MSOnline", new[] { "Connect-MsolService" }, new[] { "Credential" }, GraphMigration, ToGraph),
            new PsSignInCmdlet("AzureAD", "AzureAD", new[] { "Connect-AzureAD" }, new[] { "Credential" }, GraphMigration, ToGraph),
            new PsSignInCmdlet(
                "AzureRmAccount",
                "AzureRM",
                new[] { "Connect-AzureRmAccount", "Login-AzureRmAccount", "Add-AzureRmAccount" },
                new[] { "Credential" },
                "Az's Connect-AzAccount -AccessToken -AccountId (token from a refresh-token exchange), a managed identity or a certificate service principal",
                ToAz,
                positional: new[] { "Credential" },
                excludedBy: new[] { "ServicePrincipal" },
                switches: AzSwitches.ToArray()),
            new PsSignInCmdlet(
                "AzAccount",
                "Az.Accounts",
                new[] { "Connect-AzAccount", "Login-AzAccount", "Add-AzAccount" },
                new[] { "Credential" },
                "Connect-AzAccount -AccessToken -AccountId (token from a refresh-token exchange), -Identity, a certificate service principal or -UseDeviceAuthentication",
                ToAz,
                excludedBy: new[] { "ServicePrincipal" },
                switches: AzSwitches.ToArray()),
            new PsSignInCmdlet(
                "ExchangeOnline",
                "ExchangeOnlineManagement",
                new[] { "Connect-ExchangeOnline" },
                new[] { "Credential", "InlineCredential" },
                "Connect-ExchangeOnline -AccessToken (3.1.0+), -AppId -Organization with a certificate, -ManagedIdentity, or -UserPrincipalName (interactive)",
                new PsReplacement(
                    "Connect-ExchangeOnline",
                    ImmutableArray.Create(
                        new PsInput("AccessToken", PsInputShape.String, ExchangeToken),
                        new PsInput("Organization", PsInputShape.String, ImmutableArray.Create("Organization", "DelegatedOrganization", "UserPrincipalName"), ExchangeOrganization)),
                    null),
                switches: new[] { "InlineCredential", "ShowBanner", "ShowProgress", "UseRPSSession", "Device", "ManagedIdentity", "SkipLoadingFormatData", "SkipLoadingCmdletHelp", "DisableWAM", "EnableErrorReporting" }),
            new PsSignInCmdlet(
                "IPPSSession",
                "ExchangeOnlineManagement",
                new[] { "Connect-IPPSSession" },
                new[] { "Credential", "InlineCredential" },
                "Connect-IPPSSession -AccessToken, -AppId -Organization with a certificate, or -UserPrincipalName (interactive)",
                new PsReplacement(
                    "Connect-IPPSSession",
                    ImmutableArray.Create(
                        new PsInput("AccessToken", PsInputShape.String, ExchangeToken),
                        new PsInput("Organization", PsInputShape.String, ImmutableArray.Create("Organization", "DelegatedOrganization", "UserPrincipalName"), ExchangeOrganization)),
                    null),
                switches: new[] { "InlineCredential", "ShowBanner", "UseRPSSession", "DisableWAM" }),
            new PsSignInCmdlet(
                "SPOService",
                "Microsoft.Online.SharePoint.PowerShell",
                new[] { "Connect-SPOService" },
                new[] { "Credential" },
                "Connect-SPOService -ClientId -TenantId -CertificateThumbprint (app-only, module 16.0.26712.12000+), -ManagedIdentity, or interactive -ModernAuth $true",
                new PsReplacement(
                    "Connect-SPOService",
                    ImmutableArray.Create(
                        new PsInput("ClientId", PsInputShape.String, SpoClientId),
                        new PsInput("TenantId", PsInputShape.String, SpoTenantId),
                        new PsInput("CertificateThumbprint", PsInputShape.String, SpoThumbprint)),
                    ImmutableArray.Create("Url", "ClientTag", "Region", "AuthenticationUrl")),
                positional: new[] { "Url", "Credential", "ClientTag", "ModernAuth", "UseSystemBrowser" }),
            new PsSignInCmdlet(
                "PnPOnline",
                "PnP.PowerShell",
                new[] { "Connect-PnPOnline" },
                new[] { "Credentials" },
                "Connect-PnPOnline -AccessToken, -ClientId -Tenant -Thumbprint (app-only), -ManagedIdentity, or -Interactive -ClientId",
                new PsReplacement(
                    "Connect-PnPOnline",
                    ImmutableArray.Create(new PsInput("AccessToken", PsInputShape.String, SharePointToken)),
                    ImmutableArray.Create("Url", "Connection", "ReturnConnection", "AzureEnvironment")),
                positional: new[] { "Url" },
                switches: new[] { "CurrentCredentials", "ReturnConnection", "Interactive", "DeviceLogin", "ManagedIdentity", "LaunchBrowser", "ForceAuthentication", "PersistLogin", "CreateDrive", "UseWebLogin", "SPOManagementShell" }),
            new PsSignInCmdlet(
                "MicrosoftTeams",
                "MicrosoftTeams",
                new[] { "Connect-MicrosoftTeams" },
                new[] { "Credential" },
                "Connect-MicrosoftTeams -AccessTokens (Graph and Teams admin tokens), -TenantId -ApplicationId -CertificateThumbprint, -Identity or -UseDeviceAuthentication",
                new PsReplacement(
                    "Connect-MicrosoftTeams",
                    ImmutableArray.Create(new PsInput("AccessTokens", PsInputShape.String, GraphToken, TeamsToken)),
                    ImmutableArray.Create("TenantId", "LogLevel", "LogFilePath", "TeamsEnvironmentName")),
                switches: new[] { "UseDeviceAuthentication", "DisableWAM", "Identity" }),
            new PsSignInCmdlet(
                "PartnerCenterUser",
                "PartnerCenter",
                new[] { "Connect-PartnerCenter" },
                new[] { "Credential" },
                "Connect-PartnerCenter -ApplicationId -RefreshToken (Secure Application Model) or -AccessToken",
                new PsReplacement(
                    "Connect-PartnerCenter",
                    ImmutableArray.Create(new PsInput("RefreshToken", PsInputShape.String, PartnerRefreshToken)),
                    null),
                excludedBy: new[] { "ServicePrincipal", "RefreshToken", "AccessToken", "Tenant", "TenantId", "Domain" },
                requires: new[] { "ApplicationId" },
                switches: new[] { "ServicePrincipal", "UseDeviceAuthentication", "EnforceMFA" }),
            new PsSignInCmdlet(
                "PCAuthentication",
                "PartnerCenterPowerShellModule",
                new[] { "Add-PCAuthentication", "New-PCSaToken" },
                new[] { "Credential" },
                "the PartnerCenter module's Connect-PartnerCenter -ApplicationId -RefreshToken (Secure Application Model)"),
            new PsSignInCmdlet(
                "ExchangeRemotePowerShell",
                "Exchange Online Remote PowerShell",
                new[] { "New-PSSession" },
                new[] { "Credential" },
                "Connect-ExchangeOnline (ExchangeOnlineManagement) with -AccessToken, a certificate or a managed identity; Remote PowerShell is retired",
                requiredValues: new[] { ("ConfigurationName", "Microsoft.Exchange"), ("Authentication", "Basic") },
                switches: new[] { "AllowRedirection", "EnableNetworkAccess", "UseSSL", "UseWindowsPowerShell" }));

        public static readonly ImmutableArray<PsRetiredModule> RetiredModules = ImmutableArray.Create(
            new PsRetiredModule("MSOnline", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureAD", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureADPreview", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureRM", "Az", prefix: true),
            new PsRetiredModule("SharePointPnPPowerShellOnline", "PnP.PowerShell"),
            new PsRetiredModule("SkypeOnlineConnector", "MicrosoftTeams"));

        /// <summary>Parameters every cmdlet has that take no value.</summary>
        public static readonly ImmutableArray<string> CommonSwitches = ImmutableArray.Create("Verbose", "Debug", "WhatIf", "Confirm", "Force", "PassThru");

        private static readonly ImmutableDictionary<string, ImmutableArray<PsSignInCmdlet>> ByName = SignIns
            .SelectMany(s => s.Names.Select(n => (Name: n, Cmdlet: s)))
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.Cmdlet).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The rows for a command name as written (module-qualified names such as <c>MSOnline\Connect-MsolService</c>
        /// included). <c>Login-AzureRmAccount</c> is both AzureRM's cmdlet and an Az alias: both rows come back.
        /// </summary>
        public static ImmutableArray<PsSignInCmdlet> Find(string commandName) =>
            ByName.TryGetValue(Unqualified(commandName), out ImmutableArray<PsSignInCmdlet> rows) ? rows : ImmutableArray<PsSignInCmdlet>.Empty;

        public static PsRetiredModule? FindRetiredModule(string module)
        {
            foreach (PsRetiredModule retired in RetiredModules)
            {
                if (retired.Matches(module))
                {
                    return retired;
                }
            }

            return null;
        }

        /// <summary><c>MSOnline\Connect-MsolService</c> → <c>Connect-MsolService</c>.</summary>
        public static string Unqualified(string commandName)
        {
            int slash = commandName.LastIndexOf('\\');
            return slash >= 0 ? commandName.Substring(slash + 1) : commandName;
        }

        /// <summary>
        /// True when a parameter name as written (without dash) binds <paramref name="fullName"/>: the same name or a
        /// prefix of it (case-insensitive) of at least <paramref name="minimumPrefix"/> characters.
        /// </summary>
        public static bool Binds(string written, string fullName, int minimumPrefix = 4)
        {
            if (written.Length == 0)
            {
                return false;
            }

            if (written.StartsWith("-", StringComparison.Ordinal))
            {
                written = written.Substring(1);
            }

            return string.Equals(written, fullName, StringComparison.OrdinalIgnoreCase)
                || (written.Length >= Math.Min(minimumPrefix, fullName.Length) && fullName.StartsWith(written, StringComparison.OrdinalIgnoreCase));
        }
    }
}
