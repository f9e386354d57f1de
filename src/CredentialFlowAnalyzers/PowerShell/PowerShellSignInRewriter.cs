using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CredentialFlowAnalyzers.Catalog;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// Rewrites a user-credential sign-in in PowerShell text to the catalog's replacement parameter set: the new
    /// cmdlet name, the credential replaced by token parameters read from clearly named environment variables,
    /// parameters the new set does not take dropped, and the lines that only built the credential removed.
    /// Pure text; used by the script fix and by the fix for script text in C# strings.
    /// </summary>
    internal static class PowerShellSignInRewriter
    {
        /// <summary>Commands whose result a dead credential assignment may hold without side effects worth keeping.</summary>
        private static readonly ImmutableHashSet<string> InertCommands = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, PowerShellSignInCatalog.InertCredentialCommands.ToArray());

        /// <summary>The new text, or null when no safe rewrite exists (splatted credential, no replacement set).</summary>
        public static string? Rewrite(PsScript script, PsFinding finding)
        {
            if (finding.Kind != PsFindingKind.SignIn || finding.Cmdlet?.Fix is not { } fix || finding.Bound is not { } bound
                || finding.Credential is not { } credential || credential.Kind == PsElementKind.Splat || bound.Splats.Count > 0)
            {
                return null;
            }

            PsSignInCmdlet cmdlet = finding.Cmdlet;
            string text = script.Text;
            var edits = new List<(int Start, int End, string Text)>();

            // Name.
            PsToken name = script.Tokens[bound.Command.NameToken];
            if (!string.Equals(PowerShellSignInCatalog.Unqualified(name.Value), fix.Cmdlet, StringComparison.OrdinalIgnoreCase))
            {
                edits.Add((name.Start, name.End, fix.Cmdlet));
            }

            var present = bound.Named.Select(n => n.Name).ToList();
            string inputs = string.Join(" ", fix.Inputs
                .Where(i => !i.UnlessPresent.Any(u => present.Exists(p => PowerShellSignInCatalog.Binds(p, u, 3))))
                .Select(i => i.Shape == PsInputShape.Switch ? "-" + i.Parameter : "-" + i.Parameter + " " + Render(i)));

            // Elements in text order: the credential becomes the inputs; what the new set does not take goes.
            var positionalNames = PowerShellSignInMatcher.PositionalNames(cmdlet, bound.Named.Select(n => n.Name).ToList(), bound.Positional.Count);
            var all = bound.Named.Select(n => (Element: n, Name: (string?)n.Name, Named: true))
                .Concat(bound.Positional.Select((p, i) => (Element: p, Name: positionalNames[i], Named: false)))
                .OrderBy(e => e.Element.Start)
                .ToList();
            foreach (var (element, elementName, named) in all)
            {
                if (element == credential)
                {
                    edits.Add((element.Start, element.End, inputs));
                    continue;
                }

                bool keep = named
                    ? !cmdlet.CredentialParameters.Any(c => PowerShellSignInCatalog.Binds(elementName!, c, 4)) && Kept(fix, elementName!)
                    : (fix.Keep is null || (elementName != null && Kept(fix, elementName)));
                if (!keep)
                {
                    edits.Add((BlankBefore(text, element.Start), element.End, string.Empty));
                }
            }

            // Plumbing: assignments that only fed the credential.
            string? variable = CredentialVariable(script, credential);
            if (variable != null)
            {
                var removed = new List<(int Start, int End)> { (credential.Start, credential.End) };
                foreach ((int start, int end) in DeadAssignments(script, variable, removed))
                {
                    edits.Add((start, end, string.Empty));
                }
            }

            var builder = new StringBuilder(text);
            foreach (var edit in edits.OrderByDescending(e => e.Start))
            {
                builder.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
            }

            return builder.ToString();
        }

        /// <summary>How one input reads in script text.</summary>
        public static string Render(PsInput input)
        {
            if (input.Secrets.Length > 1)
            {
                return string.Join(", ", input.Secrets.Select(s => "$env:" + s.EnvironmentVariable));
            }

            string value = "$env:" + input.Secrets[0].EnvironmentVariable;
            return input.Shape == PsInputShape.SecureString
                ? "(" + PowerShellSignInCatalog.ConvertToSecureString + " " + value + " -" + PowerShellSignInCatalog.AsPlainTextParameter + " -Force)"
                : value;
        }

        private static bool Kept(PsReplacement fix, string written) =>
            fix.Keep is not { } keep || keep.Any(k => PowerShellSignInCatalog.Binds(written, k, 3));

        /// <summary>Start of the blanks (and backtick continuations) before <paramref name="start"/>.</summary>
        private static int BlankBefore(string text, int start)
        {
            int i = start;
            while (i > 0)
            {
                char c = text[i - 1];
                if (c == ' ' || c == '\t')
                {
                    i--;
                }
                else if ((c == '\n' || c == '\r') && i >= 2)
                {
                    int j = i - 1;
                    if (c == '\n' && text[j - 1] == '\r')
                    {
                        j--;
                    }

                    if (j >= 1 && text[j - 1] == '`')
                    {
                        i = j - 1;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        private static string? CredentialVariable(PsScript script, PsElement credential)
        {
            PsElement? value = credential.Kind == PsElementKind.Parameter ? credential.Value : credential;
            if (value is null || value.FirstToken != value.LastToken)
            {
                return null;
            }

            PsToken token = script.Tokens[value.FirstToken];
            return token.Kind == PsTokenKind.Variable && IsPlainName(token.Value) ? token.Value : null;
        }

        private static bool IsPlainName(string name) => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '_');

        /// <summary>
        /// Whole-line assignments <c>$v = ...</c> that die once <paramref name="removed"/> is gone: the variable is
        /// assigned once, used nowhere else, and its value has no side effect worth keeping. Follows what the value used.
        /// </summary>
        private static IEnumerable<(int Start, int End)> DeadAssignments(PsScript script, string variable, List<(int Start, int End)> removed)
        {
            var result = new List<(int, int)>();
            var pending = new List<string> { variable };
            bool progress = true;
            while (progress)
            {
                progress = false;
                foreach (string name in pending.ToList())
                {
                    if (TryFindAssignment(script, name, out int lineStart, out int lineEnd, out int valueFirst, out int valueLast)
                        && !IsUsedElsewhere(script, name, lineStart, lineEnd, removed)
                        && IsInert(script, valueFirst, valueLast))
                    {
                        removed.Add((lineStart, lineEnd));
                        result.Add((lineStart, lineEnd));
                        pending.Remove(name);
                        for (int t = valueFirst; t <= valueLast; t++)
                        {
                            PsToken token = script.Tokens[t];
                            if (token.Kind == PsTokenKind.Variable && IsPlainName(token.Value) && !pending.Contains(token.Value, StringComparer.OrdinalIgnoreCase))
                            {
                                pending.Add(token.Value);
                            }
                        }

                        progress = true;
                    }
                }
            }

            return result;
        }

        private static bool TryFindAssignment(PsScript script, string name, out int lineStart, out int lineEnd, out int valueFirst, out int valueLast)
        {
            lineStart = lineEnd = valueFirst = valueLast = -1;
            int found = 0;
            var tokens = script.Tokens;
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                if (tokens[i].Kind != PsTokenKind.Variable || !string.Equals(tokens[i].Value, name, StringComparison.OrdinalIgnoreCase)
                    || tokens[i + 1].Kind != PsTokenKind.Equals)
                {
                    continue;
                }

                found++;
                if (tokens[i + 1].Value != "=" || !(i == 0 || tokens[i - 1].Kind == PsTokenKind.NewLine))
                {
                    return false;
                }

                int end = i + 2;
                int depth = 0;
                while (end < tokens.Length && !(depth == 0 && (tokens[end].Kind == PsTokenKind.NewLine || tokens[end].Kind == PsTokenKind.Semicolon)))
                {
                    switch (tokens[end].Kind)
                    {
                        case PsTokenKind.LParen:
                        case PsTokenKind.LBrace:
                        case PsTokenKind.AtParen:
                        case PsTokenKind.AtBrace:
                        case PsTokenKind.DollarParen:
                        case PsTokenKind.LBracket:
                            depth++;
                            break;
                        case PsTokenKind.RParen:
                        case PsTokenKind.RBrace:
                        case PsTokenKind.RBracket:
                            depth--;
                            break;
                    }

                    end++;
                }

                if (end < tokens.Length && tokens[end].Kind == PsTokenKind.Semicolon)
                {
                    return false;
                }

                valueFirst = i + 2;
                valueLast = end - 1;
                if (valueLast < valueFirst)
                {
                    return false;
                }

                // Whole lines only: from the line's start to after its line break.
                int start = tokens[i].Start;
                while (start > 0 && (script.Text[start - 1] == ' ' || script.Text[start - 1] == '\t'))
                {
                    start--;
                }

                lineStart = start;
                lineEnd = end < tokens.Length ? tokens[end].End : script.Text.Length;
            }

            return found == 1;
        }

        private static bool IsUsedElsewhere(PsScript script, string name, int lineStart, int lineEnd, List<(int Start, int End)> removed)
        {
            foreach (PsToken token in script.Tokens)
            {
                bool inside = (token.Start >= lineStart && token.End <= lineEnd) || removed.Exists(r => token.Start >= r.Start && token.End <= r.End);
                if (inside)
                {
                    continue;
                }

                if (token.Kind == PsTokenKind.Variable && string.Equals(token.Value, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if ((token.Kind == PsTokenKind.String && token.Flag) || token.Kind == PsTokenKind.Splat)
                {
                    if (token.Kind == PsTokenKind.Splat ? string.Equals(token.Value, name, StringComparison.OrdinalIgnoreCase)
                        : script.Text.Substring(token.Start, token.Length).IndexOf("$" + name, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsInert(PsScript script, int first, int last)
        {
            int start = script.Tokens[first].Start;
            int end = script.Tokens[last].End;
            foreach (PsCommand command in script.Commands)
            {
                if (command.Start >= start && command.Start < end && !InertCommands.Contains(PowerShellSignInCatalog.Unqualified(command.Name)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
