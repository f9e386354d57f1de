using System;
using System.Collections.Immutable;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Flow;
using CredentialFlowAnalyzers.Infrastructure;
using CredentialFlowAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Rules
{
    /// <summary>
    /// CFA2003: a value read from configuration under a key that names a user password (<c>Password</c>,
    /// <c>AdminPassword</c>, <c>Sync:Pwd</c>, ...; plus the keys in <c>cfa.CFA2003.password_keys</c>) reaches the
    /// password of a catalog member. Sources: <c>IConfiguration["key"]</c>, <c>GetValue&lt;string&gt;("key")</c>,
    /// <c>GetSection("key").Value</c>, <c>ConfigurationManager.AppSettings["key"]</c> / <c>.Get("key")</c>,
    /// <c>Environment.GetEnvironmentVariable("key")</c>. Keys of certificates and client secrets do not count.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CFA2003ConfiguredPasswordAnalyzer : PasswordSinkAnalyzer
    {
        /// <summary>Option: extra configuration keys (comma separated, case-insensitive) that hold a user password.</summary>
        public const string PasswordKeysOption = "password_keys";

        /// <summary>Diagnostic property: where the password was read from (Configuration, AppSettings, Environment).</summary>
        public const string SourceProperty = "Source";

        private static readonly ImmutableArray<string> PasswordWords = ImmutableArray.Create("password", "passwd", "pwd");

        private static readonly ImmutableArray<string> NotUserPasswordWords = ImmutableArray.Create("cert", "pfx", "keystore", "clientsecret", "client_secret", "connectionstring");

        private protected override DiagnosticDescriptor Rule => Descriptors.CFA2003ConfiguredPassword;

        /// <summary>A member that also signs in with a password reported by a sign-in rule gets that one finding, not this one too.</summary>
        private protected override bool StandsDownForSignIns => true;

        private protected override Diagnostic? Judge(OperationAnalysisContext context, PasswordSinks.Flow flow, KnownApiSymbols symbols)
        {
            if (!TryGetConfigurationRead(flow.Origin, symbols, out string key, out string source, out string sourceText))
            {
                return null;
            }

            // The password feeds a sign-in its own rule reports: that finding is the one for this site.
            if (flow.Api.Role == ApiRole.PasswordSignIn)
            {
                return null;
            }

            ImmutableArray<string> extra = CfaOptions.GetList(context.Options, context.Operation.Syntax.SyntaxTree, Rule.Id, PasswordKeysOption);
            SyntaxNode read = flow.Origin.Syntax;
            return IsPasswordKey(key, extra)
                ? PasswordSinks.Create(Rule, context, flow, read, SinkProperties(flow).Add(SourceProperty, source), flow.Display, sourceText)
                : null;
        }

        /// <summary>True when <paramref name="key"/> names a user password (and not a certificate or client secret).</summary>
        internal static bool IsPasswordKey(string key, ImmutableArray<string> extra)
        {
            string last = key;
            foreach (string separator in new[] { ":", "__", "." })
            {
                int index = last.LastIndexOf(separator, StringComparison.Ordinal);
                if (index >= 0)
                {
                    last = last.Substring(index + separator.Length);
                }
            }

            foreach (string name in extra)
            {
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) || string.Equals(name, last, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return ContainsAny(last, PasswordWords) && !ContainsAny(key, NotUserPasswordWords);
        }

        private static bool ContainsAny(string text, ImmutableArray<string> words)
        {
            foreach (string word in words)
            {
                if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Recognizes a configuration read with a constant key. Only runs on values that reached a sink, so name checks are cheap enough.</summary>
        internal static bool TryGetConfigurationRead(IOperation origin, KnownApiSymbols symbols, out string key, out string source, out string sourceText)
        {
            key = source = sourceText = string.Empty;
            IOperation? keyOperation = null;
            switch (origin)
            {
                // configuration["key"], appSettings["key"]
                case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer:
                    keyOperation = indexer.Arguments[0].Value;
                    if (IsAppSettings(indexer.Instance, symbols))
                    {
                        (source, sourceText) = ("AppSettings", "appSettings");
                    }
                    else if (symbols.IsOrInherits(indexer.Property.ContainingType, KnownTypes.MicrosoftExtensionsIConfiguration))
                    {
                        (source, sourceText) = ("Configuration", "configuration (IConfiguration)");
                    }

                    break;

                // configuration.GetSection("key").Value
                case IPropertyReferenceOperation { Instance: IInvocationOperation { Arguments.Length: 1 } section } value
                    when symbols.Is(value.Property, KnownMembers.ConfigurationSectionValue) && symbols.Is(section.TargetMethod, KnownMembers.ConfigurationGetSection):
                    keyOperation = section.Arguments[0].Value;
                    (source, sourceText) = ("Configuration", "configuration (IConfiguration)");
                    break;

                case IInvocationOperation invocation:
                    IMethodSymbol method = invocation.TargetMethod;
                    if (symbols.Is(method, KnownMembers.ConfigurationBinderGetValue))
                    {
                        keyOperation = ValueFlow.ArgumentNamed(invocation.Arguments, "key");
                        (source, sourceText) = ("Configuration", "configuration (IConfiguration)");
                    }
                    else if (symbols.Is(method, KnownMembers.GetEnvironmentVariable))
                    {
                        keyOperation = ValueFlow.ArgumentNamed(invocation.Arguments, "variable");
                        (source, sourceText) = ("Environment", "an environment variable");
                    }
                    else if (symbols.Is(method, KnownMembers.NameValueCollectionGet) && invocation.Arguments.Length == 1 && IsAppSettings(invocation.Instance, symbols))
                    {
                        keyOperation = invocation.Arguments[0].Value;
                        (source, sourceText) = ("AppSettings", "appSettings");
                    }

                    break;
            }

            if (source.Length == 0 || ValueFlow.ConstantString(keyOperation) is not { } constantKey)
            {
                return false;
            }

            key = constantKey;
            return true;
        }

        private static bool IsAppSettings(IOperation? instance, KnownApiSymbols symbols) =>
            instance is not null
            && ValueFlow.Origin(instance) is IPropertyReferenceOperation appSettings
            && symbols.Is(appSettings.Property, KnownMembers.AppSettings);
    }
}
