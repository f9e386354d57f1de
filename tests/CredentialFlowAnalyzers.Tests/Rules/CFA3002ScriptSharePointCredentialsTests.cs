using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3002PowerShellScriptCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    /// <summary>
    /// CFA3002 for CSOM driven from a script: <c>New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($user, $secure)</c>
    /// and <c>New-Object -TypeName ... -ArgumentList $user, $secure</c> (the script twin of CFA4005's constructor). PowerShell
    /// reads <c>Type($a, $b)</c> as two arguments, the type and the argument list, and so does the script model. Shapes from
    /// public code: https://github.com/alexverboon/posh (Office365/wip/folders.ps1) and
    /// https://github.com/arun3185-gmail-com/DevEx.PowerShell (PS_CSOM_Workshop.ps1).
    /// </summary>
    public class CFA3002ScriptSharePointCredentialsTests
    {
        private const string Code = "class Job { }";
        private const string Replacement = "Connect-PnPOnline -ClientId -Tenant -Thumbprint (app-only with a certificate) or -AccessToken (PnP.PowerShell), or an access token from MSAL set on the ClientContext's ExecutingWebRequest";

        private static DiagnosticResult Csom(int location) =>
            VerifyCS.Diagnostic("CFA3002").WithLocation(location).WithArguments("SharePointOnlineCredentials", "SharePoint Online CSOM", Replacement);

        private static Task VerifyScriptAsync(string script, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = Code };
            test.TestState.AdditionalFiles.Add(("Folders.ps1", script));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task NewObject_TypeWithArgumentList_EveryWayOfWritingIt_IsReported()
        {
            const string script = @"Add-Type -Path ""C:\Program Files\Common Files\Microsoft Shared\Web Server Extensions\16\ISAPI\Microsoft.SharePoint.Client.dll""
$Context = New-Object Microsoft.SharePoint.Client.ClientContext($SiteURL)
$a = {|#0:New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($SPOUser,$SPOPassword)|}
$b = {|#1:New-Object -TypeName Microsoft.SharePoint.Client.SharePointOnlineCredentials -ArgumentList $Username, $Password|}
$c = {|#2:New-Object microsoft.sharepoint.client.sharepointonlinecredentials -Args @($u, $p)|}
$d = {|#3:New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials `
    ($u, (ConvertTo-SecureString $env:SPO_PASSWORD -AsPlainText -Force))|}
$Context.Credentials = $a
";
            await VerifyScriptAsync(script, Csom(0), Csom(1), Csom(2), Csom(3));
        }

        [Fact]
        public async Task OtherTypes_AndNoArguments_AreNotReported()
        {
            const string script = @"$ctx = New-Object Microsoft.SharePoint.Client.ClientContext($url)
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
$net = New-Object System.Net.NetworkCredential($user, $password)
$none = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials
$other = New-Object -TypeName Contoso.SharePointOnlineCredentialsCache -ArgumentList $user, $secure
# $old = New-Object Microsoft.SharePoint.Client.SharePointOnlineCredentials($u, $p)
Write-Output SharePointOnlineCredentials($u)
";
            await VerifyScriptAsync(script);
        }
    }
}
