using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using CredentialFlowAnalyzers.PowerShell;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Tool.Loading
{
    /// <summary>
    /// Reads a script or configuration file the rules would analyze and says, in one line, why it cannot be analyzed:
    /// unreadable, binary, malformed JSON or XML, or a script that does not tokenize to balanced PowerShell. Such a file
    /// is listed as a problem and left out (neither scanned nor fixed).
    /// </summary>
    internal static class FileChecks
    {
        /// <summary>The file's text, or the reason it cannot be analyzed.</summary>
        public static (SourceText? Text, string? Problem) Read(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, "cannot be read (" + SolutionFile.OneLine(e.Message) + ")");
            }

            SourceText text;
            try
            {
                text = SourceText.From(bytes, bytes.Length, encoding: null, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                return (null, "is a binary file, not text");
            }

            return (text, Problem(path, text.ToString()));
        }

        private static string? Problem(string path, string text)
        {
            string extension = Path.GetExtension(path);
            if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                return JsonProblem(text);
            }

            if (extension.Equals(".config", StringComparison.OrdinalIgnoreCase))
            {
                return XmlProblem(text);
            }

            if (extension.Equals(".ps1", StringComparison.OrdinalIgnoreCase) || extension.Equals(".psm1", StringComparison.OrdinalIgnoreCase))
            {
                return ScriptProblem(text);
            }

            return null;
        }

        private static string? JsonProblem(string text)
        {
            try
            {
                // appsettings files may hold comments and trailing commas (the configuration loader accepts both).
                using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                return null;
            }
            catch (JsonException e)
            {
                return $"is not valid JSON (line {(e.LineNumber ?? 0) + 1})";
            }
        }

        private static string? XmlProblem(string text)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
                using var reader = XmlReader.Create(new StringReader(text), settings);
                while (reader.Read())
                {
                }

                return null;
            }
            catch (XmlException e)
            {
                return $"is not valid XML (line {e.LineNumber})";
            }
        }

        /// <summary>
        /// A script whose text ends inside a string, here-string or block comment, or whose brackets do not balance, is
        /// not one PowerShell would run; the rules would read it differently from the engine, so it is not analyzed.
        /// </summary>
        private static string? ScriptProblem(string text)
        {
            var tokens = PsTokenizer.Tokenize(text);
            foreach (PsToken token in tokens.Where(t => t.Unterminated))
            {
                return $"does not parse as PowerShell: unterminated {(token.Kind == PsTokenKind.Comment ? "comment" : "string")} at line {LineOf(text, token.Start)}";
            }

            var open = new System.Collections.Generic.Stack<PsToken>();
            foreach (PsToken token in tokens)
            {
                switch (token.Kind)
                {
                    case PsTokenKind.LParen or PsTokenKind.AtParen or PsTokenKind.DollarParen or PsTokenKind.LBrace or PsTokenKind.AtBrace or PsTokenKind.LBracket:
                        open.Push(token);
                        break;
                    case PsTokenKind.RParen or PsTokenKind.RBrace or PsTokenKind.RBracket:
                        if (open.Count == 0 || !Matches(open.Pop().Kind, token.Kind))
                        {
                            return $"does not parse as PowerShell: unexpected '{token.Value}' at line {LineOf(text, token.Start)}";
                        }

                        break;
                }
            }

            return open.Count == 0 ? null : $"does not parse as PowerShell: '{open.Peek().Value}' at line {LineOf(text, open.Peek().Start)} is never closed";
        }

        private static bool Matches(PsTokenKind open, PsTokenKind close) => close switch
        {
            PsTokenKind.RParen => open is PsTokenKind.LParen or PsTokenKind.AtParen or PsTokenKind.DollarParen,
            PsTokenKind.RBrace => open is PsTokenKind.LBrace or PsTokenKind.AtBrace,
            _ => open == PsTokenKind.LBracket,
        };

        private static int LineOf(string text, int position)
        {
            int line = 1;
            for (int i = 0; i < position && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
