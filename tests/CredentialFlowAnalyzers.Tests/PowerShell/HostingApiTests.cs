using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using CredentialFlowAnalyzers.PowerShell;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.PowerShell
{
    /// <summary>The hosting types the rules key on resolve in both packages (and the 7.x-only ones only there).</summary>
    public class HostingApiTests
    {
        private static Compilation Create(ReferenceAssemblies target, ImmutableArray<MetadataReference> vendor) =>
            CSharpCompilation.Create(
                "HostCheck",
                references: target.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().AddRange(vendor));

        [Fact]
        public void SystemManagementAutomation76_HasEveryHostingType()
        {
            HostedPowerShell host = HostedPowerShell.For(Create(TestReferences.Net100, TestReferences.PowerShell76))!;
            Assert.NotNull(host);
            Assert.NotNull(host.PSCommand);
            Assert.NotNull(host.Command);
            Assert.NotNull(host.CommandParameter);
            Assert.NotNull(host.CommandParameterCollection);
            Assert.NotNull(host.CommandCollection);
            Assert.NotNull(host.ScriptBlock);
            Assert.NotNull(host.InitialSessionState);
            Assert.Contains(host.Runspace!.GetMembers("CreatePipeline"), m => m is IMethodSymbol { Parameters.Length: 1 });
        }

        [Fact]
        public void PowerShellStandard_HasTheBuilderTypes_ButNoPipeline()
        {
            foreach (var (target, vendor) in new[] { (TestReferences.Net100, TestReferences.PowerShellStandard), (TestReferences.Net472, TestReferences.PowerShellStandardNetFramework) })
            {
                Compilation compilation = Create(target, vendor);
                HostedPowerShell host = HostedPowerShell.For(compilation)!;
                Assert.NotNull(host);
                Assert.NotNull(host.PSCommand);
                Assert.NotNull(host.CommandParameterCollection);
                Assert.Empty(host.Runspace!.GetMembers("CreatePipeline"));
                Assert.Null(compilation.GetTypeByMetadataName("System.Management.Automation.Runspaces.Pipeline"));
            }
        }

        [Fact]
        public void WithoutThePackage_NothingResolves()
        {
            Assert.Null(HostedPowerShell.For(Create(TestReferences.Net100, ImmutableArray<MetadataReference>.Empty)));
        }

        [Fact]
        public void LargeScript_TokenizesAndFindsEverySignIn()
        {
            // The shape the benchmark times: a long script with comments, here-strings and continuations.
            var builder = new StringBuilder();
            for (int i = 0; i < 2000; i++)
            {
                builder.Append("# customer ").Append(i).Append('\n');
                builder.Append("$doc = @'\nConnect-MsolService -Credential $c\n'@\n");
                builder.Append("Get-MsolUser -TenantId $t `\n    -All | Where-Object { $_.IsLicensed } | Export-Csv \"out-$i.csv\"\n");
                if (i % 100 == 0)
                {
                    builder.Append("Connect-MsolService -Credential $cred\n");
                }
            }

            string script = builder.ToString();
            ImmutableArray<PsToken> tokens = PsTokenizer.Tokenize(script);
            Assert.Equal(2000, tokens.Count(t => t.Kind == PsTokenKind.Comment));
            Assert.Equal(20, PowerShellSignInFinder.Find(script).Count(f => f.Kind == PsFindingKind.SignIn));
        }
    }
}
