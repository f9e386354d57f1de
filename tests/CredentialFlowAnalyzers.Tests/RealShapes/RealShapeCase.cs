using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tests.RealShapes
{
    /// <summary>A diagnostic a case expects: id, document, span, and the spans of its additional locations (by label).</summary>
    internal sealed class ExpectedDiagnostic
    {
        public ExpectedDiagnostic(string id, string path, TextSpan span, string? label)
        {
            Id = id;
            Path = path;
            Span = span;
            Label = label;
        }

        public string Id { get; }

        public string Path { get; }

        public TextSpan Span { get; }

        public string? Label { get; }

        public List<(string Path, TextSpan Span)> AdditionalLocations { get; } = new List<(string, TextSpan)>();
    }

    /// <summary>One document of a case, markup removed.</summary>
    internal sealed class CaseDocument
    {
        public CaseDocument(string path, string text)
        {
            Path = path;
            Text = text;
        }

        /// <summary>File name (the extension decides: .cs is compiled, anything else is an additional file).</summary>
        public string Path { get; }

        public string Text { get; }

        public bool IsCSharp => Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// One real-shapes case: a data file under <c>RealShapes/Cases</c>. Directives are comment lines anywhere in the file
    /// (<c>// key: value</c>, <c># key: value</c>, <c>&lt;!-- key: value --&gt;</c>):
    /// <list type="bullet">
    /// <item><c>source:</c> the public code the case models (one or more lines; required);</item>
    /// <item><c>target:</c> <c>net10</c> (default) or <c>net472</c>; <c>refs:</c> reference presets (see <see cref="RealShapeRunner"/>);
    /// <c>stubs:</c> vendor stubs; <c>lang:</c> C# language version (default latest);</item>
    /// <item><c>known-miss:</c> the reason the analyzers do not yet report the case as marked: the case then must NOT be
    /// exact (remove the line when the shape is implemented), and the recall report still counts it;</item>
    /// <item><c>//// file: Name.ext</c> starts another document of the same case (a helper class, a settings file).</item>
    /// </list>
    /// Markup: <c>{|CFA2002:text|}</c> is an expected diagnostic at <c>text</c>; <c>{|CFA2002#a:text|}</c> labels it, and
    /// <c>{|+a:other|}</c> is an additional location of the diagnostic labelled <c>a</c>. Cases without markup expect nothing.
    /// </summary>
    internal sealed class RealShapeCase
    {
        private static readonly Regex Directive = new Regex(@"^\s*(?://|#|<!--)\s*(source|target|refs|stubs|lang|known-miss):\s*(.*?)\s*(?:-->)?\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex FileSeparator = new Regex(@"^\s*////\s*file:\s*(\S+)\s*$", RegexOptions.CultureInvariant);

        private RealShapeCase(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public List<string> Sources { get; } = new List<string>();

        public string Target { get; private set; } = "net10";

        public List<string> References { get; } = new List<string>();

        public List<string> Stubs { get; } = new List<string>();

        public string? LanguageVersion { get; private set; }

        /// <summary>Why the analyzers do not yet report this case as marked (a shape not implemented); null for cases that must be exact.</summary>
        public string? KnownMiss { get; private set; }

        public List<CaseDocument> Documents { get; } = new List<CaseDocument>();

        public List<ExpectedDiagnostic> Expected { get; } = new List<ExpectedDiagnostic>();

        /// <summary>Where the case files are: copied beside the tests.</summary>
        public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "RealShapes", "Cases");

        public static IEnumerable<string> Names() =>
            Directory.GetFiles(Folder).Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

        public static RealShapeCase Load(string name)
        {
            var result = new RealShapeCase(name);
            string[] lines = File.ReadAllText(System.IO.Path.Combine(Folder, name)).Replace("\r\n", "\n").Split('\n');
            string path = name;
            var current = new StringBuilder();
            foreach (string line in lines)
            {
                Match separator = FileSeparator.Match(line);
                if (separator.Success)
                {
                    result.AddDocument(path, current.ToString());
                    path = separator.Groups[1].Value;
                    current.Clear();
                    continue;
                }

                Match directive = Directive.Match(line);
                if (directive.Success)
                {
                    result.Apply(directive.Groups[1].Value, directive.Groups[2].Value);
                }

                current.Append(line).Append('\n');
            }

            result.AddDocument(path, current.ToString());
            if (result.Sources.Count == 0)
            {
                throw new InvalidOperationException($"Case {name} names no public source (a 'source:' line).");
            }

            return result;
        }

        /// <summary>The rule family of an id: CFA1xxx, CFA2xxx, ...</summary>
        public static string Family(string id) => id.Length >= 4 ? id.Substring(0, 4) + "xxx" : id;

        private void Apply(string key, string value)
        {
            switch (key)
            {
                case "source":
                    Sources.Add(value);
                    break;
                case "target":
                    Target = value;
                    break;
                case "refs":
                    References.AddRange(Split(value));
                    break;
                case "stubs":
                    Stubs.AddRange(Split(value));
                    break;
                case "lang":
                    LanguageVersion = value;
                    break;
                case "known-miss":
                    KnownMiss = value;
                    break;
            }
        }

        private static IEnumerable<string> Split(string value) => value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries);

        private void AddDocument(string path, string marked)
        {
            if (marked.Trim().Length == 0)
            {
                return;
            }

            var text = new StringBuilder();
            var open = new Stack<(int Start, string Tag)>();
            var primaries = new List<(string Tag, TextSpan Span)>();
            var additional = new List<(string Label, TextSpan Span)>();
            int i = 0;
            while (i < marked.Length)
            {
                if (string.CompareOrdinal(marked, i, "{|", 0, 2) == 0)
                {
                    int colon = marked.IndexOf(':', i + 2);
                    string tag = colon < 0 ? string.Empty : marked.Substring(i + 2, colon - i - 2);
                    if (colon > 0 && Regex.IsMatch(tag, @"^(CFA\d{4}(#\w+)?|\+\w+)$"))
                    {
                        open.Push((text.Length, tag));
                        i = colon + 1;
                        continue;
                    }
                }

                if (open.Count > 0 && string.CompareOrdinal(marked, i, "|}", 0, 2) == 0)
                {
                    (int start, string tag) = open.Pop();
                    var span = TextSpan.FromBounds(start, text.Length);
                    if (tag.StartsWith("+", StringComparison.Ordinal))
                    {
                        additional.Add((tag.Substring(1), span));
                    }
                    else
                    {
                        primaries.Add((tag, span));
                    }

                    i += 2;
                    continue;
                }

                text.Append(marked[i]);
                i++;
            }

            if (open.Count > 0)
            {
                throw new InvalidOperationException($"Case {Name}, {path}: unclosed markup {open.Peek().Tag}.");
            }

            Documents.Add(new CaseDocument(path, text.ToString()));
            foreach ((string tag, TextSpan span) in primaries)
            {
                int hash = tag.IndexOf('#');
                Expected.Add(new ExpectedDiagnostic(hash < 0 ? tag : tag.Substring(0, hash), path, span, hash < 0 ? null : tag.Substring(hash + 1)));
            }

            // Additional locations may sit in another document of the case than their diagnostic: resolve them at the end.
            _pendingAdditional.AddRange(additional.Select(a => (a.Label, path, a.Span)));
            foreach ((string label, string where, TextSpan span) in _pendingAdditional.ToList())
            {
                ExpectedDiagnostic? owner = Expected.FirstOrDefault(e => e.Label == label);
                if (owner != null)
                {
                    owner.AdditionalLocations.Add((where, span));
                    _pendingAdditional.Remove((label, where, span));
                }
            }
        }

        private readonly List<(string Label, string Path, TextSpan Span)> _pendingAdditional = new List<(string, string, TextSpan)>();

        /// <summary>Additional locations whose label names no diagnostic (a mistake in the case).</summary>
        public ImmutableArray<string> UnresolvedLabels => _pendingAdditional.Select(p => p.Label).ToImmutableArray();
    }
}
