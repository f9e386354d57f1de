namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>What a catalog member does with a user credential.</summary>
    internal enum ApiRole
    {
        /// <summary>Signs a user in with a user name and password (the call that breaks under MFA).</summary>
        PasswordSignIn,

        /// <summary>Carries a user password to a sign-in (NetworkCredential, PSCredential, SecureString, ...): a sink for stored-password rules.</summary>
        CredentialCarrier,
    }

    /// <summary>
    /// The rewrite a code fix applies to a catalog member. A fix finds the row of the diagnostic it fixes (from the
    /// reported member's symbol, or from the diagnostic's <c>ApiKey</c> property through
    /// <see cref="KnownApiCatalog.ByKey"/>) and dispatches on this value, so a new member rewritten like an existing
    /// one needs only a row. Every value but <see cref="None"/> is read by a fix.
    /// </summary>
    internal enum FixKind
    {
        /// <summary>No mechanical rewrite: the diagnostic explains what to do.</summary>
        None,

        // ---- CFA1xxx ----

        /// <summary>MSAL ROPC on a public client → refresh-token exchange (SAM), device code or interactive.</summary>
        MsalPublicClient,

        /// <summary>MSAL ROPC on a confidential client → refresh-token exchange (SAM) or app-only.</summary>
        MsalConfidentialClient,

        /// <summary>Azure.Identity UsernamePasswordCredential → DefaultAzureCredential, interactive browser or device code.</summary>
        AzureIdentityUsernamePassword,

        /// <summary>ADAL <c>UserPasswordCredential</c> passed to <c>AcquireTokenAsync</c> → MSAL refresh-token exchange.</summary>
        AdalToMsalRefreshToken,

        /// <summary>UserTokenProvider.LoginSilentAsync(user, password) → ApplicationTokenProvider.LoginSilentAsync (app-only).</summary>
        RestUserTokenProvider,

        /// <summary>Fluent AzureCredentialsFactory.FromUser → FromSystemAssignedManagedServiceIdentity.</summary>
        FluentFromUser,

        // ---- CFA4xxx ----

        /// <summary>MailKit password authentication → <c>Authenticate(new SaslMechanismOAuth2(user, accessToken))</c>.</summary>
        MailKitOAuth,

        /// <summary>EWS password credentials → <c>new OAuthCredentials(accessToken)</c>.</summary>
        EwsOAuth,

        /// <summary>PnP.Framework <c>CreateWithCredentials</c> and its constructor twin → the access-token entry point.</summary>
        PnPFrameworkAccessToken,

        /// <summary>PnP-Sites-Core password contexts → <c>GetAzureADAccessTokenAuthenticatedContext</c>.</summary>
        PnPCoreAccessToken,
    }

    /// <summary>
    /// One row of the credential API catalog: a member that signs in with (or carries) a user password, and
    /// what to use instead. Rows hold no vendor knowledge beyond this; analyzers and fixes read it from here.
    /// </summary>
    internal sealed class KnownApi
    {
        public KnownApi(
            string key,
            string ruleId,
            string docId,
            string replacement,
            FixKind fix = FixKind.None,
            string? userParameter = null,
            string? passwordParameter = null,
            ApiRole role = ApiRole.PasswordSignIn,
            string? hostParameter = null)
        {
            Key = key;
            RuleId = ruleId;
            DocId = docId;
            Replacement = replacement;
            Fix = fix;
            UserParameter = userParameter;
            PasswordParameter = passwordParameter;
            Role = role;
            HostParameter = hostParameter;
        }

        /// <summary>A stable short name, safe to put into <c>Diagnostic.Properties</c> (and so into SARIF).</summary>
        public string Key { get; }

        /// <summary>The diagnostic id reported for this member.</summary>
        public string RuleId { get; }

        /// <summary>The member in documentation-comment-id syntax (as in BannedSymbols.txt).</summary>
        public string DocId { get; }

        /// <summary>What to use instead; shown in the diagnostic message.</summary>
        public string Replacement { get; }

        /// <summary>The rewrite the code fix applies.</summary>
        public FixKind Fix { get; }

        /// <summary>Name of the parameter that carries the user name, when there is one.</summary>
        public string? UserParameter { get; }

        /// <summary>Name of the parameter that carries the password, when there is one.</summary>
        public string? PasswordParameter { get; }

        public ApiRole Role { get; }

        /// <summary>
        /// Name of the parameter that says where the sign-in goes (a host name, a URL or what it was made from), when the
        /// rule reports the member only for a Microsoft 365 service and stays silent for a constant on-premises host.
        /// </summary>
        public string? HostParameter { get; }

        public override string ToString() => Key;
    }
}
