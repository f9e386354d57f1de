using System.Reflection;

namespace CredentialFlowAnalyzers.Tool.Reports
{
    internal static class ToolInfo
    {
        /// <summary>The package version (from Directory.Build.props), without build metadata such as the commit.</summary>
        public static string Version { get; } = ReadVersion();

        /// <summary>Where the tool and its rules are documented (the repository URL set in Directory.Build.props).</summary>
        public static string InformationUri { get; } = typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefaultValue("RepositoryUrl") ?? string.Empty;

        private static string ReadVersion()
        {
            string? informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational is null ? "0.0.0" : informational.Split('+')[0];
        }

        private static string? FirstOrDefaultValue(this System.Collections.Generic.IEnumerable<AssemblyMetadataAttribute> attributes, string key)
        {
            foreach (AssemblyMetadataAttribute attribute in attributes)
            {
                if (attribute.Key == key)
                {
                    return attribute.Value;
                }
            }

            return null;
        }
    }
}
