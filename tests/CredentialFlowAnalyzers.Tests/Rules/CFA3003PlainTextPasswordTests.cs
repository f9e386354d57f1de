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
                VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithArguments("ConvertTo-SecureString -AsPlainText"),
                VerifyCS.Diagnostic("CFA3003").WithLocation(1).WithArguments("ConvertTo-SecureString -AsPlainText"),
                VerifyCS.Diagnostic("CFA3003").WithLocation(2).WithArguments("ConvertTo-SecureString -AsPlainText"));
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
            await VerifyAsync(code, null, VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithArguments("ConvertTo-SecureString -AsPlainText"));
        }

        /// <summary>
        /// In C# the password written into a PSCredential is CFA2002's, reported once at the literal (one site, one finding);
        /// CFA3003 covers script text (ConvertTo-SecureString -AsPlainText), in files and in hosted script strings.
        /// </summary>
        [Fact]
        public async Task CSharp_PSCredentialFromLiteral_IsLeftToCFA2002()
        {
            const string code = @"
using System.Management.Automation;
using System.Net;
using System.Security;

class Setup
{
    const string Password = ""P@ssw0rd"";

    PSCredential A() => new PSCredential(""svc@contoso.com"", new NetworkCredential(string.Empty, ""P@ssw0rd"").SecurePassword);

    PSCredential B()
    {
        var secure = new SecureString();
        foreach (char c in Password)
        {
            secure.AppendChar(c);
        }

        return new PSCredential(""svc@contoso.com"", secure);
    }
}";
            await VerifyAsync(code, null);
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string script = "$a = {|#0:ConvertTo-SecureString 'Hunter2!' -AsPlainText -Force|}\n";
            await VerifyAsync(
                "class C { }",
                script,
                VerifyCS.Diagnostic("CFA3003").WithLocation(0).WithMessage("'ConvertTo-SecureString -AsPlainText' builds a credential from a password written in the code; read a token or certificate from a secret store instead"));
        }
    }
}
