namespace CredentialFlowAnalyzers.Catalog
{
    /// <summary>Namespaces the rules recognise as a whole (see <see cref="KnownMember.InNamespace"/>).</summary>
    internal static class KnownNamespaces
    {
        /// <summary>RestSharp (107+ and older): request types and the extension classes that add parameters and bodies.</summary>
        public const string RestSharp = "RestSharp";
    }
}
