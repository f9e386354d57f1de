namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>Assemblies whose identity (not only their types) tells the fixes something.</summary>
    internal static class KnownAssemblies
    {
        /// <summary>
        /// The .NET Framework assembly of <c>ConfigurationManager</c>: where the type comes from there, an
        /// <c>app.config</c> exists to read <c>appSettings</c> from (the .NET package of the same name often comes in transitively).
        /// </summary>
        public const string NetFrameworkConfiguration = "System.Configuration";
    }
}
