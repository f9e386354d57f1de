using System.Collections.Generic;
using CredentialFlowAnalyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CredentialFlowAnalyzers.Flow
{
    /// <summary>
    /// Key/value collections passed to a call: dictionary and collection initializers, <c>KeyValuePair</c> lists and
    /// arrays, <c>ToList()</c>/<c>ToArray()</c> of those, and a local's initial value with the <c>Add</c> calls and indexer
    /// assignments on it in the member. A collection built elsewhere (a field filled in a constructor, a parameter) is
    /// one more case in <c>Collect</c>.
    /// </summary>
    internal static partial class ValueFlow
    {
        private const int MaxEntryDepth = 12;

        /// <summary>The entries of a key/value collection (empty when its shape is not recognized).</summary>
        public static List<KeyValueEntry> Entries(IOperation collection)
        {
            var entries = new List<KeyValueEntry>();
            CollectEntries(collection, entries, 0);
            return entries;
        }

        private static void CollectEntries(IOperation collection, List<KeyValueEntry> entries, int depth)
        {
            collection = Unwrap(collection);
            if (depth > MaxEntryDepth)
            {
                return;
            }

            switch (collection)
            {
                case IObjectCreationOperation { Initializer: { } initializer }:
                    foreach (IOperation element in initializer.Initializers)
                    {
                        switch (element)
                        {
                            case IInvocationOperation { Arguments.Length: 2 } pair:
                                entries.Add(new KeyValueEntry(pair.Arguments[0].Value, pair.Arguments[1].Value, pair));
                                break;
                            case IInvocationOperation { Arguments.Length: 1 } single:
                                AddPair(single.Arguments[0].Value, entries);
                                break;
                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                                entries.Add(new KeyValueEntry(indexer.Arguments[0].Value, assignment.Value, assignment));
                                break;
                        }
                    }

                    break;

                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    foreach (IOperation element in arrayInitializer.ElementValues)
                    {
                        AddPair(element, entries);
                    }

                    break;

                // A copy of the collection (LINQ or the collection's own ToArray): the same entries.
                case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "AsEnumerable" } conversion:
                    IOperation? source = conversion.Instance ?? (conversion.Arguments.Length > 0 ? conversion.Arguments[0].Value : null);
                    if (source != null)
                    {
                        CollectEntries(source, entries, depth + 1);
                    }

                    break;

                case ILocalReferenceOperation local:
                    if (SingleWrite(local) is { } initial)
                    {
                        CollectEntries(initial, entries, depth + 1);
                    }
                    else
                    {
                        // Declared first and given its value in branches: the entries of every value it may hold.
                        foreach (IOperation written in WritesOf(local.Local, Root(local)))
                        {
                            CollectEntries(written, entries, depth + 1);
                        }
                    }

                    // Entries added to the local later in the member: Add("k", v) / Add(pair) and ["k"] = v.
                    foreach (IOperation operation in Root(local).Descendants())
                    {
                        switch (operation)
                        {
                            case IInvocationOperation { TargetMethod.Name: "Add", Instance: ILocalReferenceOperation receiver } add when SameLocal(receiver, local):
                                if (add.Arguments.Length == 2)
                                {
                                    entries.Add(new KeyValueEntry(add.Arguments[0].Value, add.Arguments[1].Value, add));
                                }
                                else if (add.Arguments.Length == 1)
                                {
                                    AddPair(add.Arguments[0].Value, entries);
                                }

                                break;

                            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1, Instance: ILocalReferenceOperation receiver } indexer } assignment when SameLocal(receiver, local):
                                entries.Add(new KeyValueEntry(indexer.Arguments[0].Value, assignment.Value, assignment));
                                break;
                        }
                    }

                    break;

                // A field built in a constructor (or its initializer) and posted by another member.
                case IFieldReferenceOperation field:
                    foreach (IOperation written in ConstructorWrites(field))
                    {
                        CollectEntries(written, entries, depth + 1);
                    }

                    break;
            }
        }

        private static bool SameLocal(ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local);

        private static void AddPair(IOperation pair, List<KeyValueEntry> entries)
        {
            pair = Unwrap(pair);
            KnownApiSymbols? symbols = KnownApiSymbols.Of(pair);
            switch (pair)
            {
                case IObjectCreationOperation { Arguments.Length: 2 } creation when symbols?.IsType(creation.Type, KnownTypes.KeyValuePair) == true:
                    entries.Add(new KeyValueEntry(creation.Arguments[0].Value, creation.Arguments[1].Value, creation));
                    break;
                case IInvocationOperation { Arguments.Length: 2 } create when symbols?.Is(create.TargetMethod, KnownMembers.KeyValuePairCreate) == true:
                    entries.Add(new KeyValueEntry(create.Arguments[0].Value, create.Arguments[1].Value, create));
                    break;
            }
        }
    }
}
