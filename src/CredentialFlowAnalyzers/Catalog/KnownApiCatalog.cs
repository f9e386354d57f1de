using System.Collections.Immutable;

namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// The one table of APIs that sign in with (or carry) a user name and password. This is the only file that
    /// names vendor members; <see cref="KnownApiSymbols"/> resolves it once per compilation. Adding an API is one
    /// row here plus tests. Sources: the package metadata of the versions named in the docs.
    /// </summary>
    internal static class KnownApiCatalog
    {
        private const string Scopes = "System.Collections.Generic.IEnumerable{System.String}";
        private const string Str = "System.String";
        private const string Secure = "System.Security.SecureString";

        private const string MsalReplacement =
            "a refresh token from a secret store (IByRefreshToken.AcquireTokenByRefreshToken), app-only AcquireTokenForClient, or AcquireTokenWithDeviceCode/AcquireTokenInteractive";

        public static readonly ImmutableArray<KnownApi> All = ImmutableArray.Create(
            // ---- CFA1xxx: token libraries --------------------------------------------------------------------

            // MSAL.NET (Microsoft.Identity.Client). Public-client ROPC is [Obsolete] since 4.74.0; the confidential
            // client's IByUsernameAndPassword (4.64.0+) is not, so the compiler says nothing about it.
            new KnownApi("MsalPublicRopc", "CFA1001", $"M:Microsoft.Identity.Client.IPublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalUsernamePassword, "username", "password"),
            new KnownApi("MsalPublicRopcSecure", "CFA1001", $"M:Microsoft.Identity.Client.IPublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Secure})", MsalReplacement, FixKind.MsalUsernamePassword, "username", "password"),
            new KnownApi("MsalPublicRopc", "CFA1001", $"M:Microsoft.Identity.Client.PublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalUsernamePassword, "username", "password"),
            new KnownApi("MsalPublicRopcSecure", "CFA1001", $"M:Microsoft.Identity.Client.PublicClientApplication.AcquireTokenByUsernamePassword({Scopes},{Str},{Secure})", MsalReplacement, FixKind.MsalUsernamePassword, "username", "password"),
            new KnownApi("MsalConfidentialRopc", "CFA1001", $"M:Microsoft.Identity.Client.IByUsernameAndPassword.AcquireTokenByUsernamePassword({Scopes},{Str},{Str})", MsalReplacement, FixKind.MsalUsernamePassword, "username", "password")

            // ---- end of CFA1xxx ------------------------------------------------------------------------------

            // ---- CFA2xxx: hand-rolled grants and stored credentials ------------------------------------------

            // ---- end of CFA2xxx ------------------------------------------------------------------------------

            // ---- CFA3xxx: PowerShell sign-ins -----------------------------------------------------------------

            // ---- end of CFA3xxx ------------------------------------------------------------------------------

            // ---- CFA4xxx: basic authentication to Microsoft 365 services ---------------------------------------

            // ---- end of CFA4xxx ------------------------------------------------------------------------------
        );
    }
}
