using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.PowerShell
{
    /// <summary>
    /// Scripts (CFA3002) and C# that hosts PowerShell (CFA3001) are matched by one sign-in matcher: the same call
    /// written either way gets the same decision, near-misses included (the Remote PowerShell OAuth conversion
    /// option used to be known to the script path only).
    /// </summary>
    public class SignInMatcherTests
    {
        /// <summary>A parameter: <c>$cred</c> / <c>cred</c> for the credential, a quoted value, or a switch (null).</summary>
        private const string Credential = "$cred";

        [Theory]
        [InlineData(1, "Connect-MsolService", "Credential", Credential)]
        [InlineData(1, "Connect-ExchangeOnline", "InlineCredential", null)]
        [InlineData(1, "New-PSSession", "ConfigurationName", "Microsoft.Exchange", "ConnectionUri", "https://outlook.office365.com/powershell-liveid/", "Authentication", "Basic", "Credential", Credential)]
        [InlineData(0, "New-PSSession", "ConfigurationName", "Microsoft.Exchange", "ConnectionUri", "https://outlook.office365.com/powershell-liveid/?BasicAuthToOAuthConversion=true", "Authentication", "Basic", "Credential", Credential)]
        [InlineData(0, "New-PSSession", "ComputerName", "server01", "Credential", Credential)]
        [InlineData(0, "Connect-PartnerCenter", "ApplicationId", "app", "Credential", Credential, "ServicePrincipal", null)]
        public async Task ScriptAndHostedCode_GetTheSameDecision(int expected, string cmdlet, params string?[] parameters)
        {
            var script = new StringBuilder(cmdlet);
            var chain = new StringBuilder("ps.AddCommand(\"" + cmdlet + "\")");
            for (int i = 0; i < parameters.Length; i += 2)
            {
                string name = parameters[i]!;
                string? value = parameters[i + 1];
                script.Append(" -").Append(name).Append(value is null ? string.Empty : value == Credential ? " " + Credential : " '" + value + "'");
                chain.Append(".AddParameter(\"").Append(name).Append('"').Append(value is null ? string.Empty : value == Credential ? ", cred" : ", \"" + value + "\"").Append(')');
            }

            string source = @"
using System.Management.Automation;

class Sync
{
    void Run(PowerShell ps, PSCredential cred)
    {
        " + chain + @";
    }
}";
            var diagnostics = await AnalyzerRunner.RunAsync(new PowerShellRules(), source, TestReferences.PowerShell76, ("Sync.ps1", "$cred = Get-Credential\n" + script + "\n"));
            Assert.Equal(expected, diagnostics.Count(d => d.Id == "CFA3001"));
            Assert.Equal(expected, diagnostics.Count(d => d.Id == "CFA3002"));
        }
    }
}
