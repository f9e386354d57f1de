using System;
using System.Collections.Generic;
using System.Linq;
using CredentialFlowAnalyzers.Catalog;
using CredentialFlowAnalyzers.Infrastructure;

namespace CredentialFlowAnalyzers.PowerShell
{
    /// <summary>
    /// The one decision whether a call of a catalog cmdlet (<see cref="PowerShellSignInCatalog"/>) passes a user
    /// credential, for scripts and for C# that hosts PowerShell alike: the credential parameter bound by name, prefix,
    /// splatting or position; no parameter that makes it an app secret; required parameters and values present; no
    /// value that makes it a near-miss (a bearer-token URI option, a constant host outside the service); and, for a
    /// token request, a body that asks for the password grant.
    /// </summary>
    internal static class PowerShellSignInMatcher
    {
        /// <summary>The argument that carries the user credential, or null when the call is no user sign-in.</summary>
        public static PsArgument? CredentialOf(PsSignInCmdlet cmdlet, PsCall call)
        {
            var present = call.Named.Select(a => a.Name!).ToList();
            PsArgument? credential = call.Named.FirstOrDefault(a => IsCredential(cmdlet, a.Name!) && (a.HasValue || IsSwitchCredential(cmdlet, a.Name!)));

            // Positional (Connect-AzureRmAccount $c, Connect-SPOService $url $c).
            if (credential is null && cmdlet.CredentialPosition >= 0)
            {
                List<string?> names = PositionalNames(cmdlet, present, call.Positional.Length);
                int index = names.IndexOf(cmdlet.Positional[cmdlet.CredentialPosition]);
                credential = index >= 0 ? call.Positional[index] : null;
            }

            if (credential is null || credential.Incomplete
                || cmdlet.ExcludedBy.Any(excluded => present.Exists(n => PowerShellSignInCatalog.Binds(n, excluded, 3)))
                || cmdlet.Requires.Any(required => !present.Exists(n => PowerShellSignInCatalog.Binds(n, required, 3))))
            {
                return null;
            }

            foreach ((string parameterName, string expected) in cmdlet.RequiredValues)
            {
                if (!string.Equals(ValueOf(cmdlet, call, parameterName), expected, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            foreach ((string parameterName, string text) in cmdlet.ExemptWhenValueContains)
            {
                if (ValueOf(cmdlet, call, parameterName) is { } value && value.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return null;
                }
            }

            if (cmdlet.ExemptUnlessHost is { } hosts && Hosts.HostOf(ValueOf(cmdlet, call, hosts.Parameter)) is { } host
                && host.IndexOf('$') < 0 && !Hosts.IsOneOf(host, hosts.Hosts))
            {
                return null;
            }

            if (cmdlet.CredentialValue == PsCredentialValue.PasswordGrantBody && !FormBody.IsPasswordGrantText(credential.Text))
            {
                return null;
            }

            return credential;
        }

        /// <summary>
        /// The parameter each of <paramref name="count"/> positional arguments binds (null past the known positions).
        /// Positions taken by name shift nothing: PowerShell binds named parameters first, then fills the remaining positions in order.
        /// </summary>
        public static List<string?> PositionalNames(PsSignInCmdlet cmdlet, IReadOnlyCollection<string> named, int count)
        {
            var result = new List<string?>(count);
            int p = 0;
            for (int i = 0; i < count; i++)
            {
                while (p < cmdlet.Positional.Length && named.Any(n => PowerShellSignInCatalog.Binds(n, cmdlet.Positional[p], 3)))
                {
                    p++;
                }

                result.Add(p < cmdlet.Positional.Length ? cmdlet.Positional[p] : null);
                p++;
            }

            return result;
        }

        /// <summary>True when a parameter name as written binds one of the cmdlet's credential parameters.</summary>
        public static bool IsCredential(PsSignInCmdlet cmdlet, string written)
        {
            foreach (string parameter in cmdlet.CredentialParameters)
            {
                if (PowerShellSignInCatalog.Binds(written, parameter, parameter == PowerShellSignInCatalog.InlineCredentialSwitch ? 6 : 4))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>-InlineCredential</c> is a switch: it signs in with a prompted password.</summary>
        private static bool IsSwitchCredential(PsSignInCmdlet cmdlet, string written) =>
            cmdlet.Switches.Contains(PowerShellSignInCatalog.InlineCredentialSwitch) && PowerShellSignInCatalog.Binds(written, PowerShellSignInCatalog.InlineCredentialSwitch, 6);

        /// <summary>The text of the first named parameter that binds <paramref name="parameterName"/>, or of the positional argument at its position.</summary>
        private static string? ValueOf(PsSignInCmdlet cmdlet, PsCall call, string parameterName)
        {
            if (call.Named.FirstOrDefault(a => PowerShellSignInCatalog.Binds(a.Name!, parameterName, 3)) is { } named)
            {
                return named.Text;
            }

            if (!cmdlet.Positional.Contains(parameterName) || call.Positional.IsEmpty)
            {
                return null;
            }

            int index = PositionalNames(cmdlet, call.Named.Select(a => a.Name!).ToList(), call.Positional.Length).IndexOf(parameterName);
            return index >= 0 ? call.Positional[index].Text : null;
        }
    }
}
