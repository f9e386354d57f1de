using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using System.Linq;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3002PowerShellScriptCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA3004RetiredModuleTests
    {
        private static DiagnosticResult Module(int location, string module, string replacement) =>
            VerifyCS.Diagnostic("CFA3004").WithLocation(location).WithArguments(module, replacement);

        [Fact]
        public void DefaultSeverity_IsInfo() =>
            Assert.Equal(DiagnosticSeverity.Info, new CredentialFlowAnalyzers.Tests.Verifiers.PowerShellRules().SupportedDiagnostics.Single(d => d.Id == "CFA3004").DefaultSeverity);

        [Fact]
        public async Task Script_Imports_AreReported()
        {
            const string script = @"{|#0:#Requires -Modules AzureAD|}
{|#1:Import-Module -Name MSOnline -Force|}
{|#2:ipmo AzureRM.Profile|}
{|#3:Import-Module SharePointPnPPowerShellOnline|}
Import-Module Microsoft.Graph.Users
# Import-Module AzureADPreview
";
            var test = new VerifyCS.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add(("Legacy.psm1", script));
            test.ExpectedDiagnostics.Add(Module(0, "AzureAD", CFA3002ScriptSignInTests.GraphModules));
            test.ExpectedDiagnostics.Add(Module(1, "MSOnline", CFA3002ScriptSignInTests.GraphModules));
            test.ExpectedDiagnostics.Add(Module(2, "AzureRM", "Az"));
            test.ExpectedDiagnostics.Add(Module(3, "SharePointPnPPowerShellOnline", "PnP.PowerShell"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Hosted_Imports_OnPowerShellStandard_AreReported()
        {
            const string code = @"
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Host
{
    void Run(PowerShell ps)
    {
        var iss = InitialSessionState.CreateDefault();
        iss.ImportPSModule(new[] { {|#0:""MSOnline""|} });
        ps.AddCommand({|#1:""Import-Module""|}).AddParameter(""-Name"", ""AzureADPreview"");
        ps.AddScript(""{|#2:Import-Module SkypeOnlineConnector|}"");
        ps.AddCommand(""Import-Module"").AddArgument(""Az.Accounts"");
    }
}";
            var test = new VerifyCS.Test { TestCode = code }.With(TestReferences.PowerShellStandard);
            test.ExpectedDiagnostics.Add(Module(0, "MSOnline", CFA3002ScriptSignInTests.GraphModules));
            test.ExpectedDiagnostics.Add(Module(1, "AzureADPreview", CFA3002ScriptSignInTests.GraphModules));
            test.ExpectedDiagnostics.Add(Module(2, "SkypeOnlineConnector", "MicrosoftTeams"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Hosted_ImportPSModule_WithALocalArray_IsReportedAtTheName_OtherModulesAreNot()
        {
            const string code = @"
using System.Management.Automation.Runspaces;

class Host
{
    InitialSessionState Create(bool graph)
    {
        string[] modules = { {|#0:""MSOnline""|}, ""ExchangeOnlineManagement"" };
        var iss = InitialSessionState.CreateDefault();
        iss.ImportPSModule(modules);
        string[] modern = { ""Microsoft.Graph.Authentication"", ""Az.Accounts"" };
        iss.ImportPSModule(modern);
        return iss;
    }
}";
            var test = new VerifyCS.Test { TestCode = code }.With(TestReferences.PowerShellStandard);
            test.ExpectedDiagnostics.Add(Module(0, "MSOnline", CFA3002ScriptSignInTests.GraphModules));
            await test.RunAsync(CancellationToken.None);
        }
    }
}
