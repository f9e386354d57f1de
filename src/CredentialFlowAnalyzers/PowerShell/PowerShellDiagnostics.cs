using System;
using System.Collections.Immutable;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// How findings of the PowerShell matcher become diagnostics, for C# that hosts PowerShell (CFA3001, CFA3003,
    /// CFA3004) and for script files (CFA3002, CFA3003, CFA3004), and the properties their fixes read.
    /// </summary>
    internal static class PowerShellDiagnostics
    {
        /// <summary>Diagnostic property: the catalog row (<see cref="PsSignInCmdlet.Key"/>).</summary>
        public const string CmdletProperty = "Cmdlet";

        /// <summary>Diagnostic property: how the C# code reaches the cmdlet (<see cref="ShapeChain"/>, <see cref="ShapeCommand"/>, <see cref="ShapeScript"/>).</summary>
        public const string ShapeProperty = "Shape";

        /// <summary>Diagnostic property: for script text, the finding's offset in the script (not a value from the code).</summary>
        public const string ScriptOffsetProperty = "ScriptOffset";

        /// <summary><c>AddCommand("...")</c> followed by <c>AddParameter</c> calls.</summary>
        public const string ShapeChain = "Chain";

        /// <summary><c>new Command("...")</c> with <c>Parameters.Add</c>.</summary>
        public const string ShapeCommand = "CommandObject";

        /// <summary>Script text given to <c>AddScript</c> and the like.</summary>
        public const string ShapeScript = "Script";

        /// <summary>A remote session built with <c>new WSManConnectionInfo(uri, shellUri, credential)</c>.</summary>
        public const string ShapeConnectionInfo = "ConnectionInfo";

        /// <summary>True for the script files the rules read (<c>.ps1</c>, <c>.psm1</c>).</summary>
        public static bool IsScriptPath(string? path) =>
            path != null && (path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase));

        /// <summary>The diagnostic for a finding; a sign-in is reported as <paramref name="signIn"/> (CFA3001 in C#, CFA3002 in a script file).</summary>
        internal static Diagnostic Create(PsFinding finding, Location location, DiagnosticDescriptor signIn, ImmutableDictionary<string, string?>? properties)
        {
            properties ??= ImmutableDictionary<string, string?>.Empty;
            switch (finding.Kind)
            {
                case PsFindingKind.SignIn:
                    PsSignInCmdlet cmdlet = finding.Cmdlet!;
                    return Diagnostic.Create(signIn, location, properties.SetItem(CmdletProperty, cmdlet.Key), cmdlet.Display, cmdlet.Module, cmdlet.ReplacementText);
                case PsFindingKind.PlainTextPassword:
                    return Diagnostic.Create(Descriptors.CFA3003PlainTextPassword, location, properties, PowerShellSignInCatalog.PlainTextConversionDisplay);
                default:
                    return Diagnostic.Create(Descriptors.CFA3004RetiredModule, location, properties, finding.Module!.Name, finding.Module.Replacement);
            }
        }
    }
}
