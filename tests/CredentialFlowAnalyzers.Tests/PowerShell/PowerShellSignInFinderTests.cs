using System.Linq;
using CredentialFlowAnalyzers.PowerShell;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.PowerShell
{
    public class PowerShellSignInFinderTests
    {
        private static string SignIns(string script) =>
            string.Join(",", PowerShellSignInFinder.Find(script).Where(f => f.Kind == PsFindingKind.SignIn).Select(f => f.Cmdlet!.Key));

        private static string Kinds(string script) =>
            string.Join(",", PowerShellSignInFinder.Find(script).Select(f => f.Kind));

        [Theory]
        [InlineData("Connect-MsolService -Credential $cred", "MsolService")]
        [InlineData("connect-msolservice -credential $cred", "MsolService")]
        [InlineData("MSOnline\\Connect-MsolService -Credential $cred", "MsolService")]
        [InlineData("Connect-MsolService -Cred $cred", "MsolService")]
        [InlineData("Connect-MsolService -Credential:$cred", "MsolService")]
        [InlineData("Connect-MsolService -Credential (Get-Credential)", "MsolService")]
        [InlineData("Connect-AzureAD -Credential $c -TenantId $t", "AzureAD")]
        [InlineData("Connect-AzureRmAccount $cred", "AzureRmAccount")]
        [InlineData("Login-AzureRmAccount -Credential $cred", "AzureRmAccount")]
        [InlineData("Add-AzureRmAccount -Force $cred", "AzureRmAccount")]
        [InlineData("Connect-AzAccount -Credential $cred -Tenant $t", "AzAccount")]
        [InlineData("Login-AzAccount -Credential $cred", "AzAccount")]
        [InlineData("Add-AzAccount -Credential $cred", "AzAccount")]
        [InlineData("Connect-ExchangeOnline -Credential $c -ShowBanner:$false", "ExchangeOnline")]
        [InlineData("Connect-ExchangeOnline -InlineCredential", "ExchangeOnline")]
        [InlineData("Connect-IPPSSession -Credential $c", "IPPSSession")]
        [InlineData("Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $c", "SPOService")]
        [InlineData("Connect-SPOService https://contoso-admin.sharepoint.com $c", "SPOService")]
        [InlineData("Connect-SPOService -Url $u $c", "SPOService")]
        [InlineData("Connect-PnPOnline -Url $u -Credentials $c", "PnPOnline")]
        [InlineData("Connect-PnPOnline $u -Credential $c", "PnPOnline")]
        [InlineData("Connect-MicrosoftTeams -Credential $c", "MicrosoftTeams")]
        [InlineData("Connect-PartnerCenter -ApplicationId $app -Credential $c", "PartnerCenterUser")]
        [InlineData("Add-PCAuthentication -CspAppId $a -CspDomain $d -Credential $c", "PCAuthentication")]
        [InlineData("$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic -AllowRedirection", "ExchangeRemotePowerShell")]
        public void SignIn_IsFound(string script, string key) => Assert.Equal(key, SignIns(script));

        [Theory]
        [InlineData("Connect-MgGraph -Credential $appSecret -TenantId $t")]
        [InlineData("Connect-MgGraph -AccessToken $token")]
        [InlineData("Connect-AzAccount -ServicePrincipal -Credential $app -Tenant $t")]
        [InlineData("Connect-AzureRmAccount -ServicePrincipal $app -TenantId $t")]
        [InlineData("Connect-AzAccount -AccessToken $t -AccountId $u")]
        [InlineData("Connect-AzAccount -Identity")]
        [InlineData("Connect-ExchangeOnline -AccessToken $t -Organization contoso.onmicrosoft.com")]
        [InlineData("Connect-ExchangeOnline -CertificatePassword $p -CertificateFilePath c.pfx -AppId $a -Organization o")]
        [InlineData("Connect-SPOService -Url $u")]
        [InlineData("Connect-SPOService -Url $u -CertificatePassword $p -ClientId $c -TenantId $t")]
        [InlineData("Connect-PnPOnline -Url $u -ClientId $id -ClientSecret $s")]
        [InlineData("Connect-PnPOnline -Url $u -AccessToken $t")]
        [InlineData("Connect-MicrosoftTeams -AccessTokens @($g, $t)")]
        [InlineData("Connect-PartnerCenter -ApplicationId $a -Credential $app -RefreshToken $rt")]
        [InlineData("Connect-PartnerCenter -Credential $app -ServicePrincipal -Tenant $t")]
        [InlineData("Connect-PartnerCenter -ApplicationId $a -Credential $app -Tenant $t")]
        [InlineData("New-PartnerAccessToken -RefreshToken $rt -Scopes $s -ServicePrincipal -Credential $app")]
        [InlineData("Add-PCAuthentication -CspAppId $a -CspDomain $d -CspClientSecret $s")]
        [InlineData("Invoke-Command -ComputerName localhost -Credential $c -ScriptBlock { Get-Date }")]
        [InlineData("New-PSSession -ComputerName server01 -Credential $c")]
        [InlineData("New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri \"https://ps.outlook.com/powershell-liveid?DelegatedOrg=$c&BasicAuthToOAuthConversion=true\" -Credential $c -Authentication Basic")]
        [InlineData("# Connect-MsolService -Credential $cred")]
        [InlineData("<#\nConnect-MsolService -Credential $cred\n#>")]
        [InlineData("$text = 'Connect-MsolService -Credential $cred'")]
        [InlineData("Write-Host \"Connect-MsolService -Credential $cred\"")]
        [InlineData("$doc = @'\nConnect-MsolService -Credential $cred\n'@")]
        [InlineData("Connect-MsolService")]
        [InlineData("Connect-MsolService -AdGraphAccessToken $t")]
        [InlineData("Write-Output Connect-MsolService -Credential $c")]
        public void NearMissesAndInertText_AreNotFound(string script) => Assert.Equal("", SignIns(script));

        [Fact]
        public void Splatting_IsFound()
        {
            const string script = "$params = @{\n    Credential = $cred\n    AzureEnvironment = 'AzureCloud'\n}\nConnect-MsolService @params";
            Assert.Equal("MsolService", SignIns(script));
        }

        [Fact]
        public void Splatting_WithoutCredential_IsNotFound()
        {
            const string script = "$params = @{ AccessToken = $t; AccountId = $u }\nConnect-AzAccount @params";
            Assert.Equal("", SignIns(script));
        }

        [Fact]
        public void Splatting_ServicePrincipal_IsNearMiss()
        {
            const string script = "$params = @{ Credential = $app; ServicePrincipal = $true; Tenant = $t }\nConnect-AzAccount @params";
            Assert.Equal("", SignIns(script));
        }

        [Fact]
        public void ContinuationLines_And_NestedCommands()
        {
            const string script = "if ($true) {\n    Connect-AzureAD `\n        -TenantId $t `\n        -Credential $c\n}\n$r = (Connect-MsolService -Credential $c)";
            Assert.Equal("AzureAD,MsolService", SignIns(script));
        }

        [Fact]
        public void Statements_OnOneLine_AndPipelines()
        {
            Assert.Equal("MsolService,AzureAD", SignIns("Import-Module MSOnline; Connect-MsolService -Credential $c; Get-Date | Connect-AzureAD -Credential $c"));
        }

        [Fact]
        public void Location_CoversTheCommand()
        {
            const string script = "Get-Date\n  Connect-MsolService -Credential $c # sign in\nGet-MsolUser";
            PsFinding finding = PowerShellSignInFinder.Find(script).Single();
            Assert.Equal("Connect-MsolService -Credential $c", script.Substring(finding.Start, finding.End - finding.Start));
        }

        [Theory]
        [InlineData("$p = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString \"P@ssw0rd\" -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString -String 'P@ssw0rd' -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString P@ssw0rd -AsPlainText -Force")]
        [InlineData("$p = 'P@ssw0rd' | ConvertTo-SecureString -AsPlainText -Force")]
        [InlineData("$c = New-Object PSCredential('u', (ConvertTo-SecureString 'x' -AsPlainText -Force))")]
        public void PlainTextPassword_IsFound(string script) => Assert.Equal("PlainTextPassword", Kinds(script));

        [Theory]
        [InlineData("$p = ConvertTo-SecureString $env:SERVICE_PASSWORD -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString \"Bearer $($token.AccessToken)\" -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString 'Bearer eyJ0' -AsPlainText -Force")]
        [InlineData("$p = ConvertTo-SecureString $encrypted")]
        [InlineData("$p = $plain | ConvertTo-SecureString -AsPlainText -Force")]
        [InlineData("$p = Read-Host -AsSecureString")]
        public void PlainTextPassword_NearMisses_AreNotFound(string script) => Assert.Equal("", Kinds(script));

        [Theory]
        [InlineData("Import-Module MSOnline", "MSOnline")]
        [InlineData("Import-Module -Name AzureAD", "AzureAD")]
        [InlineData("Import-Module AzureADPreview -Force", "AzureADPreview")]
        [InlineData("Import-Module 'AzureRM.Profile'", "AzureRM")]
        [InlineData("ipmo AzureRM", "AzureRM")]
        [InlineData("Import-Module MicrosoftTeams, MSOnline", "MSOnline")]
        [InlineData("Import-Module SharePointPnPPowerShellOnline", "SharePointPnPPowerShellOnline")]
        [InlineData("#Requires -Modules MSOnline", "MSOnline")]
        [InlineData("#Requires -Modules @{ ModuleName = 'AzureAD'; ModuleVersion = '2.0' }", "AzureAD")]
        public void RetiredModule_IsFound(string script, string module)
        {
            PsFinding finding = PowerShellSignInFinder.Find(script).Single();
            Assert.Equal(PsFindingKind.RetiredModule, finding.Kind);
            Assert.Equal(module, finding.Module!.Name);
        }

        [Theory]
        [InlineData("Import-Module Microsoft.Graph.Authentication")]
        [InlineData("Import-Module Az.Accounts")]
        [InlineData("Import-Module AzureRMHelpers")]
        [InlineData("# Import-Module MSOnline")]
        public void CurrentModules_AreNotFound(string script) => Assert.Equal("", Kinds(script));

        [Fact]
        public void PreFilter_SkipsTextWithoutCommands()
        {
            Assert.False(PowerShellSignInFinder.MayContainFindings("Get-ChildItem | Where-Object { $_.Length -gt 10 }"));
            Assert.True(PowerShellSignInFinder.MayContainFindings("CONNECT-MSOLSERVICE"));
        }

        [Theory]
        [InlineData("Connect-MsolService -Credential")]
        [InlineData("Connect-MsolService -Credential (")]
        [InlineData("Connect-MsolService -Credential $(")]
        [InlineData("$p = @{ Credential = \nConnect-MsolService @p")]
        [InlineData("Connect-SPOService -Url 'https://x")]
        [InlineData("ConvertTo-SecureString 'abc")]
        [InlineData("Import-Module")]
        public void TruncatedScripts_GiveNoSignIn(string script) => Assert.Equal("", SignIns(script));
    }
}
