using System.Collections.Immutable;
using System.Threading.Tasks;
using CredentialFlowAnalyzers.Rules;
using CredentialFlowAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA2003ConfiguredPasswordAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA2003ConfiguredPasswordTests
    {
        private const string Configuration = "configuration (IConfiguration)";

        private static DiagnosticResult Expected(int location, string api, string source) =>
            VerifyCS.Diagnostic("CFA2003").WithLocation(location).WithArguments(api, source);

        private static VerifyCS.Test Create(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source };
            test.TestState.AdditionalReferences.AddRange(TestReferences.HandRolled);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        [Fact]
        public async Task ConfigurationReads_IntoMsalAndNetworkCredential_AreReported()
        {
            const string source = @"
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Identity.Client;

class Sync
{
    private readonly IConfiguration _configuration;

    Sync(IConfiguration configuration) => _configuration = configuration;

    // The sign-in's own rule (CFA1001) reports this site; the configured password is not a second finding.
    void SignIn(IConfidentialClientApplication cca)
    {
        string password = _configuration[""Sync:Password""];
        ((IByUsernameAndPassword)cca).AcquireTokenByUsernamePassword(new[] { ""User.Read"" }, ""sync@contoso.com"", password);
        new NetworkCredential(""proxy"", _configuration[""Proxy:Password""]);
    }

    void Run(IConfigurationRoot root)
    {
        string password = {|#3:_configuration[""Sync:Password""]|};
        new NetworkCredential(""sync"", {|#0:password|});
        new NetworkCredential(""admin"", {|#1:root.GetValue<string>(""AdminPassword"")|});
        new NetworkCredential(""sync"", {|#2:_configuration.GetSection(""ServiceAccount:Pwd"").Value|});
    }
}";
            await Create(source,
                Expected(3, "NetworkCredential", Configuration).WithLocation(0),
                Expected(1, "NetworkCredential", Configuration),
                Expected(2, "NetworkCredential", Configuration)).RunAsync();
        }

        [Fact]
        public async Task AppSettingsAndEnvironment_IntoCarriers_AreReported()
        {
            const string source = @"
using System;
using System.Configuration;
using System.Management.Automation;
using System.Net;
using System.Security;

class Shell
{
    private static readonly string UserPassword = {|#3:ConfigurationManager.AppSettings[""UserPassword""]|};

    PSCredential Credential()
    {
        var secure = new SecureString();
        foreach (char c in {|#0:ConfigurationManager.AppSettings.Get(""SyncPassword"")|})
        {
            secure.AppendChar(c);
        }

        new NetworkCredential(""sync"", {|#1:UserPassword|});
        new NetworkCredential(""sync"", {|#2:Environment.GetEnvironmentVariable(""AZURE_PASSWORD"")|});
        return new PSCredential(""admin@contoso.onmicrosoft.com"", secure);
    }
}";
            await Create(source,
                Expected(0, "SecureString.AppendChar", "appSettings"),
                Expected(1, "NetworkCredential", "appSettings").WithLocation(3),
                Expected(2, "NetworkCredential", "an environment variable")).RunAsync();
        }

        [Fact]
        public async Task CertificateAndClientSecretKeys_AndNonPasswordKeys_AreNotReported()
        {
            const string source = @"
using System;
using System.Net;
using Microsoft.Extensions.Configuration;

class Sync
{
    void Run(IConfiguration configuration, string key)
    {
        new NetworkCredential(""app"", configuration[""CertificatePassword""]);
        new NetworkCredential(""app"", configuration[""Auth:ClientSecret""]);
        new NetworkCredential(""app"", configuration[""PfxPassword""]);
        new NetworkCredential(""sync"", configuration[""Sync:Token""]);
        new NetworkCredential(""sync"", configuration[key]);
        new NetworkCredential(""sync"", Environment.GetEnvironmentVariable(""SYNC_USER""));
        // A password read from configuration that reaches no credential API.
        Console.WriteLine(configuration[""Sync:Password""]?.Length);
    }
}";
            await Create(source).RunAsync();
        }

        [Fact]
        public async Task PasswordKeysOption_AddsKeys()
        {
            const string source = @"
using System.Net;
using Microsoft.Extensions.Configuration;

class Sync
{
    void Run(IConfiguration configuration)
    {
        new NetworkCredential(""sync"", {|#0:configuration[""Sync:Secret""]|});
        new NetworkCredential(""sync"", configuration[""Sync:Other""]);
    }
}";
            var test = Create(source, Expected(0, "NetworkCredential", Configuration));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ncfa.CFA2003.password_keys = Secret, LegacyKey\n"));
            await test.RunAsync();
        }

        [Fact]
        public void PasswordKeys_AreMatchedOnTheLastSegment()
        {
            var none = ImmutableArray<string>.Empty;
            Assert.True(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("Password", none));
            Assert.True(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("PartnerCenter:UserPassword", none));
            Assert.True(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("SYNC__PWD", none));
            Assert.True(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("AppPassword", none));
            Assert.False(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("Password:Policy:Url", none));
            Assert.False(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("Certificates:Signing:Password", none));
            Assert.False(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("ClientSecret", none));
            Assert.True(CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey("Legacy:Key", ImmutableArray.Create("key")));
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            const string source = @"
using System.Net;
using Microsoft.Extensions.Configuration;

class Sync
{
    void Run(IConfiguration configuration)
    {
        new NetworkCredential(""sync"", configuration[]);
        new NetworkCredential(""sync"", configuration[""Password""].Missing);
        new NetworkCredential(""sync"", {|#0:configuration[""Password""]|}
    }
}";
            var test = Create(source, Expected(0, "NetworkCredential", Configuration));
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task MessageAndProperties_NeverContainTheKeyOrValue()
        {
            const string source = @"
using System.Net;
using Microsoft.Extensions.Configuration;

class Sync
{
    void Run(IConfiguration configuration) => new NetworkCredential(""sync"", configuration[""Vault:Hunter2Password""] ?? ""Winter2019!"");
    void Run2(IConfiguration configuration) => new NetworkCredential(""sync"", configuration[""Vault:Hunter2Password""]);
}";
            var diagnostics = await AnalyzerRunner.RunAsync(source, new CFA2003ConfiguredPasswordAnalyzer());
            Assert.Single(diagnostics);
            AnalyzerRunner.AssertNoSecret(diagnostics, "Hunter2");
            AnalyzerRunner.AssertNoSecret(diagnostics, "Winter2019!");
        }
    }
}
