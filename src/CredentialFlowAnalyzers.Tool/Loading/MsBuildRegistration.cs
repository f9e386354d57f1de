using System.Linq;
using CredentialFlowAnalyzers.Tool.Cli;
using Microsoft.Build.Locator;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>
    /// Registers the newest MSBuild of the installed .NET SDKs that the running runtime can load, once, before any
    /// project is opened. Only needed when there are projects: a folder of scripts opens without MSBuild.
    /// </summary>
    internal static class MsBuildRegistration
    {
        private static readonly object Gate = new();

        public static void EnsureRegistered()
        {
            lock (Gate)
            {
                if (MSBuildLocator.IsRegistered)
                {
                    return;
                }

                VisualStudioInstance? instance = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).FirstOrDefault();
                if (instance is null)
                {
                    throw new ToolException("No .NET SDK found to open projects with: install the .NET SDK (8.0 or later), or scan a folder of scripts and configuration files only.");
                }

                MSBuildLocator.RegisterInstance(instance);
            }
        }
    }
}
