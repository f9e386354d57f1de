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

        /// <summary><see cref="KnownApi.PasswordParameter"/> of a property row: the value assigned to the property.</summary>
        public const string SetterValue = "value";

        private const string StoredPasswordReplacement = "a secret read at run time (Key Vault, configuration), or better a sign-in that does not need a user password";

        private const string PasswordGrantReplacement = "a refresh-token exchange (RequestRefreshTokenAsync) with the token from a secret store, or app-only authentication";

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

            // Credential carriers: they take a user password on its way to a sign-in. CFA2002/CFA2003 report a
            // hard-coded or configured password reaching the parameter named here (any catalog row with a
            // PasswordParameter is such a sink; "value" means a property setter).
            ,
            new KnownApi("NetworkCredential", "CFA2002", $"M:System.Net.NetworkCredential.#ctor({Str},{Str})", StoredPasswordReplacement, FixKind.StoredPassword, "userName", "password", ApiRole.CredentialCarrier),
            new KnownApi("NetworkCredential", "CFA2002", $"M:System.Net.NetworkCredential.#ctor({Str},{Str},{Str})", StoredPasswordReplacement, FixKind.StoredPassword, "userName", "password", ApiRole.CredentialCarrier),
            new KnownApi("NetworkCredentialPassword", "CFA2002", "P:System.Net.NetworkCredential.Password", StoredPasswordReplacement, FixKind.StoredPassword, null, SetterValue, ApiRole.CredentialCarrier),
            new KnownApi("SecureStringAppendChar", "CFA2002", "M:System.Security.SecureString.AppendChar(System.Char)", StoredPasswordReplacement, FixKind.StoredPassword, null, "c", ApiRole.CredentialCarrier),
            new KnownApi("PSCredential", "CFA2002", $"M:System.Management.Automation.PSCredential.#ctor({Str},{Secure})", StoredPasswordReplacement, FixKind.StoredPassword, "userName", "password", ApiRole.CredentialCarrier),

            // IdentityModel (IdentityModel.Client, 6.x): the password grant as a library call (CFA2001), and the
            // password it carries (CFA2002/CFA2003).
            new KnownApi("IdentityModelPasswordToken", "CFA2001", "M:IdentityModel.Client.HttpClientTokenRequestExtensions.RequestPasswordTokenAsync(System.Net.Http.HttpMessageInvoker,IdentityModel.Client.PasswordTokenRequest,System.Threading.CancellationToken)", PasswordGrantReplacement),
            new KnownApi("IdentityModelTokenClientPassword", "CFA2001", $"M:IdentityModel.Client.TokenClient.RequestPasswordTokenAsync({Str},{Str},{Str},IdentityModel.Client.Parameters,System.Threading.CancellationToken)", PasswordGrantReplacement, FixKind.None, "userName", "password"),
            new KnownApi("IdentityModelPasswordTokenRequestPassword", "CFA2002", "P:IdentityModel.Client.PasswordTokenRequest.Password", StoredPasswordReplacement, FixKind.StoredPassword, null, SetterValue, ApiRole.CredentialCarrier)

            // ---- end of CFA2xxx ------------------------------------------------------------------------------

            // ---- CFA3xxx: PowerShell sign-ins -----------------------------------------------------------------

            // ---- end of CFA3xxx ------------------------------------------------------------------------------

            // ---- CFA4xxx: basic authentication to Microsoft 365 services ---------------------------------------

            // ---- end of CFA4xxx ------------------------------------------------------------------------------
        );
    }
}
