using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.CodeFixes.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3002PowerShellScriptCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// CFA3002 for a hand-rolled password grant in a script: <c>Invoke-RestMethod</c> / <c>Invoke-WebRequest</c> posting a
    /// token request body with <c>grant_type=password</c>, as a hashtable, a splatted request or a form-encoded string (the
    /// script twin of CFA2001, reported at the command like every script sign-in). Shapes from public code: Power BI master-user
    /// scripts (a hashtable body posted to login.windows.net), https://github.com/mgajda83/PSMyClaims (Invoke-PasswordToken:
    /// a splatted request whose Body is a hashtable with Grant_Type = 'Password'), https://github.com/d365collaborative/PSOAuthHelper
    /// (Invoke-PasswordGrant), and the client-credentials near-miss of https://github.com/philspokas/my-rapp.
    /// </summary>
    public class CFA3002ScriptPasswordGrantTests
    {
        private const string Code = "class Job { }";
        private const string Replacement = "app-only authentication (grant_type=client_credentials with a certificate), or grant_type=refresh_token with the Secure Application Model app's certificate and a refresh token kept in a secret store";
        private const string Module = "OAuth 2.0 token request with grant_type=password";

        private static DiagnosticResult Grant(int location, string command) =>
            VerifyCS.Diagnostic("CFA3002").WithLocation(location).WithArguments(command, Module, Replacement);

        private static Task VerifyScriptAsync(string script, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("Get-Token.ps1", script));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task HashtableBody_InAVariable_IsReported()
        {
            const string script = @"$body = @{""resource"" = ""https://analysis.windows.net/powerbi/api""
    ""client_id"" = $clientId;
    ""grant_type"" = ""password"";
    ""username"" = $user;
    ""password"" = $env:PBI_PASSWORD
}
$auth = {|#0:Invoke-RestMethod -Uri https://login.windows.net/common/oauth2/token/ –Method POST -Body $body|}
";
            await VerifyScriptAsync(script, Grant(0, "Invoke-RestMethod"));
        }

        [Fact]
        public async Task SplattedRequest_InlineHashtable_AndStringBody_AreReported()
        {
            const string script = @"$RequestBody = @{
    Grant_Type    = 'Password'
    Client_Id     = $ClientId
    Username      = $Credential.GetNetworkCredential().Username
    Password      = $Credential.GetNetworkCredential().Password
}
$Request = @{
    Method = 'POST'
    Body = $RequestBody
    Uri = 'https://login.microsoftonline.com/{0}/oauth2/v2.0/token' -f $TenantId
}
$a = {|#0:Invoke-RestMethod @Request|}
$b = {|#1:irm -Method Post -Uri $uri -Body @{ grant_type = 'password'; username = $u; password = $p; client_id = $c }|}
$body = ""grant_type=password&resource=$([uri]::EscapeDataString($Resource))&client_id=$ClientId&username=$Username&password=$Password""
$c = {|#2:Invoke-WebRequest -Uri $tokenUrl -Method Post -Body $body -ContentType ""application/x-www-form-urlencoded"" -UseBasicParsing|}
$d = {|#3:iwr $tokenUrl -Method Post -Body 'client_id=x&grant_type=password&username=u&password=p'|}
";
            await VerifyScriptAsync(script, Grant(0, "Invoke-RestMethod"), Grant(1, "Invoke-RestMethod"), Grant(2, "Invoke-WebRequest"), Grant(3, "Invoke-WebRequest"));
        }

        [Fact]
        public async Task OtherGrants_AndBodiesThatOnlyMentionPassword_AreNotReported()
        {
            const string script = @"$body = ""grant_type=client_credentials&client_id=$ClientId&client_secret=$ClientSecret&resource=$Resource""
Invoke-RestMethod -Method Post -Uri $RequestAccessTokenUri -Body $body -ContentType 'application/x-www-form-urlencoded'
$refresh = @{ grant_type = 'refresh_token'; refresh_token = $env:REFRESH_TOKEN; password_hint = 'password' }
Invoke-RestMethod -Method Post -Uri $uri -Body $refresh
$reset = @{ newPassword = 'grant_type=password' }
Invoke-RestMethod -Method Patch -Uri $graph -Body ($reset | ConvertTo-Json)
# Invoke-RestMethod -Uri $u -Body 'grant_type=password&username=u'
$twice = 'grant_type=password'
$twice = 'grant_type=client_credentials'
Invoke-RestMethod -Uri $u -Body $twice
Write-Host 'Invoke-RestMethod -Body grant_type=password'
";
            await VerifyScriptAsync(script);
        }

        [Fact]
        public async Task NoFix_IsOffered()
        {
            const string script = "$b = @{ grant_type = 'password'; username = $u; password = $p }\nInvoke-RestMethod -Uri $u -Method Post -Body $b\n";
            var (actual, remaining) = await AdditionalFileFix.ApplyAsync(new PowerShellRules(), new CFA3002PowerShellScriptCodeFix(), "Get-Token.ps1", script);
            Assert.Equal(script, actual);
            Assert.Single(remaining, d => d.Id == "CFA3002");
        }

        [Fact]
        public async Task TruncatedBody_DoesNotCrash()
        {
            await VerifyScriptAsync("$b = @{ grant_type = 'password'\nInvoke-RestMethod -Uri $u -Body $b -Method (Post\n");
        }
    }
}
