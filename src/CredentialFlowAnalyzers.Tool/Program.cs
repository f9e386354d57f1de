using System.Threading.Tasks;
using CredentialFlowAnalyzers.Tool.Cli;

namespace CredentialFlowAnalyzers.Tool
{
    internal static class Program
    {
        private static Task<int> Main(string[] args) => CommandLine.RunAsync(args);
    }
}
