using System;
using System.Collections.Immutable;
using System.Linq;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>How a fix supplies one input of the replacement parameter set.</summary>
    internal enum PsInputShape
    {
        /// <summary>A string (<c>$env:NAME</c> in scripts, the secret source expression in C#).</summary>
        String,

        /// <summary>A <c>SecureString</c> (<c>(ConvertTo-SecureString $env:NAME -AsPlainText -Force)</c>; in C# <c>new NetworkCredential(string.Empty, x).SecurePassword</c>).</summary>
        SecureString,

        /// <summary>A switch parameter: no value (<c>-ServicePrincipal</c>; in C# <c>AddParameter("ServicePrincipal")</c>).</summary>
        Switch,
    }

    /// <summary>One parameter the fix adds: name and the secret(s) feeding it (two secrets make a string array).</summary>
    internal sealed class PsInput
    {
        public PsInput(string parameter, PsInputShape shape, params SecretName[] secrets)
            : this(parameter, shape, ImmutableArray<string>.Empty, secrets)
        {
        }

        public PsInput(string parameter, PsInputShape shape, ImmutableArray<string> unlessPresent, params SecretName[] secrets)
        {
            Parameter = parameter;
            Shape = shape;
            UnlessPresent = unlessPresent;
            Secrets = secrets.ToImmutableArray();
        }

        public string Parameter { get; }

        public PsInputShape Shape { get; }

        /// <summary>The input is not added when the call already passes one of these parameters.</summary>
        public ImmutableArray<string> UnlessPresent { get; }

        public ImmutableArray<SecretName> Secrets { get; }
    }

    /// <summary>The token-based (or certificate) parameter set a fix rewrites a password sign-in to.</summary>
    internal sealed class PsReplacement
    {
        public PsReplacement(string cmdlet, ImmutableArray<PsInput> inputs, ImmutableArray<string>? keep)
        {
            Cmdlet = cmdlet;
            Inputs = inputs;
            Keep = keep;
        }

        /// <summary>The cmdlet after the fix (the same name or a new module's).</summary>
        public string Cmdlet { get; }

        public ImmutableArray<PsInput> Inputs { get; }

        /// <summary>Parameters of the old call that stay (full names); null keeps every parameter but the credential.</summary>
        public ImmutableArray<string>? Keep { get; }
    }

    /// <summary>What the value of the credential parameter must be for a finding.</summary>
    internal enum PsCredentialValue
    {
        /// <summary>Any value (a <c>PSCredential</c>, a constructor's argument list).</summary>
        Any,

        /// <summary>An OAuth token request body asking for <c>grant_type=password</c> (a hashtable or a form-encoded string).</summary>
        PasswordGrantBody,
    }

    /// <summary>A cmdlet whose credential parameter carries a user name and password.</summary>
    internal sealed class PsSignInCmdlet
    {
        public PsSignInCmdlet(
            string key,
            string module,
            string[] names,
            string[] credentialParameters,
            string replacementText,
            PsReplacement? fix = null,
            string[]? positional = null,
            string[]? excludedBy = null,
            string[]? requires = null,
            (string Parameter, string Value)[]? requiredValues = null,
            string[]? switches = null,
            (string Parameter, string Text)[]? exemptWhenValueContains = null,
            string? display = null,
            PsCredentialValue credentialValue = PsCredentialValue.Any,
            (string Parameter, ImmutableArray<string> Hosts)? exemptUnlessHost = null,
            string? preFilterText = null)
        {
            Key = key;
            Module = module;
            Names = names.ToImmutableArray();
            CredentialParameters = credentialParameters.ToImmutableArray();
            ReplacementText = replacementText;
            Fix = fix;
            Positional = (positional ?? Array.Empty<string>()).ToImmutableArray();
            ExcludedBy = (excludedBy ?? Array.Empty<string>()).ToImmutableArray();
            Requires = (requires ?? Array.Empty<string>()).ToImmutableArray();
            RequiredValues = (requiredValues ?? Array.Empty<(string, string)>()).ToImmutableArray();
            Switches = (switches ?? Array.Empty<string>()).ToImmutableArray();
            ExemptWhenValueContains = (exemptWhenValueContains ?? Array.Empty<(string, string)>()).ToImmutableArray();
            Display = display ?? names[0];
            CredentialValue = credentialValue;
            ExemptUnlessHost = exemptUnlessHost;
            PreFilterText = preFilterText;
        }

        /// <summary>Stable short name, safe for <c>Diagnostic.Properties</c>.</summary>
        public string Key { get; }

        /// <summary>The module that owns the cmdlet (shown in messages).</summary>
        public string Module { get; }

        /// <summary>The cmdlet name first, then its aliases.</summary>
        public ImmutableArray<string> Names { get; }

        public string Name => Names[0];

        /// <summary>Parameters that carry the user credential (full names; prefixes of at least four letters bind too).</summary>
        public ImmutableArray<string> CredentialParameters { get; }

        /// <summary>What to use instead (message text).</summary>
        public string ReplacementText { get; }

        /// <summary>The mechanical rewrite; null when none is safe.</summary>
        public PsReplacement? Fix { get; }

        /// <summary>Positional parameters in order (full names); the credential is bound when its position is taken.</summary>
        public ImmutableArray<string> Positional { get; }

        /// <summary>Any of these makes the credential an app secret (near-miss): no finding.</summary>
        public ImmutableArray<string> ExcludedBy { get; }

        /// <summary>All of these must be present for a finding.</summary>
        public ImmutableArray<string> Requires { get; }

        /// <summary>Parameters that must have these literal values (case-insensitive) for a finding.</summary>
        public ImmutableArray<(string Parameter, string Value)> RequiredValues { get; }

        /// <summary>Switch parameters (take no value), so positional arguments are counted right.</summary>
        public ImmutableArray<string> Switches { get; }

        /// <summary>A parameter whose value contains this text (case-insensitive) makes the call a near-miss: no finding.</summary>
        public ImmutableArray<(string Parameter, string Text)> ExemptWhenValueContains { get; }

        /// <summary>How messages name the sign-in: the cmdlet, or the type a <c>New-Object</c> row constructs.</summary>
        public string Display { get; }

        /// <summary>What the credential parameter's value must be (a token request body asking for the password grant, ...).</summary>
        public PsCredentialValue CredentialValue { get; }

        /// <summary>
        /// A parameter whose value names a host outside these (see <see cref="KnownHosts"/>) makes the call a near-miss (an
        /// on-premises server); a value that names no host (a variable) decides nothing.
        /// </summary>
        public (string Parameter, ImmutableArray<string> Hosts)? ExemptUnlessHost { get; }

        /// <summary>
        /// Text a script must contain for the row to match, when the command names alone are too common for the cheap
        /// pre-filter (<c>New-Object</c>, <c>Invoke-RestMethod</c>); null when the names are in <see cref="PowerShellSignInCatalog.PreFilter"/>.
        /// </summary>
        public string? PreFilterText { get; }

        public int CredentialPosition => Positional.IndexOf(CredentialParameters[0]);
    }

    /// <summary>A retired module whose import is reported.</summary>
    internal sealed class PsRetiredModule
    {
        public PsRetiredModule(string name, string replacement, bool prefix = false)
        {
            Name = name;
            Replacement = replacement;
            Prefix = prefix;
        }

        public string Name { get; }

        public string Replacement { get; }

        /// <summary>Also matches <c>Name.*</c> (AzureRM.Profile, ...).</summary>
        public bool Prefix { get; }

        public bool Matches(string module) =>
            string.Equals(module, Name, StringComparison.OrdinalIgnoreCase)
            || (Prefix && module.StartsWith(Name + ".", StringComparison.OrdinalIgnoreCase));
    }
}
