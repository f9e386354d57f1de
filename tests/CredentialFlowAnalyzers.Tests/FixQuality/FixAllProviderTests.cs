using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace CredentialFlowAnalyzers.Tests.FixQuality
{
    /// <summary>
    /// The package's Fix All under the conditions <c>dotnet format</c> creates: several fixes in one file that add the
    /// same <c>using</c>, a first diagnostic that belongs to another id and gets no action, ids and triggers in changing
    /// order. Each must fix every site, and the same input must give the same output.
    /// </summary>
    public class FixAllProviderTests
    {
        private static readonly ProjectSettings MailKitProject = new ProjectSettings { References = new[] { "Modern", "MailKit" }, Nullable = true, RootNamespace = "Contoso.Mail" };

        // Three mail clients in one file, each fix adding `using System;` (the secret read): the batch fixer's text
        // merger kept the first two and dropped the third.
        private const string ThreeMailClients = @"using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Contoso.Mail
{
    internal sealed class Mailboxes
    {
        public void Send(string user, string password)
        {
            using (var smtp = new SmtpClient())
            {
                smtp.Connect(""smtp.office365.com"", 587, SecureSocketOptions.StartTls);
                smtp.Authenticate(user, password);
            }
        }

        public void Read(string user, string password)
        {
            using (var imap = new ImapClient())
            {
                imap.Connect(""outlook.office365.com"", 993, SecureSocketOptions.SslOnConnect);
                imap.Authenticate(user, password);
            }
        }

        public void Drain(string user, string password)
        {
            using (var pop = new Pop3Client())
            {
                pop.Connect(""outlook.office365.com"", 995, SecureSocketOptions.SslOnConnect);
                pop.Authenticate(user, password);
            }
        }
    }
}
";

        [Fact]
        public async Task DotnetFormat_FixesEverySite_AndAddsEachUsingOnce()
        {
            Solution solution = await FixQualityProject.CreateAsync("Mail", MailKitProject, new Dictionary<string, string> { ["Mailboxes.cs"] = ThreeMailClients });
            Solution fixedSolution = await FixApplier.DotnetFormatAsync(solution, FixApplier.AllIds, Trigger.First);

            string text = (await FixQualityProject.FilesAsync(fixedSolution))["Mailboxes.cs"];
            Assert.DoesNotContain("Authenticate(user, password)", text);
            Assert.Equal(3, Regex.Matches(text, "new SaslMechanismOAuth2").Count);
            foreach (Match usingDirective in Regex.Matches(text, @"^using [\w.]+;", RegexOptions.Multiline))
            {
                Assert.Single(Regex.Matches(text, "^" + Regex.Escape(usingDirective.Value), RegexOptions.Multiline));
            }
        }

        [Fact]
        public async Task DotnetFormat_SameOutput_WhateverTheOrderOfIdsAndTriggers()
        {
            Solution solution = await FixQualityProject.CreateAsync("Mail", MailKitProject, new Dictionary<string, string> { ["Mailboxes.cs"] = ThreeMailClients });
            var forward = await FixQualityProject.FilesAsync(await FixApplier.DotnetFormatAsync(solution, FixApplier.AllIds, Trigger.First));
            var backward = await FixQualityProject.FilesAsync(await FixApplier.DotnetFormatAsync(solution, FixApplier.AllIds.Reverse(), Trigger.Last));
            Assert.Equal(forward, backward);
        }

        [Fact]
        public async Task FixAllInEveryScope_EqualsFixingSiteBySite()
        {
            Solution solution = await FixQualityProject.CreateAsync("Mail", MailKitProject, new Dictionary<string, string>
            {
                ["Mailboxes.cs"] = ThreeMailClients,
                ["Reports/Mailer.cs"] = ThreeMailClients.Replace("class Mailboxes", "class Mailer"),
            });

            var siteBySite = await FixQualityProject.FilesAsync(await FixApplier.OneByOneAsync(solution, FixApplier.AllIds));
            Assert.DoesNotContain(siteBySite.Values, text => text.Contains("Authenticate(user, password)"));
            foreach (FixAllScope scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                Assert.Equal(siteBySite, await FixQualityProject.FilesAsync(await FixApplier.FixAllAsync(solution, FixApplier.AllIds, scope)));
            }
        }

        // The hosted-PowerShell analyzer also reports CFA3003 (the credential built from a plain-text password) and CFA3004
        // (the retired module), before the sign-in in the file. dotnet format asks the CFA3001 fix about that first
        // diagnostic, gets no action, and runs Fix All with no key: every CFA3001 site must still be fixed.
        [Fact]
        public async Task DotnetFormat_FirstDiagnosticOfAnotherIdWithoutAction_StillFixesEverySite()
        {
            const string source = @"using System.Management.Automation;
using System.Security;

namespace Contoso.Licensing
{
    internal sealed class Licenses
    {
        public void Connect(string user, SecureString password)
        {
            var credential = new PSCredential(user, password);
            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand(""Import-Module"").AddArgument(""MSOnline"");
                ps.AddStatement().AddCommand(""Connect-MsolService"").AddParameter(""Credential"", credential);
                ps.Invoke();
            }

            using (PowerShell ps = PowerShell.Create())
            {
                ps.AddCommand(""Connect-AzureAD"").AddParameter(""Credential"", credential);
                ps.Invoke();
            }
        }
    }
}
";
            var settings = new ProjectSettings { References = new[] { "Modern", "PowerShellStandard" }, Nullable = true, RootNamespace = "Contoso.Licensing" };
            Solution solution = await FixQualityProject.CreateAsync("Licensing", settings, new Dictionary<string, string> { ["Licenses.cs"] = source });
            var before = await FixApplier.AnalyzeAsync(solution);
            Assert.NotEqual("CFA3001", before.First().Id);
            Assert.Equal(2, before.Count(d => d.Id == "CFA3001"));

            Solution fixedSolution = await FixApplier.DotnetFormatAsync(solution, new[] { "CFA3001" }, Trigger.First);
            Assert.DoesNotContain(await FixApplier.AnalyzeAsync(fixedSolution), d => d.Id == "CFA3001");
        }
    }
}
