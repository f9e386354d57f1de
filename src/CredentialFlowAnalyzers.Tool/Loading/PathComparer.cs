using System;
using System.IO;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>File paths compared as the file system does: ignoring case on Windows and macOS, exactly elsewhere.</summary>
    internal static class PathComparer
    {
        public static readonly StringComparer Instance = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>Full path with the platform's separators, so paths from different sources compare equal.</summary>
        public static string Normalize(string path) => Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar));

        /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
        public static bool IsUnder(string path, string folder)
        {
            string relative = Path.GetRelativePath(folder, path);
            return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        }

        /// <summary><paramref name="path"/> relative to <paramref name="root"/>, with forward slashes (the same on every OS).</summary>
        public static string Display(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');
    }
}
