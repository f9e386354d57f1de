using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.CodeFixes.Rules;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3002PowerShellScriptCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA3002ScriptSignInTests
    {
        private const string Code = "class Job { }";
        internal const string GraphReplacement = "Connect-MgGraph -AccessToken with a token from a refresh-token exchange (Secure Application Model); the module's other cmdlets must be migrated to Microsoft Graph PowerShell too";
        internal const string AzReplacement = "Connect-AzAccount -AccessToken -AccountId (token from a refresh-token exchange), -Identity, a certificate service principal or -UseDeviceAuthentication";
        internal const string AzureRmReplacement = "Az's Connect-AzAccount -AccessToken -AccountId (token from a refresh-token exchange), a managed identity or a certificate service principal";
        internal const string ExchangeReplacement = "Connect-ExchangeOnline -AccessToken (3.1.0+), -AppId -Organization with a certificate, -ManagedIdentity, or -UserPrincipalName (interactive)";
        internal const string SpoReplacement = "Connect-SPOService -ClientId -TenantId -CertificateThumbprint (app-only, module 16.0.26712.12000+), -ManagedIdentity, or interactive -ModernAuth $true";
        internal const string PnPReplacement = "Connect-PnPOnline -AccessToken, -ClientId -Tenant -Thumbprint (app-only), -ManagedIdentity, or -Interactive -ClientId";
        internal const string TeamsReplacement = "Connect-MicrosoftTeams -AccessTokens (Graph and Teams admin tokens), -TenantId -ApplicationId -CertificateThumbprint, -Identity or -UseDeviceAuthentication";
        internal const string RpsReplacement = "Connect-ExchangeOnline (ExchangeOnlineManagement) with -AccessToken, a certificate or a managed identity; Remote PowerShell is retired";
        internal const string GraphModules = "Microsoft Graph PowerShell (Microsoft.Graph) or Microsoft Entra PowerShell";

        private static DiagnosticResult SignIn(int location, string cmdlet, string module, string replacement) =>
            VerifyCS.Diagnostic("CFA3002").WithLocation(location).WithArguments(cmdlet, module, replacement);

        private static Task VerifyScriptAsync(string script, params DiagnosticResult[] expected) => VerifyScriptAsync("Sync-Licenses.ps1", script, expected);

        private static Task VerifyScriptAsync(string path, string script, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add((path, script));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        private static async Task VerifyFixAsync(string script, string expected, string path = "Sync-Licenses.ps1")
        {
            var (actual, _) = await AdditionalFileFix.ApplyAsync(new PowerShellRules(), new CFA3002PowerShellScriptCodeFix(), path, script);
            Assert.Equal(expected.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));
        }

        [Fact]
        public async Task MsolService_IsReported_WithPlainTextPasswordAndModule()
        {
            const string script = @"param([string]$TenantId)

{|#2:Import-Module MSOnline|}
$user = 'admin@contoso.onmicrosoft.com'
$secure = {|#0:ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force|}
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
{|#1:Connect-MsolService -Credential $cred|}
Get-MsolUser -All
";
            await VerifyScriptAsync(
                script,
                VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithArguments("ConvertTo-SecureString -AsPlainText"),
                SignIn(1, "Connect-MsolService", "MSOnline", GraphReplacement),
                VerifyCS.Diagnostic("CFA3004").WithLocation(2).WithArguments("MSOnline", GraphModules));
        }

        [Fact]
        public async Task Location_IsLineAndColumnInTheScript()
        {
            const string script = "Get-Date\r\n\r\n    Connect-AzureAD -Credential $c\r\n";
            await VerifyScriptAsync(script, VerifyCS.Diagnostic("CFA3002").WithSpan("Sync-Licenses.ps1", 3, 5, 3, 35).WithArguments("Connect-AzureAD", "AzureAD", GraphReplacement));
        }

        [Fact]
        public async Task EveryModule_InOneScript_IsReported()
        {
            const string script = @"{|#0:Connect-AzureAD -Credential $c|}
{|#1:Login-AzureRmAccount $c|}
{|#2:Connect-AzAccount -Cred $c|}
{|#3:Connect-ExchangeOnline -Credential:$c -ShowBanner:$false|}
{|#4:Connect-SPOService https://contoso-admin.sharepoint.com $c|}
{|#5:Connect-PnPOnline -Url https://contoso.sharepoint.com -Credentials $c|}
{|#6:Connect-MicrosoftTeams `
    -Credential $c|}
$s = {|#7:New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic -AllowRedirection|}
";
            await VerifyScriptAsync(
                script,
                SignIn(0, "Connect-AzureAD", "AzureAD", GraphReplacement),
                SignIn(1, "Connect-AzureRmAccount", "AzureRM", AzureRmReplacement),
                SignIn(2, "Connect-AzAccount", "Az.Accounts", AzReplacement),
                SignIn(3, "Connect-ExchangeOnline", "ExchangeOnlineManagement", ExchangeReplacement),
                SignIn(4, "Connect-SPOService", "Microsoft.Online.SharePoint.PowerShell", SpoReplacement),
                SignIn(5, "Connect-PnPOnline", "PnP.PowerShell", PnPReplacement),
                SignIn(6, "Connect-MicrosoftTeams", "MicrosoftTeams", TeamsReplacement),
                SignIn(7, "New-PSSession", "Exchange Online Remote PowerShell", RpsReplacement));
        }

        [Fact]
        public async Task Splatting_AndGetCredential_AreReported_InModules()
        {
            const string script = @"function Connect-Tenant {
    $cred = Get-Credential
    $params = @{
        Credential = $cred
    }
    {|#0:Connect-MsolService @params|}
}
";
            await VerifyScriptAsync("Tenant.psm1", script, SignIn(0, "Connect-MsolService", "MSOnline", GraphReplacement));
        }

        [Fact]
        public async Task TokenSets_NearMisses_CommentsAndText_AreNotReported()
        {
            const string script = @"# Connect-MsolService -Credential $cred   (old way)
<#
Connect-AzureAD -Credential $cred
#>
Connect-MgGraph -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)
Connect-MgGraph -Credential $appSecretCredential -TenantId $tenant
Connect-AzAccount -ServicePrincipal -Credential $app -Tenant $tenant
Connect-PartnerCenter -ApplicationId $appId -Credential $app -RefreshToken $rt
Invoke-Command -ComputerName localhost -Credential $cred -ScriptBlock { Get-Date }
$help = 'Connect-MsolService -Credential $cred'
Write-Host ""Run Connect-ExchangeOnline -Credential $cred""
";
            await VerifyScriptAsync(script);
        }

        [Fact]
        public async Task OtherAdditionalFiles_AreNotRead()
        {
            await VerifyScriptAsync("notes.txt", "Connect-MsolService -Credential $cred");
        }

        [Fact]
        public async Task TruncatedScript_IsReportedWhereComplete()
        {
            const string script = "{|#0:Connect-MsolService -Credential $c|}\nConnect-AzureAD -Credential (Get-Credential\n$x = 'unterminated";
            await VerifyScriptAsync(script, SignIn(0, "Connect-MsolService", "MSOnline", GraphReplacement));
        }

        [Fact]
        public async Task Fix_MsolService_ToGraph_RemovesCredentialPlumbing()
        {
            const string script = @"param([string]$TenantId)

Import-Module MSOnline
$user = 'admin@contoso.onmicrosoft.com'
$secure = ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Connect-MsolService -Credential $cred -AzureEnvironment AzureCloud
Get-MsolUser -All
";
            const string expected = @"param([string]$TenantId)

Import-Module MSOnline
Connect-MgGraph -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)
Get-MsolUser -All
";
            await VerifyFixAsync(script, expected);
        }

        [Fact]
        public async Task Fix_KeepsSharedPlumbing()
        {
            const string script = "$cred = Get-Credential\nConnect-AzureAD -Credential $cred\nConnect-SPOService -Url $u -Credential $cred\n";
            const string expected = "Connect-MgGraph -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)\n" +
                "Connect-SPOService -Url $u -ClientId $env:SPO_CLIENT_ID -TenantId $env:SPO_TENANT_ID -CertificateThumbprint $env:SPO_CERTIFICATE_THUMBPRINT\n";
            await VerifyFixAsync(script, expected);
        }

        [Theory]
        [InlineData("Connect-AzureRmAccount $cred", "Connect-AzAccount -AccessToken $env:AZURE_ACCESS_TOKEN -AccountId $env:AZURE_ACCOUNT_ID")]
        [InlineData("Login-AzureRmAccount -Credential $cred -TenantId $t -Force", "Connect-AzAccount -AccessToken $env:AZURE_ACCESS_TOKEN -AccountId $env:AZURE_ACCOUNT_ID -TenantId $t -Force")]
        [InlineData("Connect-AzAccount -Cred $cred -Tenant $t", "Connect-AzAccount -AccessToken $env:AZURE_ACCESS_TOKEN -AccountId $env:AZURE_ACCOUNT_ID -Tenant $t")]
        [InlineData("Connect-ExchangeOnline -Credential $cred -ShowBanner:$false", "Connect-ExchangeOnline -AccessToken $env:EXCHANGE_ACCESS_TOKEN -Organization $env:EXCHANGE_ORGANIZATION -ShowBanner:$false")]
        [InlineData("Connect-ExchangeOnline -Credential $cred -DelegatedOrganization $customer", "Connect-ExchangeOnline -AccessToken $env:EXCHANGE_ACCESS_TOKEN -DelegatedOrganization $customer")]
        [InlineData("Connect-IPPSSession -Credential $cred", "Connect-IPPSSession -AccessToken $env:EXCHANGE_ACCESS_TOKEN -Organization $env:EXCHANGE_ORGANIZATION")]
        [InlineData("Connect-SPOService https://contoso-admin.sharepoint.com $cred", "Connect-SPOService https://contoso-admin.sharepoint.com -ClientId $env:SPO_CLIENT_ID -TenantId $env:SPO_TENANT_ID -CertificateThumbprint $env:SPO_CERTIFICATE_THUMBPRINT")]
        [InlineData("Connect-PnPOnline -Url $url -Credentials $cred -ClientId $id", "Connect-PnPOnline -Url $url -AccessToken $env:SHAREPOINT_ACCESS_TOKEN")]
        [InlineData("Connect-MicrosoftTeams -Credential $cred -AccountId $upn -TenantId $t", "Connect-MicrosoftTeams -AccessTokens $env:GRAPH_ACCESS_TOKEN, $env:TEAMS_ACCESS_TOKEN -TenantId $t")]
        [InlineData("Connect-PartnerCenter -ApplicationId $app -Credential $cred", "Connect-PartnerCenter -ApplicationId $app -RefreshToken $env:PARTNER_REFRESH_TOKEN")]
        [InlineData("Connect-AzureAD `\n    -TenantId $t `\n    -Credential $cred", "Connect-MgGraph `\n    -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)")]
        public async Task Fix_PerCmdlet(string call, string expected)
        {
            await VerifyFixAsync("param($cred)\n" + call + "\n", "param($cred)\n" + expected + "\n");
        }

        [Theory]
        [InlineData("$p = @{ Credential = $cred }\nConnect-MsolService @p\n")]
        [InlineData("Add-PCAuthentication -CspAppId $a -CspDomain $d -Credential $cred\n")]
        [InlineData("$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $u -Credential $cred -Authentication Basic\n")]
        public async Task NoSafeRewrite_NoFix(string script)
        {
            var (actual, remaining) = await AdditionalFileFix.ApplyAsync(new PowerShellRules(), new CFA3002PowerShellScriptCodeFix(), "Sync.ps1", script);
            Assert.Equal(script, actual);
            Assert.Single(remaining, d => d.Id == "CFA3002");
        }

        [Fact]
        public async Task Fix_EveryOccurrence()
        {
            const string script = "param($a, $b)\nConnect-MsolService -Credential $a\nConnect-ExchangeOnline -Credential $b\nConnect-MicrosoftTeams -Credential $a\n";
            const string expected = "param($a, $b)\nConnect-MgGraph -AccessToken (ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force)\n" +
                "Connect-ExchangeOnline -AccessToken $env:EXCHANGE_ACCESS_TOKEN -Organization $env:EXCHANGE_ORGANIZATION\n" +
                "Connect-MicrosoftTeams -AccessTokens $env:GRAPH_ACCESS_TOKEN, $env:TEAMS_ACCESS_TOKEN\n";
            await VerifyFixAsync(script, expected);
        }

        [Fact]
        public async Task FixedScript_HasNoSignInLeft_AndStillTokenizesCleanly()
        {
            const string script = "$secure = ConvertTo-SecureString \"S3cret!\" -AsPlainText -Force\n$cred = [pscredential]::new('svc@contoso.com', $secure)\nConnect-AzureAD -Credential $cred\n";
            var (actual, remaining) = await AdditionalFileFix.ApplyAsync(new PowerShellRules(), new CFA3002PowerShellScriptCodeFix(), "Sync.ps1", script);
            Assert.DoesNotContain("S3cret!", actual);
            Assert.DoesNotContain(remaining, d => d.Id == "CFA3002" || d.Id == "CFA3003");
            Assert.DoesNotContain(CredentialFlowAnalyzers.PowerShell.PsTokenizer.Tokenize(actual), t => t.Unterminated);
        }

        [Fact]
        public async Task Messages_AndProperties_NeverContainTheSecret()
        {
            const string script = "$p = ConvertTo-SecureString 'Hunter2!' -AsPlainText -Force\n$c = New-Object PSCredential('svc@contoso.com', $p)\nConnect-MsolService -Credential $c\nImport-Module MSOnline\n";
            var diagnostics = await AdditionalFileFix.DiagnosticsAsync(new PowerShellRules(), "Sync.ps1", script);
            Assert.Equal(new[] { "CFA3002", "CFA3003", "CFA3004" }, diagnostics.Select(d => d.Id).OrderBy(i => i));
            Assert.All(diagnostics, d =>
            {
                Assert.DoesNotContain("Hunter2!", d.GetMessage());
                Assert.DoesNotContain("svc@contoso.com", d.GetMessage());
                Assert.DoesNotContain(d.Properties.Values, v => v != null && (v.Contains("Hunter2!") || v.Contains("svc@contoso.com")));
            });
        }
    }
}
