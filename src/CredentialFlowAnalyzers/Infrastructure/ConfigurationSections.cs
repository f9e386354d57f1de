using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CredentialFlowAnalyzers.Infrastructure
{
    /// <summary>One string setting of a configuration section: its key and its value, with the value's span in the file.</summary>
    internal readonly struct ConfigurationSetting
    {
        public ConfigurationSetting(string key, string value, TextSpan valueSpan)
        {
            Key = key;
            Value = value;
            ValueSpan = valueSpan;
        }

        public string Key { get; }

        /// <summary>The value as written (JSON escapes are not decoded; the rules only compare host names and test emptiness).</summary>
        public string Value { get; }

        public TextSpan ValueSpan { get; }
    }

    /// <summary>
    /// Reads the settings of configuration files section by section, without a parser library: every JSON object's
    /// string members (comments allowed, as in appsettings.json), and in XML configuration files every
    /// <c>&lt;network .../&gt;</c> element's attributes and every <c>&lt;appSettings&gt;</c> block's <c>add key/value</c>
    /// pairs. Tolerates broken files (a section is what could be read). Values are never copied into diagnostics.
    /// </summary>
    internal static class ConfigurationSections
    {
        /// <summary>The string members of each JSON object (objects nested in it are sections of their own).</summary>
        public static IEnumerable<List<ConfigurationSetting>> Json(string text)
        {
            var frames = new Stack<JsonFrame>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    i = SkipComment(text, i);
                    continue;
                }

                switch (c)
                {
                    case '{':
                    case '[':
                        if (frames.Count > 0)
                        {
                            frames.Peek().PendingKey = null;
                        }

                        frames.Push(new JsonFrame(c == '{'));
                        i++;
                        continue;

                    case '}':
                    case ']':
                        if (frames.Count > 0)
                        {
                            JsonFrame closed = frames.Pop();
                            if (closed.IsObject && closed.Settings.Count > 0)
                            {
                                yield return closed.Settings;
                            }
                        }

                        i++;
                        continue;

                    case '"':
                        int start = i + 1;
                        int end = start;
                        while (end < text.Length && text[end] != '"' && text[end] != '\n')
                        {
                            end += text[end] == '\\' ? 2 : 1;
                        }

                        end = Math.Min(end, text.Length);
                        string content = text.Substring(start, end - start);
                        if (frames.Count > 0 && frames.Peek() is { IsObject: true } frame)
                        {
                            if (frame.PendingKey is null)
                            {
                                frame.PendingKey = content;
                            }
                            else
                            {
                                frame.Settings.Add(new ConfigurationSetting(frame.PendingKey, content, TextSpan.FromBounds(start, end)));
                                frame.PendingKey = null;
                            }
                        }

                        i = end + 1;
                        continue;

                    case ',':
                        // A number, true, false or null ended the member: its key is done.
                        if (frames.Count > 0)
                        {
                            frames.Peek().PendingKey = null;
                        }

                        i++;
                        continue;

                    default:
                        i++;
                        continue;
                }
            }

            // A file cut short still has its settings read so far.
            while (frames.Count > 0)
            {
                JsonFrame open = frames.Pop();
                if (open.IsObject && open.Settings.Count > 0)
                {
                    yield return open.Settings;
                }
            }
        }

        /// <summary>The attributes of each <c>network</c> element, and the key/value pairs of each <c>appSettings</c> block.</summary>
        public static IEnumerable<List<ConfigurationSetting>> Xml(string text)
        {
            List<ConfigurationSetting>? appSettings = null;
            int i = 0;
            while (i < text.Length)
            {
                int open = text.IndexOf('<', i);
                if (open < 0)
                {
                    break;
                }

                if (string.CompareOrdinal(text, open, "<!--", 0, 4) == 0)
                {
                    int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                    i = close < 0 ? text.Length : close + 3;
                    continue;
                }

                string name = ElementName(text, open + 1);
                if (name == "/appSettings" && appSettings != null)
                {
                    if (appSettings.Count > 0)
                    {
                        yield return appSettings;
                    }

                    appSettings = null;
                }

                var attributes = new List<ConfigurationSetting>();
                i = ReadAttributes(text, open + 1 + name.Length, attributes);
                if (name == "appSettings")
                {
                    appSettings = new List<ConfigurationSetting>();
                }
                else if (name == "network" && attributes.Count > 0)
                {
                    yield return attributes;
                }
                else if (name == "add" && appSettings != null && Find(attributes, "key") is { } key && Find(attributes, "value") is { } value)
                {
                    appSettings.Add(new ConfigurationSetting(key.Value, value.Value, value.ValueSpan));
                }
            }

            if (appSettings is { Count: > 0 })
            {
                yield return appSettings;
            }
        }

        private static ConfigurationSetting? Find(List<ConfigurationSetting> attributes, string name)
        {
            foreach (ConfigurationSetting attribute in attributes)
            {
                if (attribute.Key == name)
                {
                    return attribute;
                }
            }

            return null;
        }

        private static string ElementName(string text, int start)
        {
            int end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '>' && !(text[end] == '/' && end > start))
            {
                end++;
            }

            return text.Substring(start, end - start);
        }

        /// <summary>Reads <c>name="value"</c> pairs up to the end of the tag; returns the offset after it.</summary>
        private static int ReadAttributes(string text, int i, List<ConfigurationSetting> attributes)
        {
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '>')
                {
                    return i + 1;
                }

                if (c == '<')
                {
                    return i;
                }

                if (char.IsWhiteSpace(c) || c == '/')
                {
                    i++;
                    continue;
                }

                int nameStart = i;
                while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i]) && text[i] != '>' && text[i] != '/')
                {
                    i++;
                }

                string attribute = text.Substring(nameStart, i - nameStart);
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length || text[i] != '=')
                {
                    continue;
                }

                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length || (text[i] != '"' && text[i] != '\''))
                {
                    continue;
                }

                char quote = text[i];
                int valueStart = i + 1;
                int valueEnd = text.IndexOf(quote, valueStart);
                if (valueEnd < 0)
                {
                    return text.Length;
                }

                attributes.Add(new ConfigurationSetting(attribute, text.Substring(valueStart, valueEnd - valueStart), TextSpan.FromBounds(valueStart, valueEnd)));
                i = valueEnd + 1;
            }

            return i;
        }

        private static int SkipComment(string text, int i)
        {
            if (text[i + 1] == '/')
            {
                int newLine = text.IndexOf('\n', i);
                return newLine < 0 ? text.Length : newLine + 1;
            }

            int close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 2;
        }

        private sealed class JsonFrame
        {
            public JsonFrame(bool isObject)
            {
                IsObject = isObject;
            }

            public bool IsObject { get; }

            /// <summary>The key read last, waiting for its value.</summary>
            public string? PendingKey { get; set; }

            public List<ConfigurationSetting> Settings { get; } = new List<ConfigurationSetting>();
        }
    }
}
