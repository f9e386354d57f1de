using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA4009: a configuration file (AdditionalFiles: <c>*.config</c>, <c>appsettings*.json</c>) keeps a user password as a
    /// setting of its own in a section that names a Microsoft 365 service: an SMTP <c>network</c> element, a JSON section
    /// or an <c>appSettings</c> block with a password key (see <see cref="CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey"/>)
    /// and a Microsoft 365 mail host, a Dataverse organisation URL or a SharePoint Online URL. Reported at the password's
    /// value. Connection strings are CFA4008's; an empty password, another mail provider, direct send and on-premises
    /// hosts are not findings. Files without the word "password" or "pwd" are not read further.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA4009ConfigUserPasswordAnalyzer : SingleRuleAnalyzer
    {
        /// <summary>Diagnostic property: which service the section configures (<see cref="Service"/> name).</summary>
        public const string ServiceProperty = "Service";

        /// <summary>The service a section signs in to.</summary>
        internal enum Service
        {
            None,
            Mail,
            Dataverse,
            SharePoint,
        }

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA4009ConfigUserPassword;

        private protected override void Register(AnalysisContext context)
        {
            context.RegisterCompilationStartAction(start =>
            {
                ImmutableArray<string> extraHosts = CfaOptions.GetGlobalList(start.Options, Descriptors.CFA4009ConfigUserPassword.Id, Hosts.Microsoft365HostsOption);
                start.RegisterAdditionalFileAction(file => AnalyzeFile(file, extraHosts));
            });
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context, ImmutableArray<string> extraHosts)
        {
            string path = context.AdditionalFile.Path;
            if (!CFA4008ConfigConnectionStringAnalyzer.IsConfigFile(path) || context.AdditionalFile.GetText(context.CancellationToken) is not { } source)
            {
                return;
            }

            string text = source.ToString();
            if (text.IndexOf("password", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return;
            }

            bool json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            foreach (List<ConfigurationSetting> section in json ? ConfigurationSections.Json(text) : ConfigurationSections.Xml(text))
            {
                if (Find(section, extraHosts) is not { } finding)
                {
                    continue;
                }

                TextSpan span = finding.Password.ValueSpan;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.CFA4009ConfigUserPassword,
                    Location.Create(path, span, source.Lines.GetLinePositionSpan(span)),
                    ImmutableDictionary<string, string?>.Empty.Add(ServiceProperty, finding.Service.ToString()),
                    Describe(finding.Service),
                    Advice(finding.Service)));
            }
        }

        /// <summary>The section's first non-empty user password, when the section also names a Microsoft 365 service.</summary>
        internal static (ConfigurationSetting Password, Service Service)? Find(List<ConfigurationSetting> section, ImmutableArray<string> extraHosts)
        {
            ConfigurationSetting? password = null;
            Service service = Service.None;
            foreach (ConfigurationSetting setting in section)
            {
                if (password is null && setting.Value.Trim().Length > 0 && CFA2003ConfiguredPasswordAnalyzer.IsPasswordKey(setting.Key, ImmutableArray<string>.Empty))
                {
                    password = setting;
                }
                else if (service == Service.None)
                {
                    service = ServiceOf(setting.Value, extraHosts);
                }
            }

            return password is { } found && service != Service.None ? (found, service) : ((ConfigurationSetting, Service)?)null;
        }

        /// <summary>What a setting's value points at: a Microsoft 365 mail host, a Dataverse or SharePoint Online URL or host.</summary>
        internal static Service ServiceOf(string value, ImmutableArray<string> extraHosts)
        {
            string trimmed = value.Trim();
            if (trimmed.Length < 4 || trimmed.IndexOf('.') < 0 || trimmed.IndexOf(' ') >= 0)
            {
                return Service.None;
            }

            if (Hosts.ClassifyHost(trimmed, extraHosts) == HostKind.Microsoft365)
            {
                return Service.Mail;
            }

            if (Hosts.IsDataverseOnline(trimmed))
            {
                return Service.Dataverse;
            }

            if (Hosts.IsSharePointOnline(trimmed))
            {
                return Service.SharePoint;
            }

            return Service.None;
        }

        private static string Describe(Service service) => service switch
        {
            Service.Mail => Descriptors.CFA4009MailService,
            Service.Dataverse => Descriptors.CFA4009DataverseService,
            _ => Descriptors.CFA4009SharePointService,
        };

        private static string Advice(Service service) => service switch
        {
            Service.Mail => Descriptors.CFA4009MailAdvice,
            Service.Dataverse => Descriptors.CFA4009DataverseAdvice,
            _ => Descriptors.CFA4009SharePointAdvice,
        };
    }
}
