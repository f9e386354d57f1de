using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CredentialFlowAnalyzers.Catalog;

namespace CredentialFlowAnalyzers.PowerShell
{
    internal enum PsFindingKind
    {
        /// <summary>A catalog cmdlet signs in with a user credential.</summary>
        SignIn,

        /// <summary><c>ConvertTo-SecureString 'literal' -AsPlainText</c>.</summary>
        PlainTextPassword,

        /// <summary><c>Import-Module</c> / <c>#Requires -Modules</c> of a retired module.</summary>
        RetiredModule,
    }

    /// <summary>One finding in PowerShell text: what, where (offsets in the text), and the catalog row.</summary>
    internal sealed class PsFinding
    {
        public PsFinding(PsFindingKind kind, int start, int end, PsSignInCmdlet? cmdlet = null, PsRetiredModule? module = null, PsBoundCommand? bound = null, PsElement? credential = null)
        {
            Kind = kind;
            Start = start;
            End = end;
            Cmdlet = cmdlet;
            Module = module;
            Bound = bound;
            Credential = credential;
        }

        public PsFindingKind Kind { get; }

        public int Start { get; }

        public int End { get; }

        public PsSignInCmdlet? Cmdlet { get; }

        public PsRetiredModule? Module { get; }

        public PsBoundCommand? Bound { get; }

        /// <summary>The element that carries the credential (a parameter with its value, a positional argument or a splat).</summary>
        public PsElement? Credential { get; }
    }

