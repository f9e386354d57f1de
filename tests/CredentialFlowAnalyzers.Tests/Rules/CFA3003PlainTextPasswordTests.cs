using System.Threading;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA3001PowerShellSignInAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA3002PowerShellScriptCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA3003PlainTextPasswordTests
    {
        private static Task VerifyAsync(string code, string? script, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = code }.With(TestReferences.PowerShell76);
            if (script != null)
            {
                test.TestState.AdditionalFiles.Add(("Setup.ps1", script));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Script_LiteralPasswords_AreReported()
        {
            const string script = @"$a = {|#0:ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force|}
$b = {|#1:ConvertTo-SecureString -String ""S3cret"" -AsPlain -Force|}
$c = 'Pa55' | {|#2:ConvertTo-SecureString -AsPlainText -Force|}
";
            await VerifyAsync(
                "class C { }",
                script,
                VerifyCS.Diagnostic("CFA3003").WithLocation(0),
                VerifyCS.Diagnostic("CFA3003").WithLocation(1),
                VerifyCS.Diagnostic("CFA3003").WithLocation(2));
        }

        [Fact]
        public async Task Script_TokensAndVariables_AreNotReported()
        {
            const string script = @"$t = ConvertTo-SecureString $env:GRAPH_ACCESS_TOKEN -AsPlainText -Force
$b = ConvertTo-SecureString ""Bearer $($token.AccessToken)"" -AsPlainText -Force
$r = Read-Host -AsSecureString
# $x = ConvertTo-SecureString 'old' -AsPlainText -Force
";
            await VerifyAsync("class C { }", script);
        }

        [Fact]
        public async Task HostedScript_InterpolatedPassword_IsReported()
        {
            const string code = @"
using System.Management.Automation;

class Setup
{
    void Run(PowerShell ps, string password)
    {
        ps.AddScript($""$p = {|#0:ConvertTo-SecureString '{password}' -AsPlainText -Force|}"");
        ps.AddScript(""$q = ConvertTo-SecureString $env:SECRET -AsPlainText -Force"");
    }
}";
            await VerifyAsync(code, null, VerifyCS.Diagnostic("CFA3003").WithLocation(0));
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string script = "$a = {|#0:ConvertTo-SecureString 'Hunter2!' -AsPlainText -Force|}\n";
            await VerifyAsync(
                "class C { }",
                script,
                VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithMessage("'ConvertTo-SecureString -AsPlainText' turns a password written in the script into a credential; read a token or certificate from a secret store instead"));
        }
    }
}
