using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CredentialFlowAnalyzers.Tool.Loading;

namespace CredentialFlowAnalyzers.Tool.Fixing
{
    /// <summary>What happened to one changed file.</summary>
    internal enum WriteOutcome
    {
        Written,
        SkippedOutsideRoot,
        SkippedChangedOnDisk,
        Failed,
    }

    /// <summary>
    /// Writes fixed files safely: only under the root given on the command line, only when the file on disk still holds
    /// the text the fixes started from, in the file's own encoding (a byte order mark stays), through a temporary file in
    /// the same folder that replaces the original in one rename (a crash never leaves half a file).
    /// </summary>
    internal static class FileWriter
    {
        public static (WriteOutcome Outcome, string? Message) Write(FileChange change, string root)
        {
            if (!PathComparer.IsUnder(change.FullPath, root))
            {
                return (WriteOutcome.SkippedOutsideRoot, "outside the path given; not written");
            }

            byte[] current;
            try
            {
                current = File.ReadAllBytes(change.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (WriteOutcome.Failed, "cannot be read back (" + SolutionFile.OneLine(e.Message) + "); not written");
            }

            Encoding encoding = EncodingOf(current);
            if (Decode(current, encoding) != change.OldText)
            {
                return (WriteOutcome.SkippedChangedOnDisk, "changed on disk since it was read; not written (run cfa fix again)");
            }

            string directory = Path.GetDirectoryName(change.FullPath)!;
            string temporary = Path.Combine(directory, "." + Path.GetFileName(change.FullPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".cfa-tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    byte[] preamble = encoding.GetPreamble();
                    if (HasPreamble(current, preamble))
                    {
                        stream.Write(preamble);
                    }

                    stream.Write(encoding.GetBytes(change.NewText));
                    stream.Flush(flushToDisk: true);
                }

                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(change.FullPath));
                }

                File.Move(temporary, change.FullPath, overwrite: true);
                return (WriteOutcome.Written, null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                return (WriteOutcome.Failed, "could not be written (" + SolutionFile.OneLine(e.Message) + ")");
            }
        }

        /// <summary>The file's encoding from its byte order mark; UTF-8 when it has none.</summary>
        private static Encoding EncodingOf(byte[] bytes)
        {
            var candidates = new List<Encoding> { new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) };
            foreach (Encoding candidate in candidates)
            {
                if (HasPreamble(bytes, candidate.GetPreamble()))
                {
                    return candidate;
                }
            }

            return new UTF8Encoding(false);
        }

        private static string Decode(byte[] bytes, Encoding encoding)
        {
            int skip = HasPreamble(bytes, encoding.GetPreamble()) ? encoding.GetPreamble().Length : 0;
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }

        private static bool HasPreamble(byte[] bytes, byte[] preamble) =>
            preamble.Length > 0 && bytes.Length >= preamble.Length && bytes.AsSpan(0, preamble.Length).SequenceEqual(preamble);

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: the temporary file is hidden and named after the tool.
            }
        }
    }
}
