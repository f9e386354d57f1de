using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace CredentialFlowAnalyzers.Tool.Fixing
{
    /// <summary>A unified diff (as <c>git diff</c> prints it, three lines of context) of one file's old and new text.</summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        public static string Create(string path, string oldText, string newText)
        {
            DiffResult diff = Differ.Instance.CreateLineDiffs(oldText, newText, false);
            IReadOnlyList<string> a = diff.PiecesOld;
            IReadOnlyList<string> b = diff.PiecesNew;
            var output = new StringBuilder();
            output.Append("--- a/").Append(path).Append('\n');
            output.Append("+++ b/").Append(path).Append('\n');

            IList<DiffBlock> blocks = diff.DiffBlocks;
            int i = 0;
            while (i < blocks.Count)
            {
                // Blocks closer than two contexts apart share one hunk.
                int j = i;
                while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
                {
                    j++;
                }

                int startA = Math.Max(0, blocks[i].DeleteStartA - Context);
                int startB = Math.Max(0, blocks[i].InsertStartB - Context);
                int endA = Math.Min(a.Count, blocks[j].DeleteStartA + blocks[j].DeleteCountA + Context);
                int endB = Math.Min(b.Count, blocks[j].InsertStartB + blocks[j].InsertCountB + Context);
                output.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");

                int lineA = startA;
                for (int k = i; k <= j; k++)
                {
                    DiffBlock block = blocks[k];
                    for (; lineA < block.DeleteStartA; lineA++)
                    {
                        output.Append(' ').Append(a[lineA]).Append('\n');
                    }

                    for (int d = 0; d < block.DeleteCountA; d++)
                    {
                        output.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                    }

                    for (int n = 0; n < block.InsertCountB; n++)
                    {
                        output.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                    }

                    lineA = block.DeleteStartA + block.DeleteCountA;
                }

                for (; lineA < endA; lineA++)
                {
                    output.Append(' ').Append(a[lineA]).Append('\n');
                }

                i = j + 1;
            }

            return output.ToString();
        }

        private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";
    }
}
