using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>One use of a catalog member found by <see cref="CatalogApiAnalyzer"/>: the operation, the member it reaches and the member's row.</summary>
    internal sealed class CatalogUse
    {
        public CatalogUse(IOperation operation, ISymbol member, KnownApi api)
        {
            Operation = operation;
            Member = member;
            Api = api;
        }

        /// <summary>The invocation, creation, conversion, field reference or property assignment.</summary>
        public IOperation Operation { get; }

        /// <summary>The method, constructor, operator, field or property used (as referenced, not the catalog's own symbol).</summary>
        public ISymbol Member { get; }

        public KnownApi Api { get; }
    }
}
