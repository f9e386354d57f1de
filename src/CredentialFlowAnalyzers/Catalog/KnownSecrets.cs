namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>
    /// Every secret and setting a fix reads at run time, named by its configuration key (see <see cref="SecretName"/>
    /// for its spelling in each kind of source). Refresh tokens are named after their resource
    /// (<see cref="KnownResource.RefreshToken"/>).
    /// </summary>
    internal static class KnownSecrets
    {
        // ---- The Secure Application Model app registration: one confidential client for every resource ----

        public static SecretName SecureAppClientId { get; } = SecretName.ForKey("SecureApp:ClientId");

        /// <summary>The partner tenant the app registration lives in.</summary>
        public static SecretName SecureAppTenantId { get; } = SecretName.ForKey("SecureApp:TenantId");

        public static SecretName SecureAppClientSecret { get; } = SecretName.ForKey("SecureApp:ClientSecret");

        /// <summary>The app registration's certificate (in the CurrentUser or LocalMachine "My" store).</summary>
        public static SecretName SecureAppCertificateThumbprint { get; } = SecretName.ForKey("SecureApp:CertificateThumbprint");

        /// <summary>A SAM refresh token for a resource the code does not name (a resource read from configuration).</summary>
        public static SecretName RefreshToken { get; } = SecretName.ForKey("SecureApp:RefreshToken");

        /// <summary>A service account's password moved out of the source code (CFA2002) when nothing names it.</summary>
        public static SecretName ServiceAccountPassword { get; } = SecretName.ForKey("ServiceAccount:Password");

        /// <summary>The organisation (initial domain, <c>contoso.onmicrosoft.com</c>) Exchange Online app-only sign-in needs.</summary>
        public static SecretName ExchangeOrganization { get; } = SecretName.ForKey("Exchange:Organization");
    }
}
