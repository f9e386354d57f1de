using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>What a connection string (or a fragment of one) signs in with.</summary>
    internal enum ConnectionStringFinding
    {
        None,

        /// <summary>SQL <c>Authentication=Active Directory Password</c> (ROPC to Microsoft Entra ID).</summary>
        SqlActiveDirectoryPassword,

        /// <summary>Dataverse/CRM <c>AuthType=Office365</c> (WS-Trust with a user password).</summary>
        DataverseOffice365,

        /// <summary>Dataverse/CRM <c>AuthType=OAuth</c> (or <c>AD</c> to an online org) with a user name and password.</summary>
        DataversePassword,
    }

    /// <summary>
    /// A small, allocation-light reader for <c>key=value;key=value</c> connection strings (SQL Server and Dataverse
    /// keywords), used by the string rules and their fixes. It works on fragments too (a literal in a concatenation),
    /// keeps the exact text of the parts it does not touch, and never exposes values to messages.
    /// </summary>
    internal static class ConnectionStrings
    {
        /// <summary>One <c>key=value</c> part: spans are offsets in the parsed text (value without surrounding quotes).</summary>
        internal readonly struct Part
        {
            public Part(string key, int start, int end, int valueStart, int valueEnd, string value)
            {
                Key = key;
                Start = start;
                End = end;
                ValueStart = valueStart;
                ValueEnd = valueEnd;
                Value = value;
            }

            /// <summary>Normalized key: trimmed, lower case.</summary>
            public string Key { get; }

            /// <summary>Start of the part (after the preceding ';').</summary>
            public int Start { get; }

            /// <summary>End of the part (at the following ';' or the end of the text).</summary>
            public int End { get; }

            public int ValueStart { get; }

            public int ValueEnd { get; }

            public string Value { get; }
        }

        /// <summary>
        /// Whether the code of <paramref name="compilation"/> can hold a finding at all: every finding names a password
        /// or, for Dataverse, <c>AuthType=Office365</c>. Where neither word is written, no string is read.
        /// </summary>
        public static bool MayOccurIn(Compilation compilation) =>
            SourceMentions.AnyCase(compilation, SourceMentions.Password) || SourceMentions.AnyCase(compilation, ConnectionStringKeywords.DataverseOffice365);

        /// <summary>Cheap pre-filter: can <paramref name="text"/> hold a finding at all?</summary>
        /// <remarks>Every string constant in a compilation goes through here: a key=value pair is looked for first (an ordinal search for one character), then the keyword.</remarks>
        public static bool MayContainFinding(string text) =>
            text.Length > 10
            && text.IndexOf('=') >= 0
            && text.IndexOf(ConnectionStringKeywords.PreFilter, StringComparison.OrdinalIgnoreCase) >= 0;

        public static List<Part> Parse(string text)
        {
            var parts = new List<Part>();
            int i = 0;
            while (i <= text.Length)
            {
                int start = i;
                int equals = -1;
                int end = text.Length;
                int valueStart = -1;
                int valueEnd = -1;
                for (int j = i; j < text.Length; j++)
                {
                    char c = text[j];
                    if (equals < 0 && c == '=')
                    {
                        equals = j;
                        int v = j + 1;
                        while (v < text.Length && text[v] == ' ')
                        {
                            v++;
                        }

                        if (v < text.Length && (text[v] == '"' || text[v] == '\''))
                        {
                            char quote = text[v];
                            int close = text.IndexOf(quote, v + 1);
                            if (close > 0)
                            {
                                valueStart = v + 1;
                                valueEnd = close;
                                j = close;
                                continue;
                            }
                        }
                    }
                    else if (c == ';')
                    {
                        end = j;
                        break;
                    }
                }

                if (equals > start)
                {
                    if (valueStart < 0)
                    {
                        valueStart = equals + 1;
                        valueEnd = end;
                        while (valueStart < valueEnd && text[valueStart] == ' ')
                        {
                            valueStart++;
                        }

                        while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
                        {
                            valueEnd--;
                        }
                    }

                    string key = text.Substring(start, equals - start).Trim().ToLowerInvariant();
                    parts.Add(new Part(key, start, end, valueStart, valueEnd, text.Substring(valueStart, valueEnd - valueStart)));
                }

                i = end + 1;
            }

            return parts;
        }

        /// <summary>What <paramref name="text"/> signs in with; <see cref="ConnectionStringFinding.None"/> for anything else.</summary>
        public static ConnectionStringFinding Classify(string? text)
        {
            if (text is null || !MayContainFinding(text) || text.IndexOf('=') < 0)
            {
                return ConnectionStringFinding.None;
            }

            List<Part> parts = Parse(text);
            foreach (Part part in parts)
            {
                if (part.Key == ConnectionStringKeywords.SqlAuthentication && IsActiveDirectoryPassword(part.Value))
                {
                    return ConnectionStringFinding.SqlActiveDirectoryPassword;
                }
            }

            string? authType = Find(parts, ConnectionStringKeywords.DataverseAuthTypeKeys)?.Value.Trim();
            if (authType is null)
            {
                return ConnectionStringFinding.None;
            }

            if (authType.Equals(ConnectionStringKeywords.DataverseOffice365, StringComparison.OrdinalIgnoreCase))
            {
                return ConnectionStringFinding.DataverseOffice365;
            }

            bool hasPassword = Find(parts, ConnectionStringKeywords.DataversePasswordKeys) is { } password && password.Value.Length > 0;
            if (hasPassword && authType.Equals(ConnectionStringKeywords.DataverseOAuth, StringComparison.OrdinalIgnoreCase))
            {
                return ConnectionStringFinding.DataversePassword;
            }

            if (hasPassword && authType.Equals(ConnectionStringKeywords.DataverseActiveDirectory, StringComparison.OrdinalIgnoreCase)
                && Find(parts, ConnectionStringKeywords.DataverseUrlKeys) is { } url && url.Value.IndexOf(KnownHosts.DataverseOnlineSuffix, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ConnectionStringFinding.DataversePassword;
            }

            return ConnectionStringFinding.None;
        }

        /// <summary><c>Active Directory Password</c> / <c>ActiveDirectoryPassword</c>, any case and spacing (as SqlClient parses it).</summary>
        public static bool IsActiveDirectoryPassword(string? value) =>
            value != null && EqualsIgnoringWhitespace(value, ConnectionStringKeywords.SqlActiveDirectoryPassword);

        /// <summary>
        /// <paramref name="value"/> equals <paramref name="expected"/> (lower case, no spaces) case-insensitively once its
        /// white space is ignored; runs on every string constant, so it allocates nothing.
        /// </summary>
        private static bool EqualsIgnoringWhitespace(string value, string expected)
        {
            if (value.Length < expected.Length)
            {
                return false;
            }

            int matched = 0;
            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (matched == expected.Length || char.ToLowerInvariant(c) != expected[matched])
                {
                    return false;
                }

                matched++;
            }

            return matched == expected.Length;
        }

        /// <summary>
        /// The SQL string with <c>Authentication</c> set to <paramref name="method"/>, the password removed, and the user
        /// removed unless <paramref name="keepUser"/> (interactive sign-in uses it as the login hint).
        /// </summary>
        public static string RewriteSql(string text, string method, bool keepUser)
        {
            List<Part> parts = Parse(text);
            var edits = new List<(int Start, int End, string Replacement)>();
            foreach (Part part in parts)
            {
                if (part.Key == ConnectionStringKeywords.SqlAuthentication && IsActiveDirectoryPassword(part.Value))
                {
                    edits.Add((part.ValueStart, part.ValueEnd, method));
                }
                else if (ConnectionStringKeywords.SqlPasswordKeys.Contains(part.Key) || (!keepUser && ConnectionStringKeywords.SqlUserKeys.Contains(part.Key)))
                {
                    edits.Add(Removal(text, part));
                }
            }

            return Apply(text, edits);
        }

        /// <summary>
        /// The Dataverse string with <c>AuthType=OAuth</c>, without user name and password, and with <c>LoginPrompt=Auto</c>
        /// so the connector signs in interactively (MFA-capable) and caches the token. OAuth needs an app id and redirect
        /// URI: when the string has none, Microsoft's sample registration is used (replace it with your own).
        /// </summary>
        public static string RewriteDataverse(string text)
        {
            List<Part> parts = Parse(text);
            var edits = new List<(int Start, int End, string Replacement)>();
            bool hasPrompt = false;
            bool hasAppId = false;
            bool hasRedirect = false;
            foreach (Part part in parts)
            {
                hasAppId |= ConnectionStringKeywords.DataverseAppIdKeys.Contains(part.Key);
                hasRedirect |= ConnectionStringKeywords.DataverseRedirectKeys.Contains(part.Key);
                if (ConnectionStringKeywords.DataverseAuthTypeKeys.Contains(part.Key))
                {
                    edits.Add((part.ValueStart, part.ValueEnd, ConnectionStringKeywords.DataverseOAuth));
                }
                else if (ConnectionStringKeywords.DataversePasswordKeys.Contains(part.Key) || ConnectionStringKeywords.DataverseUserKeys.Contains(part.Key))
                {
                    edits.Add(Removal(text, part));
                }
                else if (part.Key == ConnectionStringKeywords.DataverseLoginPromptKey)
                {
                    hasPrompt = true;
                }
            }

            string result = Apply(text, edits);
            if (!hasAppId)
            {
                result = Append(result, ConnectionStringKeywords.DataverseAppIdPart + ConnectionStringKeywords.DataverseSampleAppId);
            }

            if (!hasRedirect)
            {
                result = Append(result, ConnectionStringKeywords.DataverseRedirectUriPart + ConnectionStringKeywords.DataverseSampleRedirectUri);
            }

            return hasPrompt ? result : Append(result, ConnectionStringKeywords.DataverseInteractivePrompt);
        }

        /// <summary>Adds a part at the end, keeping whether the string ended with ';' and any trailing blanks.</summary>
        private static string Append(string text, string part)
        {
            string trimmed = text.TrimEnd();
            string tail = text.Substring(trimmed.Length);
            return trimmed.Length == 0 || trimmed.EndsWith(";", StringComparison.Ordinal)
                ? trimmed + part + ";" + tail
                : trimmed + ";" + part + tail;
        }

        private static (int Start, int End, string Replacement) Removal(string text, Part part) =>
            (part.Start, part.End < text.Length ? part.End + 1 : part.End, string.Empty);

        private static string Apply(string text, List<(int Start, int End, string Replacement)> edits)
        {
            edits.Sort((a, b) => a.Start.CompareTo(b.Start));
            var builder = new StringBuilder(text.Length);
            int position = 0;
            foreach (var edit in edits)
            {
                if (edit.Start < position)
                {
                    continue;
                }

                builder.Append(text, position, edit.Start - position).Append(edit.Replacement);
                position = edit.End;
            }

            builder.Append(text, position, text.Length - position);

            // A removed last part leaves the ';' before it: drop it unless the original ended with one.
            string result = builder.ToString();
            string trimmed = result.TrimEnd();
            if (trimmed.EndsWith(";", StringComparison.Ordinal) && !text.TrimEnd().EndsWith(";", StringComparison.Ordinal))
            {
                result = trimmed.Substring(0, trimmed.Length - 1) + result.Substring(trimmed.Length);
            }

            return result;
        }

        private static Part? Find(List<Part> parts, ImmutableArray<string> keys)
        {
            foreach (Part part in parts)
            {
                if (keys.Contains(part.Key))
                {
                    return part;
                }
            }

            return null;
        }
    }
}
