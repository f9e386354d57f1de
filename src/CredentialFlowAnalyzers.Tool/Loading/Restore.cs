using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>
    /// Whether an SDK-style project has been restored. cfa never restores (it only reads, and works where package feeds
    /// are out of reach); an unrestored project is reported instead, because it opens without its package references
    /// and every rule on a package API would be silent.
    /// </summary>
    internal static class Restore
    {
        public static bool IsRestored(string projectPath)
        {
            if (!IsSdkStyle(projectPath))
            {
                return true; // packages.config projects resolve references from the packages folder, not an assets file
            }

            string directory = Path.GetDirectoryName(projectPath)!;
            if (File.Exists(Path.Combine(directory, "obj", "project.assets.json")))
            {
                return true;
            }

            // <UseArtifactsOutput> puts it under artifacts/obj/<project name>/ next to a Directory.Build.props above.
            string name = Path.GetFileNameWithoutExtension(projectPath);
            for (DirectoryInfo? folder = new DirectoryInfo(directory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "artifacts", "obj", name, "project.assets.json")))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSdkStyle(string projectPath)
        {
            try
            {
                XElement? project = XDocument.Load(projectPath).Root;
                return project != null && (project.Attribute("Sdk") != null || project.Elements().Any(e => e.Name.LocalName == "Sdk"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
            {
                return false;
            }
        }
    }
}
