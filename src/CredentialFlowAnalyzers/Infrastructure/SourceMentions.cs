using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>
    /// Whether a compilation's source text mentions a word at all: the per-compilation decision of which rules can
    /// have anything to find. Most compilations never write "password" or name a credential type, and there a rule
    /// that needs one registers no callback, so it costs nothing per operation. One search per word and compilation,
    /// shared by every rule that asks (a vectorized search of the text, far cheaper than one callback per operation).
    /// The text includes comments and inactive code, so the answer errs towards analyzing. Not seen: a word that exists
    /// only inside a constant declared in a referenced assembly, split across concatenated literals, or written with
    /// escape sequences.
    /// </summary>
    internal static class SourceMentions
    {
        /// <summary>The word every string a rule reads for a password sign-in contains (a grant, a connection string's key or value).</summary>
        public const string Password = "password";

        private const int ChunkLength = 1 << 15;

        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, bool>> Cache = new ConditionalWeakTable<Compilation, ConcurrentDictionary<string, bool>>();

        /// <summary>True when some syntax tree of <paramref name="compilation"/> contains <paramref name="word"/>, in any case.</summary>
        public static bool AnyCase(Compilation compilation, string word) =>
            Cache.GetOrCreateValue(compilation).GetOrAdd("i:" + word, _ => Search(compilation, new[] { word }, StringComparison.OrdinalIgnoreCase));

        /// <summary>True when some syntax tree of <paramref name="compilation"/> contains one of <paramref name="names"/> as written (identifiers are case-sensitive).</summary>
        public static bool AnyName(Compilation compilation, IReadOnlyCollection<string> names) =>
            names.Count > 0 && Cache.GetOrCreateValue(compilation).GetOrAdd("n:" + string.Join(",", names), _ => Search(compilation, names, StringComparison.Ordinal));

        /// <summary>
        /// Where in <paramref name="text"/> one of <paramref name="words"/> starts, in any case, in order (a position where
        /// two words start is listed once).
        /// </summary>
        public static List<int> Positions(SourceText text, IReadOnlyList<string> words)
        {
            var positions = new List<int>();
            int longest = 0;
            foreach (string word in words)
            {
                longest = Math.Max(longest, word.Length);
            }

            // Chunks overlap by a word's length; a match is counted in the chunk where it starts before the overlap.
            var buffer = new char[Math.Min(ChunkLength, text.Length) + longest];
            for (int start = 0; start < text.Length; start += ChunkLength)
            {
                int count = Math.Min(buffer.Length, text.Length - start);
                text.CopyTo(start, buffer, 0, count);
                foreach (string word in words)
                {
                    int offset = 0;
                    while (offset < count)
                    {
                        int found = buffer.AsSpan(offset, count - offset).IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
                        if (found < 0 || offset + found >= ChunkLength)
                        {
                            break;
                        }

                        positions.Add(start + offset + found);
                        offset += found + 1;
                    }
                }
            }

            // Each word's matches are in order; with several words, merge them and drop a position two words share.
            if (words.Count > 1)
            {
                positions.Sort();
                int kept = 0;
                for (int i = 0; i < positions.Count; i++)
                {
                    if (kept == 0 || positions[kept - 1] != positions[i])
                    {
                        positions[kept++] = positions[i];
                    }
                }

                positions.RemoveRange(kept, positions.Count - kept);
            }

            return positions;
        }

        private static bool Search(Compilation compilation, IReadOnlyCollection<string> words, StringComparison comparison)
        {
            int longest = 0;
            foreach (string word in words)
            {
                longest = Math.Max(longest, word.Length);
            }

            // Read in chunks (large files are not held as one string); consecutive chunks overlap by a word's length.
            var buffer = new char[ChunkLength + longest];
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SourceText text = tree.GetText();
                for (int start = 0; start < text.Length; start += ChunkLength)
                {
                    int count = Math.Min(buffer.Length, text.Length - start);
                    text.CopyTo(start, buffer, 0, count);
                    ReadOnlySpan<char> chunk = buffer.AsSpan(0, count);
                    foreach (string word in words)
                    {
                        if (chunk.IndexOf(word.AsSpan(), comparison) >= 0)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
