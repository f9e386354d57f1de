using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CredentialFlowAnalyzers.Flow;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// OAuth token request bodies, for CFA2001 and its fix: a <c>grant_type=password</c> entry of a key/value body
    /// (<see cref="ValueFlow.Entries"/>) or pair of a string body (<see cref="ValueFlow.StringPieces"/>).
    /// </summary>
    internal static class FormBody
    {
        public const string GrantTypeKey = "grant_type";
        public const string PasswordGrant = "password";

        /// <summary>Stands for a value the analyzer cannot know; never equal to a key or grant name.</summary>
        private const char Unknown = '\u0000';

        /// <summary>True when the entry is <c>grant_type</c> = <c>password</c> (the values may be constants).</summary>
        public static bool IsPasswordGrant(KeyValueEntry entry) =>
            string.Equals(entry.KeyText, GrantTypeKey, StringComparison.Ordinal)
            && string.Equals(entry.ValueText?.Trim(), PasswordGrant, StringComparison.Ordinal);

        /// <summary>
        /// True when form-encoded text (<c>key=value&amp;...</c>; a script front end renders a hashtable body so) has the
        /// pair <c>grant_type=password</c>. Keys and values compare ignoring case, as a script's hashtable keys do; quotes
        /// around a value are ignored.
        /// </summary>
        public static bool IsPasswordGrantText(string? text)
        {
            if (text is null || text.IndexOf(PasswordGrant, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return false;
            }

            foreach (string pair in text.Split('&'))
            {
                int equals = pair.IndexOf('=');
                if (equals > 0
                    && string.Equals(pair.Substring(0, equals).Trim().TrimStart('?').Trim('\'', '"'), GrantTypeKey, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(pair.Substring(equals + 1).Trim().Trim('\'', '"'), PasswordGrant, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Finds the <c>grant_type=password</c> pair in a string body; returns the piece where the pair starts (the
        /// literal or constant to report). A cheap ordinal-ignore-case search for "password" runs before the body is split.
        /// </summary>
        public static StringPiece? FindPasswordGrant(BuiltString body)
        {
            var text = new StringBuilder();
            var owners = new List<int>();
            for (int i = 0; i < body.Pieces.Length; i++)
            {
                StringPiece piece = body.Pieces[i];
                string pieceText = piece.IsKnown ? piece.Text : Unknown.ToString();
                text.Append(pieceText);
                owners.AddRange(Enumerable.Repeat(i, pieceText.Length));
            }

            string whole = text.ToString();
            if (whole.IndexOf(PasswordGrant, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            int start = 0;
            foreach (string pair in whole.Split('&'))
            {
                int equals = pair.IndexOf('=');
                if (equals > 0)
                {
                    string key = pair.Substring(0, equals).Trim().TrimStart('?');
                    string value = pair.Substring(equals + 1).Trim();
                    if (key == GrantTypeKey && value == PasswordGrant)
                    {
                        int keyStart = start + pair.IndexOf(GrantTypeKey, StringComparison.Ordinal);
                        return body.Pieces[owners[keyStart]];
                    }
                }

                start += pair.Length + 1;
            }

            return null;
        }
    }
}
