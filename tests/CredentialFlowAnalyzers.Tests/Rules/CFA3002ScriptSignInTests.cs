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
        internal const string GraphReplacement = "Connect-MgGraph -ClientId -TenantId -CertificateThumbprint (app-only, the Secure Application Model app's certificate) or -AccessToken with a token from MSAL; the module's other cmdlets must be migrated to Microsoft Graph PowerShell too";
        internal const string AzReplacement = "Connect-AzAccount -ServicePrincipal -ApplicationId -CertificateThumbprint -Tenant (app-only with a certificate), -Identity, -AccessToken -AccountId with a token from MSAL, or -UseDeviceAuthentication";
        internal const string AzureRmReplacement = "Az's Connect-AzAccount -ServicePrincipal -ApplicationId -CertificateThumbprint -Tenant (app-only with a certificate), -Identity (managed identity) or -AccessToken -AccountId with a token from MSAL";
        internal const string ExchangeReplacement = "Connect-ExchangeOnline -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken (3.1.0+), -ManagedIdentity, or -UserPrincipalName (interactive)";
        internal const string SpoReplacement = "Connect-SPOService -ClientId -TenantId -CertificateThumbprint (app-only, module 16.0.26712.12000+), -ManagedIdentity, or interactive -ModernAuth $true";
        internal const string PnPReplacement = "Connect-PnPOnline -ClientId -Tenant -Thumbprint (app-only with a certificate), -AccessToken, -ManagedIdentity, or -Interactive -ClientId";
        internal const string TeamsReplacement = "Connect-MicrosoftTeams -ApplicationId -CertificateThumbprint -TenantId (app-only with a certificate), -AccessTokens, -Identity or -UseDeviceAuthentication";
        internal const string RpsReplacement = "Connect-ExchangeOnline -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken or -ManagedIdentity (ExchangeOnlineManagement); Remote PowerShell is retired";
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
Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT
Connect-MgGraph -Credential $appSecretCredential -TenantId $tenant
Connect-AzAccount -ServicePrincipal -Credential $app -Tenant $tenant
Connect-PartnerCenter -ApplicationId $appId -Credential $app -RefreshToken $rt
Invoke-Command -ComputerName localhost -Credential $cred -ScriptBlock { Get-Date }
$onPremises = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.contoso.local/PowerShell/ -Credential $cred -Authentication Basic
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
Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT
Get-MsolUser -All
";
            await VerifyFixAsync(script, expected);
        }

        [Fact]
        public async Task Fix_KeepsSharedPlumbing()
        {
            const string script = "$cred = Get-Credential\nConnect-AzureAD -Credential $cred\nConnect-SPOService -Url $u -Credential $cred\n";
            const string expected = "Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT\n" +
                "Connect-SPOService -Url $u -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT\n";
            await VerifyFixAsync(script, expected);
        }

        [Theory]
        [InlineData("Connect-AzureRmAccount $cred", "Connect-AzAccount -ServicePrincipal -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Tenant $env:SECUREAPP__TENANTID")]
        [InlineData("Login-AzureRmAccount -Credential $cred -TenantId $t -Force", "Connect-AzAccount -ServicePrincipal -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -TenantId $t -Force")]
        [InlineData("Connect-AzAccount -Cred $cred -Tenant $t", "Connect-AzAccount -ServicePrincipal -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Tenant $t")]
        [InlineData("Connect-ExchangeOnline -Credential $cred -ShowBanner:$false", "Connect-ExchangeOnline -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION -ShowBanner:$false")]
        [InlineData("Connect-ExchangeOnline -Credential $cred -DelegatedOrganization $customer", "Connect-ExchangeOnline -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -DelegatedOrganization $customer")]
        [InlineData("Connect-IPPSSession -Credential $cred", "Connect-IPPSSession -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION")]
        [InlineData("Connect-SPOService https://contoso-admin.sharepoint.com $cred", "Connect-SPOService https://contoso-admin.sharepoint.com -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT")]
        [InlineData("Connect-PnPOnline -Url $url -Credentials $cred -ClientId $id", "Connect-PnPOnline -Url $url -ClientId $env:SECUREAPP__CLIENTID -Tenant $env:SECUREAPP__TENANTID -Thumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT")]
        [InlineData("Connect-MicrosoftTeams -Credential $cred -AccountId $upn -TenantId $t", "Connect-MicrosoftTeams -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -TenantId $t")]
        [InlineData("Connect-PartnerCenter -ApplicationId $app -Credential $cred", "Connect-PartnerCenter -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -RefreshToken $env:PARTNERCENTER__REFRESHTOKEN")]
        [InlineData("Connect-AzureAD `\n    -TenantId $t `\n    -Credential $cred", "Connect-MgGraph `\n    -TenantId $t `\n    -ClientId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT")]
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
            const string expected = "param($a, $b)\nConnect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT\n" +
                "Connect-ExchangeOnline -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION\n" +
                "Connect-MicrosoftTeams -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -TenantId $env:SECUREAPP__TENANTID\n";
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
