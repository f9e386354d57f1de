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
    /// <summary>
    /// CFA3001 for Exchange Online Remote PowerShell from C#: <c>new WSManConnectionInfo(uri, ".../Microsoft.Exchange",
    /// credential)</c> with <c>AuthenticationMechanism.Basic</c>, read as the <c>New-PSSession</c> it stands for and decided by the
    /// same catalog row as scripts. Shapes from public code: the Exchange documentation's GetUsersUsingBasicAuth sample
    /// (https://learn.microsoft.com/exchange/client-developer/management/how-to-get-a-list-of-mail-users-by-using-the-exchange-management-shell),
    /// Office 365 provisioning classes of 2013-2016 (ps.outlook.com/PowerShell-LiveID with an object initializer), and the
    /// near-misses: on-premises Exchange with Kerberos (OfficeDev/Interop-TestSuites) and an MSAL token sent with
    /// BasicAuthToOAuthConversion=true (https://gist.github.com/gscales/d9d49fcab122f4327035b98cabfd1b41).
    /// </summary>
    public class CFA3001RemoteSessionTests
    {
        internal const string ExchangeReplacement = "Connect-ExchangeOnline -AppId -CertificateThumbprint -Organization (app-only with a certificate), -AccessToken or -ManagedIdentity (ExchangeOnlineManagement); Remote PowerShell is retired";

        private static DiagnosticResult RemoteSession(int location) =>
            VerifyCS.Diagnostic("CFA3001").WithLocation(location).WithArguments("WSManConnectionInfo", "Exchange Online Remote PowerShell", ExchangeReplacement);

        /// <summary>No fix: the transport is retired and the rewrite to Connect-ExchangeOnline is not mechanical.</summary>
        private static async Task RunAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source, FixedCode = source }.With(TestReferences.PowerShell76);
            test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task ExchangeOnline_BasicSetAfterward_IsReportedAtTheConstruction()
        {
            const string source = @"
using System;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Mailboxes
{
    Collection<PSObject> List(PSCredential credentials)
    {
        const string liveIDConnectionUri = ""https://outlook.office365.com/PowerShell-LiveID"";
        const string schemaUri = ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"";
        WSManConnectionInfo connectionInfo = {|#0:new WSManConnectionInfo(new Uri(liveIDConnectionUri), schemaUri, credentials)|};
        connectionInfo.AuthenticationMechanism = AuthenticationMechanism.Basic;
        using (Runspace runspace = RunspaceFactory.CreateRunspace(connectionInfo))
        {
            runspace.Open();
            using (PowerShell ps = PowerShell.Create())
            {
                ps.Runspace = runspace;
                ps.AddCommand(""Get-Mailbox"");
                return ps.Invoke();
            }
        }
    }
}";
            await RunAsync(source, RemoteSession(0));
        }

        [Fact]
        public async Task ObjectInitializer_LegacyHost_AndComputerNameConstructor_AreReported()
        {
            const string source = @"
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Provisioning
{
    Runspace Open(PSCredential cred)
    {
        var info = {|#0:new WSManConnectionInfo(new Uri(""https://ps.outlook.com/PowerShell-LiveID?PSVersion=2.0""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred)
        {
            AuthenticationMechanism = AuthenticationMechanism.Basic,
            MaximumConnectionRedirectionCount = 30,
        }|};
        return RunspaceFactory.CreateRunspace(info);
    }

    Runspace OpenByName(PSCredential cred)
    {
        var info = {|#1:new WSManConnectionInfo(true, ""outlook.office365.com"", 443, ""/powershell-liveid"", ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred)|};
        info.AuthenticationMechanism = (AuthenticationMechanism)1;
        return RunspaceFactory.CreateRunspace(info);
    }

    // The address comes from configuration: Microsoft.Exchange with Basic is Exchange Online's pattern.
    Runspace OpenConfigured(PSCredential cred, string uri)
    {
        var info = {|#2:new WSManConnectionInfo(new Uri(uri), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred)|};
        info.AuthenticationMechanism = AuthenticationMechanism.Basic;
        return RunspaceFactory.CreateRunspace(info);
    }
}";
            await RunAsync(source, RemoteSession(0), RemoteSession(1), RemoteSession(2));
        }

        [Fact]
        public async Task NearMisses_AreNotReported()
        {
            const string source = @"
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Remote
{
    void Run(PSCredential cred, PSCredential bearer, string org)
    {
        // On-premises Exchange, Kerberos.
        var onPremises = new WSManConnectionInfo(new Uri(""http://exch01.contoso.local/PowerShell/""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred)
        {
            AuthenticationMechanism = AuthenticationMechanism.Kerberos,
        };

        // On-premises Exchange with Basic over HTTPS: not Microsoft 365.
        var hosted = new WSManConnectionInfo(new Uri(""https://mail.contoso.com/PowerShell/""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred);
        hosted.AuthenticationMechanism = AuthenticationMechanism.Basic;

        // An access token in the password slot (BasicAuthToOAuthConversion).
        string uri = ""https://outlook.office365.com/powershell-liveid?DelegatedOrg="" + org + ""&BasicAuthToOAuthConversion=true"";
        var token = new WSManConnectionInfo(new Uri(uri), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", bearer);
        token.AuthenticationMechanism = AuthenticationMechanism.Basic;

        // A certificate, no credential.
        var certificate = new WSManConnectionInfo(new Uri(""https://outlook.office365.com/powershell-liveid/""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", ""0123456789ABCDEF"");

        // No Basic set; a Windows host's own shell; no credential.
        var negotiate = new WSManConnectionInfo(new Uri(""https://outlook.office365.com/powershell-liveid/""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred);
        var windows = new WSManConnectionInfo(false, ""server01"", 5985, ""/wsman"", ""http://schemas.microsoft.com/powershell/Microsoft.PowerShell"", cred);
        windows.AuthenticationMechanism = AuthenticationMechanism.Basic;
        var none = new WSManConnectionInfo(new Uri(""https://outlook.office365.com/powershell-liveid/""), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", (PSCredential)null);
        none.AuthenticationMechanism = AuthenticationMechanism.Basic;

        foreach (var info in new[] { onPremises, hosted, token, certificate, negotiate, windows, none })
        {
            RunspaceFactory.CreateRunspace(info).Dispose();
        }
    }
}";
            await RunAsync(source);
        }

        [Fact]
        public async Task CodeUnderEdit_DoesNotCrash()
        {
            const string source = @"
using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

class Remote
{
    void Run(PSCredential cred)
    {
        var a = new WSManConnectionInfo(new Uri(), ""http://schemas.microsoft.com/powershell/Microsoft.Exchange"", cred);
        a.AuthenticationMechanism = ;
        var b = new WSManConnectionInfo(new Uri(""https://outlook.office365.com/powershell-liveid/""), , cred);
        b.AuthenticationMechanism = AuthenticationMechanism.Basic;
    }
}";
            var test = new VerifyCS.Test { TestCode = source }.With(TestReferences.PowerShell76);
            test.CompilerDiagnostics = CompilerDiagnostics.None;
            await test.RunAsync(CancellationToken.None);
        }
    }
}
