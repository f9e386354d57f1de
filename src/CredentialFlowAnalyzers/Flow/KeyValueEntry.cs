using Microsoft.CodeAnalysis;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>One entry of a key/value collection: <c>["k"] = v</c>, <c>{ "k", v }</c>, <c>new KeyValuePair&lt;,&gt;("k", v)</c>, <c>x.Add("k", v)</c>.</summary>
    internal sealed class KeyValueEntry
    {
        public KeyValueEntry(IOperation key, IOperation value, IOperation node)
        {
            Key = key;
            Value = value;
            Node = node;
        }

        public IOperation Key { get; }

        public IOperation Value { get; }

        /// <summary>The whole entry: the initializer element, the pair creation, the Add call or the indexer assignment.</summary>
        public IOperation Node { get; }

        /// <summary>The key, when it is a constant (followed through locals and fields).</summary>
        public string? KeyText => ValueFlow.ConstantString(Key);

        /// <summary>The value, when it is a constant (followed through locals and fields).</summary>
        public string? ValueText => ValueFlow.ConstantString(Value);
    }
}
