using System;
using System.Collections.Immutable;
using System.Linq;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The one table of PowerShell sign-ins that take a user password, their token-based replacements and the
    /// retired modules. Sources: the modules' documentation and source (see docs/rules/CFA3001.md).
    /// </summary>
    internal static class PowerShellSignInCatalog
    {
        private const string GraphMigration = "Connect-MgGraph -ClientId -TenantId -CertificateThumbprint (app-only, the Secure Application Model app's certificate) or -AccessToken with a token from MSAL; the module's other cmdlets must be migrated to Microsoft Graph PowerShell too";

        // App-only with the Secure Application Model app registration's certificate: the modules get and renew their
        // own tokens, so nothing expires in the code and no token is kept anywhere.
        private static readonly PsInput ClientId = new PsInput("ClientId", PsInputShape.String, KnownSecrets.SecureAppClientId);
        private static readonly PsInput CertificateThumbprint = new PsInput("CertificateThumbprint", PsInputShape.String, KnownSecrets.SecureAppCertificateThumbprint);

        private static readonly PsReplacement ToGraph = new PsReplacement(
            "Connect-MgGraph",
            ImmutableArray.Create(ClientId, new PsInput("TenantId", PsInputShape.String, ImmutableArray.Create("TenantId"), KnownSecrets.SecureAppTenantId), CertificateThumbprint),
            ImmutableArray.Create("TenantId"));

        private static readonly PsReplacement ToAz = new PsReplacement(
            "Connect-AzAccount",
            ImmutableArray.Create(
                new PsInput("ServicePrincipal", PsInputShape.Switch),
                new PsInput("ApplicationId", PsInputShape.String, KnownSecrets.SecureAppClientId),
                CertificateThumbprint,
                new PsInput("Tenant", PsInputShape.String, ImmutableArray.Create("Tenant", "TenantId", "Domain"), KnownSecrets.SecureAppTenantId)),
            ImmutableArray.Create("Tenant", "TenantId", "Domain", "Subscription", "SubscriptionId", "SubscriptionName", "Environment", "ContextName", "Force", "Scope", "SkipContextPopulation"));

        /// <summary>Exchange Online and Security &amp; Compliance PowerShell, app-only (EXO V2 2.0.3 on).</summary>
        private static ImmutableArray<PsInput> ExchangeAppOnly { get; } = ImmutableArray.Create(
            new PsInput("AppId", PsInputShape.String, KnownSecrets.SecureAppClientId),
            CertificateThumbprint,
            new PsInput("Organization", PsInputShape.String, ImmutableArray.Create("Organization", "DelegatedOrganization"), KnownSecrets.ExchangeOrganization));

        private static readonly ImmutableArray<string> AzSwitches = ImmutableArray.Create("ServicePrincipal", "Force", "SkipContextPopulation", "Identity", "SkipValidation", "UseDeviceAuthentication", "SendCertificateChain");

        /// <summary>Invoke-RestMethod / Invoke-WebRequest parameters that take no value (declared before the rows that use them).</summary>
        private static readonly ImmutableArray<string> WebRequestSwitches = ImmutableArray.Create(
            "UseBasicParsing", "UseDefaultCredentials", "DisableKeepAlive", "SkipCertificateCheck", "SkipHeaderValidation", "SkipHttpErrorCheck",
            "AllowUnencryptedAuthentication", "NoProxy", "ProxyUseDefaultCredentials", "Resume", "AllowInsecureRedirect",
            "PreserveAuthorizationOnRedirect", "FollowRelLink");

        public static readonly ImmutableArray<PsSignInCmdlet> SignIns = ImmutableArray.Create(
            new PsSignInCmdlet("MsolService", "MSOnline", new[] { "Connect-MsolService" }, new[] { "Credential" }, GraphMigration, ToGraph),
            new PsSignInCmdlet("AzureAD", "AzureAD", new[] { "Connect-AzureAD" }, new[] { "Credential" }, GraphMigration, ToGraph),
            new PsSignInCmdlet(
                "AzureRmAccount",
                "AzureRM",
                new[] { "Connect-AzureRmAccount", "Login-AzureRmAccount", "Add-AzureRmAccount" },
                new[] { "Credential" },
                "Az's Connect-AzAccount -ServicePrincipal -ApplicationId -CertificateThumbprint -Tenant (app-only with a certificate), -Identity (managed identity) or -AccessToken -AccountId with a token from MSAL",
                ToAz,
                positional: new[] { "Credential" },
                excludedBy: new[] { "ServicePrincipal" },
                switches: AzSwitches.ToArray()),
            new PsSignInCmdlet(
                "AzAccount",
                "Az.Accounts",
                new[] { "Connect-AzAccount", "Login-AzAccount", "Add-AzAccount" },
                new[] { "Credential" },
                "Connect-AzAccount -ServicePrincipal -ApplicationId -CertificateThumbprint -Tenant (app-only with a certificate), -Identity, -AccessToken -AccountId with a token from MSAL, or -UseDeviceAuthentication",
                ToAz,
                excludedBy: new[] { "ServicePrincipal" },
                switches: AzSwitches.ToArray()),
            new PsSignInCmdlet(
                "ExchangeOnline",
                "ExchangeOnlineManagement",
                new[] { "Connect-ExchangeOnline" },
                new[] { "Credential", "InlineCredential" },
                "Connect-ExchangeOnline -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken (3.1.0+), -ManagedIdentity, or -UserPrincipalName (interactive)",
                new PsReplacement(
                    "Connect-ExchangeOnline",
                    ExchangeAppOnly,
                    ImmutableArray.Create("Organization", "DelegatedOrganization", "ShowBanner", "ShowProgress", "Prefix", "CommandName", "FormatTypeName", "ConnectionUri", "AzureADAuthorizationEndpointUri", "ExchangeEnvironmentName", "PageSize", "SkipLoadingFormatData", "SkipLoadingCmdletHelp", "UseRPSSession")),
                switches: new[] { "InlineCredential", "ShowBanner", "ShowProgress", "UseRPSSession", "Device", "ManagedIdentity", "SkipLoadingFormatData", "SkipLoadingCmdletHelp", "DisableWAM", "EnableErrorReporting" }),
            new PsSignInCmdlet(
                "IPPSSession",
                "ExchangeOnlineManagement",
                new[] { "Connect-IPPSSession" },
                new[] { "Credential", "InlineCredential" },
                "Connect-IPPSSession -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken, or -UserPrincipalName (interactive)",
                new PsReplacement(
                    "Connect-IPPSSession",
                    ExchangeAppOnly,
                    ImmutableArray.Create("Organization", "DelegatedOrganization", "ShowBanner", "Prefix", "CommandName", "ConnectionUri", "AzureADAuthorizationEndpointUri", "PageSize", "UseRPSSession")),
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
                        ClientId,
                        new PsInput("TenantId", PsInputShape.String, KnownSecrets.SecureAppTenantId),
                        CertificateThumbprint),
                    ImmutableArray.Create("Url", "ClientTag", "Region", "AuthenticationUrl")),
                positional: new[] { "Url", "Credential", "ClientTag", "ModernAuth", "UseSystemBrowser" }),
            new PsSignInCmdlet(
                "PnPOnline",
                "PnP.PowerShell",
                new[] { "Connect-PnPOnline" },
                new[] { "Credentials" },
                "Connect-PnPOnline -ClientId -Tenant -Thumbprint (app-only with a certificate), -AccessToken, -ManagedIdentity, or -Interactive -ClientId",
                new PsReplacement(
                    "Connect-PnPOnline",
                    ImmutableArray.Create(
                        ClientId,
                        new PsInput("Tenant", PsInputShape.String, KnownSecrets.SecureAppTenantId),
                        new PsInput("Thumbprint", PsInputShape.String, KnownSecrets.SecureAppCertificateThumbprint)),
                    ImmutableArray.Create("Url", "Connection", "ReturnConnection", "AzureEnvironment")),
                positional: new[] { "Url" },
                switches: new[] { "CurrentCredentials", "ReturnConnection", "Interactive", "DeviceLogin", "ManagedIdentity", "LaunchBrowser", "ForceAuthentication", "PersistLogin", "CreateDrive", "UseWebLogin", "SPOManagementShell" }),
            new PsSignInCmdlet(
                "MicrosoftTeams",
                "MicrosoftTeams",
                new[] { "Connect-MicrosoftTeams" },
                new[] { "Credential" },
                "Connect-MicrosoftTeams -ApplicationId -CertificateThumbprint -TenantId (app-only with a certificate), -AccessTokens, -Identity or -UseDeviceAuthentication",
                new PsReplacement(
                    "Connect-MicrosoftTeams",
                    ImmutableArray.Create(
                        new PsInput("ApplicationId", PsInputShape.String, KnownSecrets.SecureAppClientId),
                        CertificateThumbprint,
                        new PsInput("TenantId", PsInputShape.String, ImmutableArray.Create("TenantId"), KnownSecrets.SecureAppTenantId)),
                    ImmutableArray.Create("TenantId", "LogLevel", "LogFilePath", "TeamsEnvironmentName")),
                switches: new[] { "UseDeviceAuthentication", "DisableWAM", "Identity" }),
            new PsSignInCmdlet(
                "PartnerCenterUser",
                "PartnerCenter",
                new[] { "Connect-PartnerCenter" },
                new[] { "Credential" },
                "Connect-PartnerCenter -ApplicationId -CertificateThumbprint -RefreshToken (the Secure Application Model app, its certificate and its refresh token) or -AccessToken",
                // The SAM refresh token is issued to the confidential app: it is redeemed with that app's id and credential
                // (AADSTS7000218 without one), so the fix replaces the old (public) application id too.
                new PsReplacement(
                    "Connect-PartnerCenter",
                    ImmutableArray.Create(
                        new PsInput("ApplicationId", PsInputShape.String, KnownSecrets.SecureAppClientId),
                        CertificateThumbprint,
                        new PsInput("RefreshToken", PsInputShape.String, KnownResources.PartnerCenter.RefreshToken)),
                    ImmutableArray.Create("Environment")),
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
                new[] { RemoteSessionCmdlet },
                new[] { CredentialParameter },
                "Connect-ExchangeOnline -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken or -ManagedIdentity (ExchangeOnlineManagement); Remote PowerShell is retired",
                requiredValues: new[] { (ConfigurationNameParameter, ExchangeConfigurationName), (AuthenticationParameter, BasicAuthentication) },
                // A bearer token in the password slot with this URI option is OAuth over a retired transport, not a password (near-miss).
                exemptWhenValueContains: new[] { (ConnectionUriParameter, "BasicAuthToOAuthConversion=true") },
                switches: new[] { "AllowRedirection", "EnableNetworkAccess", "UseSSL", "UseWindowsPowerShell" },
                // A constant on-premises server is not Exchange Online (near-miss).
                exemptUnlessHost: (ConnectionUriParameter, KnownHosts.ExchangeOnlinePowerShell)),

            // CSOM from a script: New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($user, $securePassword),
            // the script twin of the C# constructor (CFA4005); its one constructor takes the user name and password.
            new PsSignInCmdlet(
                "SharePointOnlineCredentials",
                "SharePoint Online CSOM",
                new[] { NewObjectCmdlet },
                new[] { NewObjectArgumentList, "Args" },
                "Connect-PnPOnline -ClientId -Tenant -Thumbprint (app-only with a certificate) or -AccessToken (PnP.PowerShell), or an access token from MSAL set on the ClientContext's ExecutingWebRequest",
                positional: new[] { NewObjectTypeName, NewObjectArgumentList },
                requiredValues: new[] { (NewObjectTypeName, KnownTypes.SharePointOnlineCredentials) },
                switches: new[] { "Strict" },
                display: KnownTypes.SharePointOnlineCredentials.Substring(KnownTypes.SharePointOnlineCredentials.LastIndexOf('.') + 1),
                preFilterText: KnownTypes.SharePointOnlineCredentials.Substring(KnownTypes.SharePointOnlineCredentials.LastIndexOf('.') + 1)),

            // A hand-rolled ROPC request from a script (the script twin of CFA2001): the body asks for grant_type=password.
            new PsSignInCmdlet(
                "PasswordGrantRestMethod",
                PasswordGrantModule,
                new[] { "Invoke-RestMethod", "irm" },
                new[] { WebRequestBody },
                PasswordGrantScriptReplacement,
                switches: WebRequestSwitches.ToArray(),
                credentialValue: PsCredentialValue.PasswordGrantBody,
                preFilterText: Infrastructure.FormBody.GrantTypeKey),
            new PsSignInCmdlet(
                "PasswordGrantWebRequest",
                PasswordGrantModule,
                new[] { "Invoke-WebRequest", "iwr" },
                new[] { WebRequestBody },
                PasswordGrantScriptReplacement,
                switches: WebRequestSwitches.ToArray(),
                credentialValue: PsCredentialValue.PasswordGrantBody,
                preFilterText: Infrastructure.FormBody.GrantTypeKey));

        /// <summary><c>New-PSSession</c>, which C#'s <c>WSManConnectionInfo</c> stands for (read with these parameter names).</summary>
        public const string RemoteSessionCmdlet = "New-PSSession";

        public const string ConnectionUriParameter = "ConnectionUri";

        public const string ConfigurationNameParameter = "ConfigurationName";

        public const string CredentialParameter = "Credential";

        public const string AuthenticationParameter = "Authentication";

        /// <summary>The session configuration of Exchange (Online) Remote PowerShell.</summary>
        public const string ExchangeConfigurationName = "Microsoft.Exchange";

        /// <summary>The authentication that sends the password (<c>-Authentication Basic</c>, <c>AuthenticationMechanism.Basic</c>).</summary>
        public const string BasicAuthentication = "Basic";

        /// <summary>The <c>WSManConnectionInfo</c> constructor parameters that name the host (with a scheme, port and app name) and the shell.</summary>
        public const string ConnectionInfoComputerName = "computerName";

        public const string ConnectionInfoShellUri = "shellUri";

        /// <summary>A WinRM shell URI names the session configuration after this prefix (<c>.../powershell/Microsoft.Exchange</c>).</summary>
        public const string ShellUriPrefix = "http://schemas.microsoft.com/powershell/";

        /// <summary><c>New-Object [-TypeName] T [-ArgumentList] a, b</c> (also <c>New-Object T(a, b)</c>).</summary>
        public const string NewObjectCmdlet = "New-Object";

        public const string NewObjectTypeName = "TypeName";

        public const string NewObjectArgumentList = "ArgumentList";

        public const string WebRequestBody = "Body";

        private const string PasswordGrantModule = "OAuth 2.0 token request with grant_type=password";

        private const string PasswordGrantScriptReplacement = "app-only authentication (grant_type=client_credentials with a certificate), or grant_type=refresh_token with the Secure Application Model app's certificate and a refresh token kept in a secret store";

        public static readonly ImmutableArray<PsRetiredModule> RetiredModules = ImmutableArray.Create(
            new PsRetiredModule("MSOnline", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureAD", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureADPreview", "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell"),
            new PsRetiredModule("AzureRM", "Az", prefix: true),
            new PsRetiredModule("SharePointPnPPowerShellOnline", "PnP.PowerShell"),
            new PsRetiredModule("SkypeOnlineConnector", "MicrosoftTeams"));

        /// <summary>
        /// The cheap test run on script text before tokenizing (ordinal, case-insensitive): every command name the
        /// rules look for contains one of these, or its row names text the script must contain (<see cref="PsSignInCmdlet.PreFilterText"/>).
        /// </summary>
        public static readonly ImmutableArray<string> PreFilter = ImmutableArray.Create("connect-", "login-", "add-", "new-pssession", "new-pcsatoken", "import-module", "convertto-securestring", "#requires", "ipmo")
            .AddRange(SignIns.Select(s => s.PreFilterText).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));

        /// <summary><c>Import-Module</c> and its alias: the module is the <c>-Name</c> parameter or the first positional argument.</summary>
        public static readonly ImmutableArray<string> ImportModuleNames = ImmutableArray.Create("Import-Module", "ipmo");

        public const string ImportModuleNameParameter = "Name";

        public static readonly ImmutableArray<string> ImportModuleSwitches = ImmutableArray.Create("Force", "Global", "PassThru", "AsCustomObject", "NoClobber", "DisableNameChecking", "SkipEditionCheck", "UseWindowsPowerShell");

        /// <summary><c>ConvertTo-SecureString 'text' -AsPlainText -Force</c>: a password written in the script.</summary>
        public const string ConvertToSecureString = "ConvertTo-SecureString";

        public const string AsPlainTextParameter = "AsPlainText";

        public const string StringParameter = "String";

        public static readonly ImmutableArray<string> ConvertToSecureStringSwitches = ImmutableArray.Create(AsPlainTextParameter, "Force");

        /// <summary>How messages name a plain-text password conversion.</summary>
        public const string PlainTextConversionDisplay = ConvertToSecureString + " -" + AsPlainTextParameter;

        /// <summary>Exchange Online's switch that prompts for the password itself: a credential parameter without a value.</summary>
        public const string InlineCredentialSwitch = "InlineCredential";

        /// <summary>Commands whose result a dead credential assignment may hold without side effects worth keeping (the rewriter removes those lines).</summary>
        public static readonly ImmutableArray<string> InertCredentialCommands = ImmutableArray.Create(
            ConvertToSecureString, "New-Object", "Get-Credential", "Read-Host", "Import-Clixml", "Get-AutomationPSCredential", "Get-Content");

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

        public static bool IsImportModule(string unqualifiedName)
        {
            foreach (string name in ImportModuleNames)
            {
                if (string.Equals(unqualifiedName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
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
