using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CredentialFlowAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Reference sets for the verifier: target framework reference packs (restored with the test project, so
    /// nothing is downloaded at test time) and the real vendor assemblies copied beside the tests.
    /// </summary>
    internal static class TestReferences
    {
        public static string RepositoryRoot { get; } = typeof(TestReferences).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

        private static string NuGetConfig => Path.Combine(RepositoryRoot, "nuget.config");

        /// <summary>
        /// .NET 10 reference assemblies, the default: the vendor DLLs beside the tests are their net10.0 builds
        /// (System.Management.Automation 7.6.9 exists only for net10.0). Built by hand because the testing
        /// library's own preset asks for a patch version the package registry does not hold.
        /// </summary>
        public static ReferenceAssemblies Net100 { get; } = new ReferenceAssemblies(
                "net10.0",
                new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
                Path.Combine("ref", "net10.0"))
            .WithNuGetConfigFilePath(NuGetConfig);

        /// <summary>.NET 8 reference assemblies.</summary>
        public static ReferenceAssemblies Net80 { get; } = ReferenceAssemblies.Net.Net80.WithNuGetConfigFilePath(NuGetConfig);

        /// <summary>.NET Framework 4.7.2 reference assemblies (ADAL's password credential, CSOM, WCF's ClientCredentials and other Framework-only APIs).</summary>
        public static ReferenceAssemblies Net472 { get; } = ReferenceAssemblies.NetFramework.Net472.Default
            .AddAssemblies(ImmutableArray.Create("System.Configuration", "System.Net.Http", "System.Security", "System.ServiceModel"))
            .WithNuGetConfigFilePath(NuGetConfig);

        /// <summary>The modern vendor set: MSAL, Azure.Identity (and Azure.Core), Key Vault secrets, configuration.</summary>
        public static ImmutableArray<MetadataReference> Modern { get; } = FromTestOutput(
            "Microsoft.Identity.Client.dll",
            "Microsoft.IdentityModel.Abstractions.dll",
            "Azure.Core.dll",
            "Azure.Identity.dll",
            "System.ClientModel.dll",
            "System.Memory.Data.dll",
            "Azure.Security.KeyVault.Secrets.dll",
            "Microsoft.Extensions.Configuration.Abstractions.dll",
            "Microsoft.Extensions.Primitives.dll",
            "System.Configuration.ConfigurationManager.dll");

        /// <summary>
        /// Hand-rolled token requests and stored credentials (CFA2xxx): RestSharp, IdentityModel, the configuration
        /// binder (<c>GetValue&lt;T&gt;</c>) and PowerShell Standard's <c>System.Management.Automation</c> (PSCredential).
        /// </summary>
        public static ImmutableArray<MetadataReference> HandRolled { get; } = FromTestOutput(
            "RestSharp.dll",
            "IdentityModel.dll",
            "Microsoft.Extensions.Configuration.Binder.dll",
            Path.Combine("vendor", "psstd", "netstandard2.0", "System.Management.Automation.dll"));
        /// <summary>MailKit 4.18.2 and MimeKit (net10.0 builds).</summary>
        public static ImmutableArray<MetadataReference> MailKit { get; } = FromTestOutput("MailKit.dll", "MimeKit.dll");

        /// <summary>
        /// Microsoft.Data.SqlClient 7.1.1 (SqlAuthenticationMethod lives in ...Extensions.Abstractions.dll from 7.0) and
        /// System.Data.SqlClient 4.9.1 (net8.0 builds), which load on net10.0 without CS1705.
        /// </summary>
        public static ImmutableArray<MetadataReference> SqlClient { get; } = FromTestOutput(
            "Microsoft.Data.SqlClient.dll",
            "Microsoft.Data.SqlClient.Extensions.Abstractions.dll",
            "System.Data.SqlClient.dll");

        /// <summary>ADAL's .NET Framework build (the only one with <c>UserPasswordCredential</c>).</summary>
        public static ImmutableArray<MetadataReference> AdalNetFramework { get; } = FromTestOutput(
            Path.Combine("vendor", "net45", "Microsoft.IdentityModel.Clients.ActiveDirectory.dll"));

        /// <summary>ADAL's .NET Framework build and MSAL's: a project in the middle of an ADAL-to-MSAL migration.</summary>
        public static ImmutableArray<MetadataReference> AdalAndMsalNetFramework { get; } = AdalNetFramework.AddRange(FromTestOutput(
            Path.Combine("vendor", "net472", "Microsoft.Identity.Client.dll"),
            Path.Combine("vendor", "net472", "Microsoft.IdentityModel.Abstractions.dll")));
        /// <summary>MSAL's .NET Framework build alone: a .NET Framework project on MSAL.</summary>
        public static ImmutableArray<MetadataReference> MsalNetFramework { get; } = FromTestOutput(
            Path.Combine("vendor", "net472", "Microsoft.Identity.Client.dll"),
            Path.Combine("vendor", "net472", "Microsoft.IdentityModel.Abstractions.dll"));

        /// <summary>System.Management.Automation 7.6.9 (PowerShell 7.6; net10.0 only): the full hosting API, <c>Pipeline</c> included.</summary>
        public static ImmutableArray<MetadataReference> PowerShell76 { get; } = FromTestOutput(
            Path.Combine("vendor", "sma76", "System.Management.Automation.dll"));

        /// <summary>PowerShellStandard.Library 5.1.1, netstandard2.0 build (no <c>Pipeline</c>, no <c>CreatePipeline</c>).</summary>
        public static ImmutableArray<MetadataReference> PowerShellStandard { get; } = FromTestOutput(
            Path.Combine("vendor", "psstd", "netstandard2.0", "System.Management.Automation.dll"));

        /// <summary>PowerShellStandard.Library 5.1.1, net452 build, for <c>OnNetFramework</c>.</summary>
        public static ImmutableArray<MetadataReference> PowerShellStandardNetFramework { get; } = FromTestOutput(
            Path.Combine("vendor", "psstd", "net452", "System.Management.Automation.dll"));

        private static ImmutableArray<MetadataReference> FromTestOutput(params string[] files) =>
            files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, f))).ToImmutableArray();
    }
}
