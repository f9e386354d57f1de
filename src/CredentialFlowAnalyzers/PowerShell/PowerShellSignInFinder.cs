using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        /// <summary>
        /// The script front end of the sign-in matcher: binds <paramref name="command"/> against <paramref name="cmdlet"/>
        /// (named, splatted and positional arguments) and asks <see cref="PowerShellSignInMatcher"/> whether it passes a user credential.
        /// </summary>
        public static bool TryMatch(PsScript script, PsCommand command, PsSignInCmdlet cmdlet, out PsBoundCommand bound, out PsElement credential)
        {
            bound = script.Bind(command, cmdlet.Switches);
            PsArgument? found = PowerShellSignInMatcher.CredentialOf(cmdlet, CallOf(script, bound));
            credential = (found?.Origin as PsElement)!;
            return found != null;
        }

        private static PsCall CallOf(PsScript script, PsBoundCommand bound)
        {
            ImmutableArray<PsArgument>.Builder named = ImmutableArray.CreateBuilder<PsArgument>();
            foreach (PsElement parameter in bound.Named)
            {
                named.Add(new PsArgument(parameter.Name, parameter.Value != null, parameter.Value is null ? null : script.ResolvedValueOf(parameter.Value), parameter.Incomplete || parameter.Value?.Incomplete == true, parameter));
            }

            // @{ Credential = $c }: each key of the splatted hashtable is a named parameter with a value.
            foreach (PsElement splat in bound.Splats)
            {
                foreach (int key in script.SplatKeys(splat.Name))
                {
                    named.Add(new PsArgument(script.Tokens[key].Value, hasValue: true, script.SplatValueOf(splat.Name, key), splat.Incomplete, splat));
                }
            }

            ImmutableArray<PsArgument> positional = bound.Positional
                .Select(argument => new PsArgument(null, hasValue: true, script.ResolvedValueOf(argument), argument.Incomplete, argument))
                .ToImmutableArray();
            return new PsCall(named.ToImmutable(), positional);
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
