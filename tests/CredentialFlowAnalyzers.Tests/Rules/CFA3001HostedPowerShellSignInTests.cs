using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3001PowerShellSignInCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA3001HostedPowerShellSignInTests
    {
        private static DiagnosticResult SignIn(int location, string cmdlet, string module, string replacement) =>
            VerifyCS.Diagnostic("CFA3001").WithLocation(location).WithArguments(cmdlet, module, replacement);

        private static DiagnosticResult Msol(int location) => SignIn(location, "Connect-MsolService", "MSOnline", CFA3002ScriptSignInTests.GraphReplacement);

        private static VerifyCS.Test Ps76(string source, string? fixedSource = null)
        {
            var test = new VerifyCS.Test { TestCode = source }.With(TestReferences.PowerShell76);
            if (fixedSource != null)
            {
                test.FixedCode = fixedSource;
            }

            if (fixedSource == source)
            {
                NoFix(test);
            }

            return test;
        }

        private static VerifyCS.Test NoFix(VerifyCS.Test test)
        {
            test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            return test;
        }

        private static async Task RunAsync(VerifyCS.Test test, params DiagnosticResult[] expected)
        {
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fluent_AddCommand_AddParameter_IsReported_AndFixed()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PSCredential cred)
    {
        using (PowerShell ps = PowerShell.Create())
        {
            ps.AddStatement().AddCommand({|#0:""Connect-MsolService""|}).AddParameter(""Credential"", cred);
            ps.Invoke();
        }
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run()
    {
        using (PowerShell ps = PowerShell.Create())
        {
            ps.AddStatement().AddCommand(""Connect-MgGraph"").AddParameter(""ClientId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""TenantId"", Environment.GetEnvironmentVariable(""SECUREAPP__TENANTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
            ps.Invoke();
        }
    }
}";
            await RunAsync(Ps76(source, fixedSource), Msol(0));
        }

        [Fact]
        public async Task SameInstance_PrefixAndDash_IsReported_AndFixed_WithPlumbing()
        {
            const string source = @"
using System.Management.Automation;
using System.Security;

class Sync
{
    void Run(PowerShell ps, string user, SecureString password)
    {
        var cred = new PSCredential(user, password);
        ps.AddCommand({|#0:""Connect-AzureAD""|});
        ps.AddParameter(""-Cred"", cred);
        ps.AddParameter(""TenantId"", ""contoso.onmicrosoft.com"");
        ps.Invoke();
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddCommand(""Connect-MgGraph"");
        ps.AddParameter(""ClientId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
        ps.AddParameter(""TenantId"", ""contoso.onmicrosoft.com"");
        ps.Invoke();
    }
}";
            await RunAsync(Ps76(source, fixedSource), SignIn(0, "Connect-AzureAD", "AzureAD", CFA3002ScriptSignInTests.GraphReplacement));
        }

        [Fact]
        public async Task AddArgument_PositionalCredential_AzureRm_IsReported_AndFixed()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        ps.AddCommand({|#0:""Login-AzureRmAccount""|}).AddArgument(cred).AddParameter(""TenantId"", ""t"");
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddCommand(""Connect-AzAccount"").AddParameter(""ServicePrincipal"").AddParameter(""ApplicationId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT"")).AddParameter(""TenantId"", ""t"");
    }
}";
            await RunAsync(Ps76(source, fixedSource), SignIn(0, "Connect-AzureRmAccount", "AzureRM", CFA3002ScriptSignInTests.AzureRmReplacement));
        }

        [Fact]
        public async Task CommandParameterObject_AddedToParameters_IsReported_WithoutFix_OtherParametersAreNot()
        {
            const string source = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(Runspace rs, PSCredential cred)
    {
        Pipeline pipeline = rs.CreatePipeline();
        var connect = new Command({|#0:""Connect-MsolService""|});
        connect.Parameters.Add(new CommandParameter(""Credential"", cred));
        pipeline.Commands.Add(connect);
        var teams = new Command(""Connect-MicrosoftTeams"");
        teams.Parameters.Add(new CommandParameter(""TenantId"", ""t""));
        pipeline.Commands.Add(teams);
        pipeline.Invoke();
    }
}";
            await RunAsync(Ps76(source, source), Msol(0));
        }

        [Fact]
        public async Task ScriptText_JoinedWithEnvironmentNewLine_IsReportedOnce()
        {
            const string source = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        string script = ""Set-StrictMode -Version 2"" + Environment.NewLine + ""{|#0:Connect-AzureAD -Credential $cred|}"" + Environment.NewLine + ""Get-AzureADUser -Top 1"";
        ps.Runspace.SessionStateProxy.SetVariable(""cred"", cred);
        ps.AddScript(script).Invoke();
    }
}";
            await RunAsync(Ps76(source, source), SignIn(0, "Connect-AzureAD", "AzureAD", CFA3002ScriptSignInTests.GraphReplacement));
        }

        [Fact]
        public async Task AddParameters_Dictionary_And_Hashtable_AreReported_WithoutFix()
        {
            const string source = @"
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        ps.AddCommand({|#0:""Connect-AzureAD""|}).AddParameters(new Dictionary<string, object> { [""Credential""] = cred });
        ps.AddCommand({|#1:""Connect-ExchangeOnline""|}).AddParameters(new Hashtable { { ""Credential"", cred }, { ""ShowBanner"", false } });
        ps.AddCommand({|#2:""Connect-AzureRmAccount""|}).AddParameters(new ArrayList { cred });
    }
}";
            var test = Ps76(source, source);
            await RunAsync(
                test,
                SignIn(0, "Connect-AzureAD", "AzureAD", CFA3002ScriptSignInTests.GraphReplacement),
                SignIn(1, "Connect-ExchangeOnline", "ExchangeOnlineManagement", CFA3002ScriptSignInTests.ExchangeReplacement),
                SignIn(2, "Connect-AzureRmAccount", "AzureRM", CFA3002ScriptSignInTests.AzureRmReplacement));
        }

        [Fact]
        public async Task CommandObject_InPipeline_IsReported_AndFixed()
        {
            const string source = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(Runspace rs, PSCredential cred)
    {
        Pipeline pipeline = rs.CreatePipeline();
        var connect = new Command({|#0:""Connect-MicrosoftTeams""|});
        connect.Parameters.Add(""Credential"", cred);
        connect.Parameters.Add(new CommandParameter(""TenantId"", ""t""));
        pipeline.Commands.Add(connect);
        pipeline.Invoke();
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(Runspace rs)
    {
        Pipeline pipeline = rs.CreatePipeline();
        var connect = new Command(""Connect-MicrosoftTeams"");
        connect.Parameters.Add(""ApplicationId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID""));
        connect.Parameters.Add(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
        connect.Parameters.Add(new CommandParameter(""TenantId"", ""t""));
        pipeline.Commands.Add(connect);
        pipeline.Invoke();
    }
}";
            await RunAsync(Ps76(source, fixedSource), SignIn(0, "Connect-MicrosoftTeams", "MicrosoftTeams", CFA3002ScriptSignInTests.TeamsReplacement));
        }

        [Fact]
        public async Task PSCommand_AddCommandOfCommand_IsReported()
        {
            const string source = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(PowerShell ps, PSCredential cred, string adminUrl)
    {
        var command = new PSCommand();
        command.AddCommand(new Command({|#0:""Connect-SPOService""|})).AddParameter(""Url"", adminUrl).AddParameter(""Credential"", cred);
        ps.Commands = command;
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(PowerShell ps, string adminUrl)
    {
        var command = new PSCommand();
        command.AddCommand(new Command(""Connect-SPOService"")).AddParameter(""Url"", adminUrl).AddParameter(""ClientId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""TenantId"", Environment.GetEnvironmentVariable(""SECUREAPP__TENANTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
        ps.Commands = command;
    }
}";
            await RunAsync(Ps76(source, fixedSource), SignIn(0, "Connect-SPOService", "Microsoft.Online.SharePoint.PowerShell", CFA3002ScriptSignInTests.SpoReplacement));
        }

        [Fact]
        public async Task AddScript_Literal_IsReportedInsideTheLiteral_AndFixed()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddScript(""$c = Get-Credential; {|#0:Connect-MsolService -Credential $c|}; Get-MsolUser"");
    }
}";
            const string fixedSource = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddScript(""$c = Get-Credential; Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT; Get-MsolUser"");
    }
}";
            await RunAsync(Ps76(source, fixedSource), Msol(0));
        }

        [Fact]
        public async Task AddScript_VerbatimConstant_IsReportedOnTheArgument_AndFixedWithPlumbing()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    const string Script = @""
$cred = Get-Credential -UserName 'svc@""""contoso.com'
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-Mailbox
"";

    void Run(PowerShell ps) => ps.AddScript({|#0:Script|}).Invoke();
}";
            const string fixedSource = @"
using System.Management.Automation;

class Sync
{
    const string Script = @""
Connect-ExchangeOnline -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION -ShowBanner:$false
Get-Mailbox
"";

    void Run(PowerShell ps) => ps.AddScript(Script).Invoke();
}";
            var test = Ps76(source, fixedSource);
            await RunAsync(test, SignIn(0, "Connect-ExchangeOnline", "ExchangeOnlineManagement", CFA3002ScriptSignInTests.ExchangeReplacement));
        }

        [Fact]
        public async Task AddScript_InterpolatedAndConcatenated_ReportsPasswordAndSignIn()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, string user, string password)
    {
        ps.AddScript($""$p = {|#0:ConvertTo-SecureString '{password}' -AsPlainText -Force|}; "" +
                     $""$c = New-Object System.Management.Automation.PSCredential('{user}', $p); {|#1:Connect-MsolService -Credential $c|}"");
    }
}";
            await RunAsync(Ps76(source, source), VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithArguments("ConvertTo-SecureString -AsPlainText"), Msol(1));
        }

        [Fact]
        public async Task AddScript_LocalAndEscapes_MapToTheLiteral()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        string script = ""Write-Host \""go\""\n{|#0:Connect-AzAccount -Credential $c|}"";
        ps.AddScript(script);
    }
}";
            const string fixedSource = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        string script = ""Write-Host \""go\""\nConnect-AzAccount -ServicePrincipal -ApplicationId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Tenant $env:SECUREAPP__TENANTID"";
        ps.AddScript(script);
    }
}";
            await RunAsync(Ps76(source, fixedSource), SignIn(0, "Connect-AzAccount", "Az.Accounts", CFA3002ScriptSignInTests.AzReplacement));
        }

        [Fact]
        public async Task RawStrings_SingleLineMapsExactly_MultiLineReportsTheLiteral()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddScript(""""""{|#0:Connect-MsolService -Credential $c|}"""""");
        ps.AddScript({|#1:""""""
            Get-Date
            Connect-AzureAD -Credential $c
            """"""|});
    }
}";
            var test = Ps76(source);
            await RunAsync(test, Msol(0), SignIn(1, "Connect-AzureAD", "AzureAD", CFA3002ScriptSignInTests.GraphReplacement));
        }

        [Fact]
        public async Task StringBuilder_IsReportedInsideTheAppendedLiteral()
        {
            const string source = @"
using System.Management.Automation;
using System.Text;

class Sync
{
    void Run(PowerShell ps)
    {
        var sb = new StringBuilder();
        sb.AppendLine(""{|#1:Import-Module MicrosoftTeams, MSOnline|}"");
        sb.AppendLine(""{|#0:Connect-MicrosoftTeams -Credential $cred|}"");
        ps.AddScript(sb.ToString());
    }
}";
            var test = Ps76(source, source);
            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("CFA3004").WithLocation(1).WithArguments("MSOnline", CFA3002ScriptSignInTests.GraphModules));
            await RunAsync(test, SignIn(0, "Connect-MicrosoftTeams", "MicrosoftTeams", CFA3002ScriptSignInTests.TeamsReplacement));
        }

        [Fact]
        public async Task CreatePipeline_And_ScriptBlock_AreReported()
        {
            const string source = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(Runspace rs)
    {
        rs.CreatePipeline(""{|#0:Connect-MsolService -Credential $cred|}"").Invoke();
        ScriptBlock.Create(""{|#1:Connect-PnPOnline -Url $u -Credentials $cred|}"");
        new Command(""{|#2:Connect-AzureAD -Credential $cred|}"", true);
    }
}";
            await RunAsync(
                Ps76(source, @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(Runspace rs)
    {
        rs.CreatePipeline(""Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT"").Invoke();
        ScriptBlock.Create(""Connect-PnPOnline -Url $u -ClientId $env:SECUREAPP__CLIENTID -Tenant $env:SECUREAPP__TENANTID -Thumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT"");
        new Command(""Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT"", true);
    }
}"),
                Msol(0),
                SignIn(1, "Connect-PnPOnline", "PnP.PowerShell", CFA3002ScriptSignInTests.PnPReplacement),
                SignIn(2, "Connect-AzureAD", "AzureAD", CFA3002ScriptSignInTests.GraphReplacement));
        }

        [Fact]
        public async Task ImportModule_AndInitialSessionState_AreReported()
        {
            const string source = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddCommand({|#0:""Import-Module""|}).AddArgument(""MSOnline"");
        ps.AddCommand({|#1:""Import-Module""|}).AddParameter(""Name"", ""AzureRM.Profile"");
        var iss = InitialSessionState.CreateDefault();
        iss.ImportPSModule(new[] { {|#2:""AzureAD""|}, ""Microsoft.Graph"" });
    }
}";
            await RunAsync(
                Ps76(source, source),
                VerifyCS.Diagnostic("CFA3004").WithLocation(0).WithArguments("MSOnline", CFA3002ScriptSignInTests.GraphModules),
                VerifyCS.Diagnostic("CFA3004").WithLocation(1).WithArguments("AzureRM", "Az"),
                VerifyCS.Diagnostic("CFA3004").WithLocation(2).WithArguments("AzureAD", CFA3002ScriptSignInTests.GraphModules));
        }

        [Fact]
        public async Task NearMisses_AreNotReported()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential app, PSCredential cred, string token)
    {
        ps.AddCommand(""Connect-MgGraph"").AddParameter(""Credential"", app).AddParameter(""TenantId"", ""t"");
        ps.AddCommand(""Connect-AzAccount"").AddParameter(""ServicePrincipal"").AddParameter(""Credential"", app).AddParameter(""Tenant"", ""t"");
        ps.AddCommand(""Connect-AzAccount"").AddParameter(""AccessToken"", token).AddParameter(""AccountId"", ""a"");
        ps.AddCommand(""Invoke-Command"").AddParameter(""ComputerName"", ""localhost"").AddParameter(""Credential"", cred);
        ps.AddCommand(""Connect-MsolService"");
        ps.AddCommand(""Get-MsolUser"").AddParameter(""Credential"", cred);
        ps.AddCommand(""Connect-PartnerCenter"").AddParameter(""ApplicationId"", ""a"").AddParameter(""Credential"", app).AddParameter(""RefreshToken"", token);
        ps.AddScript(""# Connect-MsolService -Credential $cred"");
        ps.AddScript(""Connect-ExchangeOnline -AccessToken $t -Organization o"");
        string help = ""Connect-MsolService -Credential $cred"";
        System.Console.WriteLine(help);
    }
}";
            await RunAsync(Ps76(source));
        }

        [Fact]
        public async Task NewCommandAfterward_EndsTheChain()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        ps.AddCommand(""Connect-MsolService"");
        ps.AddCommand(""Get-Thing"");
        ps.AddParameter(""Credential"", cred);
    }
}";
            await RunAsync(Ps76(source));
        }

        [Fact]
        public async Task PowerShellStandard_OnNet10_IsReported_AndFixed()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PSCredential cred)
    {
        using (var ps = PowerShell.Create())
        {
            ps.AddCommand({|#0:""Connect-ExchangeOnline""|}).AddParameter(""Credential"", cred).AddParameter(""DelegatedOrganization"", ""customer.onmicrosoft.com"");
        }
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run()
    {
        using (var ps = PowerShell.Create())
        {
            ps.AddCommand(""Connect-ExchangeOnline"").AddParameter(""AppId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT"")).AddParameter(""DelegatedOrganization"", ""customer.onmicrosoft.com"");
        }
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.With(TestReferences.PowerShellStandard);
            await RunAsync(test, SignIn(0, "Connect-ExchangeOnline", "ExchangeOnlineManagement", CFA3002ScriptSignInTests.ExchangeReplacement));
        }

        [Fact]
        public async Task PowerShellStandard_OnNetFramework_IsReported_AndFixedWithAppSettings()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PSCredential cred)
    {
        using (var ps = PowerShell.Create())
        {
            ps.AddScript(""{|#0:Connect-MsolService -Credential $cred|}"").Invoke();
            ps.AddCommand({|#1:""Connect-MsolService""|}).AddParameter(""Credential"", cred).Invoke();
        }
    }
}";
            const string fixedSource = @"
using System.Configuration;
using System.Management.Automation;

class Sync
{
    void Run()
    {
        using (var ps = PowerShell.Create())
        {
            ps.AddScript(""Connect-MgGraph -ClientId $env:SECUREAPP__CLIENTID -TenantId $env:SECUREAPP__TENANTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT"").Invoke();
            ps.AddCommand(""Connect-MgGraph"").AddParameter(""ClientId"", ConfigurationManager.AppSettings[""SecureApp:ClientId""]).AddParameter(""TenantId"", ConfigurationManager.AppSettings[""SecureApp:TenantId""]).AddParameter(""CertificateThumbprint"", ConfigurationManager.AppSettings[""SecureApp:CertificateThumbprint""]).Invoke();
        }
    }
}";
            var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource }.OnNetFramework(TestReferences.PowerShellStandardNetFramework);
            await RunAsync(test, Msol(0), Msol(1));
        }

        [Fact]
        public async Task WithoutSystemManagementAutomation_NothingIsReported()
        {
            const string source = @"
class PowerShell
{
    public static PowerShell Create() => new PowerShell();
    public PowerShell AddCommand(string name) => this;
    public PowerShell AddParameter(string name, object value) => this;
    public PowerShell AddScript(string text) => this;
}

class Sync
{
    void Run(object cred)
    {
        PowerShell.Create().AddCommand(""Connect-MsolService"").AddParameter(""Credential"", cred);
        PowerShell.Create().AddScript(""Connect-MsolService -Credential $cred"");
    }
}";
            await RunAsync(new VerifyCS.Test { TestCode = source }.WithoutVendorReferences());
        }

        [Fact]
        public async Task CodeUnderEdit_StillReports()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        ps.AddCommand({|#0:""Connect-MsolService""|}).AddParameter(""Credential"", cred)
    }
}";
            var test = Ps76(source);
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await RunAsync(test, Msol(0));
        }

        [Fact]
        public async Task FixAll_RewritesEveryOccurrence()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential a, PSCredential b)
    {
        ps.AddCommand({|#0:""Connect-MsolService""|}).AddParameter(""Credential"", a);
        ps.AddStatement().AddCommand({|#1:""Connect-PnPOnline""|}).AddParameter(""Url"", ""https://contoso.sharepoint.com"").AddParameter(""Credentials"", b);
        ps.AddScript(""{|#2:Connect-IPPSSession -Credential $c|}"");
    }
}";
            const string fixedSource = @"
using System;
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddCommand(""Connect-MgGraph"").AddParameter(""ClientId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""TenantId"", Environment.GetEnvironmentVariable(""SECUREAPP__TENANTID"")).AddParameter(""CertificateThumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
        ps.AddStatement().AddCommand(""Connect-PnPOnline"").AddParameter(""Url"", ""https://contoso.sharepoint.com"").AddParameter(""ClientId"", Environment.GetEnvironmentVariable(""SECUREAPP__CLIENTID"")).AddParameter(""Tenant"", Environment.GetEnvironmentVariable(""SECUREAPP__TENANTID"")).AddParameter(""Thumbprint"", Environment.GetEnvironmentVariable(""SECUREAPP__CERTIFICATETHUMBPRINT""));
        ps.AddScript(""Connect-IPPSSession -AppId $env:SECUREAPP__CLIENTID -CertificateThumbprint $env:SECUREAPP__CERTIFICATETHUMBPRINT -Organization $env:EXCHANGE__ORGANIZATION"");
    }
}";
            await RunAsync(
                Ps76(source, fixedSource),
                Msol(0),
                SignIn(1, "Connect-PnPOnline", "PnP.PowerShell", CFA3002ScriptSignInTests.PnPReplacement),
                SignIn(2, "Connect-IPPSSession", "ExchangeOnlineManagement", "Connect-IPPSSession -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken, or -UserPrincipalName (interactive)"));
        }

        [Fact]
        public async Task Message_AndProperties_NeverContainTheSecret()
        {
            const string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps)
    {
        ps.AddScript(""$p = {|#0:ConvertTo-SecureString 'Hunter2!' -AsPlainText -Force|}; $c = New-Object PSCredential('svc@contoso.com', $p); {|#1:Connect-MsolService -Credential $c|}"");
    }
}";
            var test = Ps76(source);
            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithMessage("'ConvertTo-SecureString -AsPlainText' builds a credential from a password written in the code; read a token or certificate from a secret store instead"));
            test.ExpectedDiagnostics.Add(Msol(1).WithMessage("'Connect-MsolService' (MSOnline) signs in with a user name and password, which fails when MFA is enforced; use " + CFA3002ScriptSignInTests.GraphReplacement));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
