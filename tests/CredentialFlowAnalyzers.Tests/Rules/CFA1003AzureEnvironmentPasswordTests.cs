using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CredentialFlowAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    CredentialFlowAnalyzers.Rules.CFA1003AzureEnvironmentPasswordAnalyzer,
    CredentialFlowAnalyzers.CodeFixes.Rules.CFA1003AzureEnvironmentPasswordCodeFix>;

namespace CredentialFlowAnalyzers.Tests.Rules
{
    public class CFA1003AzureEnvironmentPasswordTests
    {
        private const string Replacement = "AZURE_CLIENT_CERTIFICATE_PATH (with AZURE_TENANT_ID and AZURE_CLIENT_ID) or managed identity";

        private static DiagnosticResult Expected(int location) =>
            VerifyCS.Diagnostic("CFA1003").WithLocation(location).WithArguments("AZURE_PASSWORD", Replacement);

        [Fact]
        public async Task SetPassword_LiteralAndConstField_AndTargetOverload_AreReported()
        {
            const string source = @"
using System;
using Azure.Identity;

class Sync
{
    private const string PasswordVariable = ""AZURE_PASSWORD"";

    DefaultAzureCredential Create(string user, string password)
    {
        Environment.SetEnvironmentVariable(""AZURE_USERNAME"", user);
        {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password)|};
        {|#1:Environment.SetEnvironmentVariable(PasswordVariable, password)|};
        {|#2:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password, EnvironmentVariableTarget.Process)|};
        return new DefaultAzureCredential();
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0), Expected(1), Expected(2));
        }

        [Fact]
        public async Task OtherVariablesAndReads_AreNotReported()
        {
            const string source = @"
using System;

class Sync
{
    void Configure(string name, string path)
    {
        Environment.SetEnvironmentVariable(""AZURE_USERNAME"", ""svc@contoso.com"");
        Environment.SetEnvironmentVariable(""AZURE_CLIENT_CERTIFICATE_PATH"", path);
        Environment.SetEnvironmentVariable(""AZURE_CLIENT_SECRET"", path);
        Environment.SetEnvironmentVariable(name, path);
        var password = Environment.GetEnvironmentVariable(""AZURE_PASSWORD"");
    }
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task SameNamedMethodOnUserType_IsNotReported()
        {
            const string source = @"
class Environment
{
    public static void SetEnvironmentVariable(string name, string value) { }
}

class Sync
{
    void Configure(string password) => Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password);
}";
            await VerifyCS.VerifyAnalyzerAsync(source);
        }

        [Fact]
        public async Task AzureIdentityNotReferenced_IsNotReported()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using System;

class Sync
{
    void Configure(string password) => Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password);
}",
            }.WithoutVendorReferences();
            await test.RunAsync();
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            var test = new VerifyCS.Test
            {
                TestCode = @"
using System;

class Sync
{
    void Configure(Missing value)
    {
        Environment.SetEnvironmentVariable(""AZURE_PASSWORD"");
        Environment.SetEnvironmentVariable(;
        Environment.SetEnvironmentVariable(Unknown, ""x"");
        {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", ""x"")|}
    }
}",
                CompilerDiagnostics = CompilerDiagnostics.None,
            };
            test.ExpectedDiagnostics.Add(Expected(0));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_RemovesUserAndPasswordStatementsAndTheirPlumbing()
        {
            const string source = @"
using System;
using Azure.Identity;

class Sync
{
    private const string ServicePassword = ""P@ssw0rd!"";

    DefaultAzureCredential Create()
    {
        string user = ""svc@contoso.com"";
        Environment.SetEnvironmentVariable(""AZURE_TENANT_ID"", ""contoso.onmicrosoft.com"");
        Environment.SetEnvironmentVariable(""AZURE_USERNAME"", user);
        {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", ServicePassword)|};
        return new DefaultAzureCredential();
    }
}";
            const string fixedSource = @"
using System;
using Azure.Identity;

class Sync
{
    DefaultAzureCredential Create()
    {
        Environment.SetEnvironmentVariable(""AZURE_TENANT_ID"", ""contoso.onmicrosoft.com"");
        return new DefaultAzureCredential();
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), fixedSource);
        }

        [Fact]
        public async Task Fix_NotOffered_WhenNotAStatementOfABlock()
        {
            const string source = @"
using System;

class Sync
{
    void Configure(string password) => {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password)|};
}";
            await VerifyCS.VerifyCodeFixAsync(source, Expected(0), source);
        }

        [Fact]
        public async Task FixAll_RemovesEverySite()
        {
            const string source = @"
using System;

class Sync
{
    void Graph(string user, string password)
    {
        Environment.SetEnvironmentVariable(""AZURE_USERNAME"", user);
        {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password)|};
        Console.WriteLine(""graph"");
    }

    void Arm(string password)
    {
        {|#1:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", password)|};
        Console.WriteLine(""arm"");
    }
}";
            const string fixedSource = @"
using System;

class Sync
{
    void Graph(string user, string password)
    {
        Console.WriteLine(""graph"");
    }

    void Arm(string password)
    {
        Console.WriteLine(""arm"");
    }
}";
            await VerifyCS.VerifyCodeFixAsync(source, new[] { Expected(0), Expected(1) }, fixedSource);
        }

        [Fact]
        public async Task Message_NeverContainsThePassword()
        {
            const string source = @"
using System;

class Sync
{
    void Configure() => {|#0:Environment.SetEnvironmentVariable(""AZURE_PASSWORD"", ""Hunter2-Secret!"")|};
}";
            // The arguments are the variable name and a fixed text: never the value.
            await VerifyCS.VerifyAnalyzerAsync(source, Expected(0));
        }
    }
}