    /// <summary>Finds user-credential sign-ins, plain-text passwords and retired modules in PowerShell text.</summary>
    internal static class PowerShellSignInFinder
    {
        private static readonly Regex RequiresModules = new Regex(@"^#\s*requires\b.*?-modules?\s+(?<list>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>The cheap test run before tokenizing: an ordinal, case-insensitive search for the command names that matter.</summary>
        public static bool MayContainFindings(string text)
        {
            foreach (string needle in PowerShellSignInCatalog.PreFilter)
            {
                if (text.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        public static ImmutableArray<PsFinding> Find(string text) =>
            MayContainFindings(text) ? Find(PsScript.Parse(text)) : ImmutableArray<PsFinding>.Empty;

        public static ImmutableArray<PsFinding> Find(PsScript script)
        {
            var findings = ImmutableArray.CreateBuilder<PsFinding>();
            foreach (PsCommand command in script.Commands)
            {
                string name = PowerShellSignInCatalog.Unqualified(command.Name);
                if (string.Equals(name, PowerShellSignInCatalog.ConvertToSecureString, StringComparison.OrdinalIgnoreCase))
                {
                    if (IsPlainTextPassword(script, command))
                    {
                        findings.Add(new PsFinding(PsFindingKind.PlainTextPassword, command.Start, command.End));
                    }

                    continue;
                }

                if (PowerShellSignInCatalog.IsImportModule(name))
                {
                    foreach (PsRetiredModule module in ImportedRetiredModules(script, command))
                    {
                        findings.Add(new PsFinding(PsFindingKind.RetiredModule, command.Start, command.End, module: module));
                    }

                    continue;
                }

                foreach (PsSignInCmdlet cmdlet in PowerShellSignInCatalog.Find(name))
                {
                    if (TryMatch(script, command, cmdlet, out PsBoundCommand bound, out PsElement credential))
                    {
                        findings.Add(new PsFinding(PsFindingKind.SignIn, command.Start, command.End, cmdlet, bound: bound, credential: credential));
                        break;
                    }
                }
            }

            foreach (PsToken token in script.Tokens)
            {
                if (token.Kind == PsTokenKind.Comment && token.Value.StartsWith("#", StringComparison.Ordinal)
                    && RequiresModules.Match(token.Value) is { Success: true } match)
                {
                    foreach (string part in match.Groups["list"].Value.Split(new[] { ',', ' ', '\t', '@', '{', '}', ';', '\'', '"', '=' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (PowerShellSignInCatalog.FindRetiredModule(part) is { } module)
                        {
                            findings.Add(new PsFinding(PsFindingKind.RetiredModule, token.Start, token.End, module: module));
                            break;
                        }
                    }
                }
            }

            return findings.ToImmutable();
        }

        /// <summary>Binds <paramref name="command"/> against <paramref name="cmdlet"/> and decides whether it passes a user credential.</summary>
        public static bool TryMatch(PsScript script, PsCommand command, PsSignInCmdlet cmdlet, out PsBoundCommand bound, out PsElement credential)
        {
            bound = script.Bind(command, cmdlet.Switches);
            credential = null!;

            // Named (-Credential $c, -Cred $c, -Credential:$c) and splatted (@{ Credential = $c }).
            var present = new List<string>();
            foreach (PsElement parameter in bound.Named)
            {
                present.Add(parameter.Name);
                if (credential is null && IsCredential(cmdlet, parameter.Name)
                    && (parameter.Value != null || IsSwitchCredential(cmdlet, parameter.Name)))
                {
                    credential = parameter;
                }
            }

            foreach (PsElement splat in bound.Splats)
            {
                foreach (int key in script.SplatKeys(splat.Name))
                {
                    string keyName = script.Tokens[key].Value;
                    present.Add(keyName);
                    if (credential is null && IsCredential(cmdlet, keyName))
                    {
                        credential = splat;
                    }
                }
            }

            // Positional (Connect-AzureRmAccount $c, Connect-SPOService $url $c).
            int position = cmdlet.CredentialPosition;
            if (credential is null && position >= 0)
            {
                // Positions taken by name shift nothing: PowerShell binds named first, then fills the remaining positions in order.
                int index = 0;
                for (int p = 0; p < cmdlet.Positional.Length && index < bound.Positional.Count; p++)
                {
                    string positionalName = cmdlet.Positional[p];
                    if (present.Exists(n => PowerShellSignInCatalog.Binds(n, positionalName, 3)))
                    {
                        continue;
                    }

                    if (p == position)
                    {
                        credential = bound.Positional[index];
                        break;
                    }

                    index++;
                }
            }

            if (credential is null || credential.Incomplete || credential.Value?.Incomplete == true)
            {
                return false;
            }

            foreach (string excluded in cmdlet.ExcludedBy)
            {
                if (present.Exists(n => PowerShellSignInCatalog.Binds(n, excluded, 3)))
                {
                    return false;
                }
            }

            foreach (string required in cmdlet.Requires)
            {
                if (!present.Exists(n => PowerShellSignInCatalog.Binds(n, required, 3)))
                {
                    return false;
                }
            }

            foreach ((string parameterName, string expected) in cmdlet.RequiredValues)
            {
                PsElement? parameter = bound.Named.Find(n => PowerShellSignInCatalog.Binds(n.Name, parameterName, 3));
                if (parameter?.Value is null || !string.Equals(script.ValueOf(parameter.Value), expected, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            foreach ((string parameterName, string text) in cmdlet.ExemptWhenValueContains)
            {
                if (bound.Named.Find(n => PowerShellSignInCatalog.Binds(n.Name, parameterName, 3)) is { Value: { } value }
                    && script.Text.Substring(value.Start, value.End - value.Start).IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>-InlineCredential</c> is a switch: it signs in with a prompted password.</summary>
        private static bool IsSwitchCredential(PsSignInCmdlet cmdlet, string written) =>
            cmdlet.Switches.Contains(PowerShellSignInCatalog.InlineCredentialSwitch) && PowerShellSignInCatalog.Binds(written, PowerShellSignInCatalog.InlineCredentialSwitch, 6);

        internal static bool IsCredential(PsSignInCmdlet cmdlet, string written)
        {
            foreach (string parameter in cmdlet.CredentialParameters)
            {
                if (PowerShellSignInCatalog.Binds(written, parameter, parameter == PowerShellSignInCatalog.InlineCredentialSwitch ? 6 : 4))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPlainTextPassword(PsScript script, PsCommand command)
        {
            PsBoundCommand bound = script.Bind(command, PowerShellSignInCatalog.ConvertToSecureStringSwitches);
            if (!bound.Named.Exists(n => PowerShellSignInCatalog.Binds(n.Name, PowerShellSignInCatalog.AsPlainTextParameter, 1)))
            {
                return false;
            }

            PsElement? value = bound.Named.Find(n => PowerShellSignInCatalog.Binds(n.Name, PowerShellSignInCatalog.StringParameter, 2))?.Value
                ?? (bound.Positional.Count > 0 ? bound.Positional[0] : null);
            if (value != null)
            {
                return IsPasswordLiteral(script, value);
            }

            // 'text' | ConvertTo-SecureString -AsPlainText -Force
            int nameIndex = command.NameToken;
            if (nameIndex >= 2 && script.Tokens[nameIndex - 1].Kind == PsTokenKind.Pipe)
            {
                PsToken piped = script.Tokens[nameIndex - 2];
                bool startsSegment = nameIndex < 3 || script.Tokens[nameIndex - 3].IsStatementSeparator
                    || script.Tokens[nameIndex - 3].Kind == PsTokenKind.Equals || script.Tokens[nameIndex - 3].Kind == PsTokenKind.LParen
                    || script.Tokens[nameIndex - 3].Kind == PsTokenKind.Comment;
                return startsSegment && piped.Kind == PsTokenKind.String && !piped.Flag && !IsBearer(piped.Value);
            }

            return false;
        }

        private static bool IsPasswordLiteral(PsScript script, PsElement value)
        {
            if (value.FirstToken != value.LastToken)
            {
                return false;
            }

            PsToken token = script.Tokens[value.FirstToken];
            return (token.Kind == PsTokenKind.String && !token.Flag && !IsBearer(token.Value))
                || (token.Kind == PsTokenKind.Word && token.Value.Length > 0);
        }

        /// <summary>"Bearer ..." in the password slot carries an access token (near-miss).</summary>
        private static bool IsBearer(string value) => value.TrimStart().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

        private static IEnumerable<PsRetiredModule> ImportedRetiredModules(PsScript script, PsCommand command)
        {
            PsBoundCommand bound = script.Bind(command, PowerShellSignInCatalog.ImportModuleSwitches);
            var values = new List<PsElement>();
            if (bound.Named.Find(n => PowerShellSignInCatalog.Binds(n.Name, PowerShellSignInCatalog.ImportModuleNameParameter, 1)) is { Value: { } named })
            {
                values.Add(named);
            }
            else if (bound.Positional.Count > 0)
            {
                values.Add(bound.Positional[0]);
            }

            foreach (PsElement value in values)
            {
                for (int t = value.FirstToken; t <= value.LastToken; t++)
                {
                    PsToken token = script.Tokens[t];
                    if ((token.Kind == PsTokenKind.Word || (token.Kind == PsTokenKind.String && !token.Flag))
                        && PowerShellSignInCatalog.FindRetiredModule(token.Value) is { } module)
                    {
                        yield return module;
                        yield break;
                    }
                }
            }
        }
    }
}
