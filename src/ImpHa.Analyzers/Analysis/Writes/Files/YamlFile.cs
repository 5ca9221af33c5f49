using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Writes;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>
/// A YAML file (Ansible-style variables): the scalar <c>key: value</c> pairs of each block mapping, in lists of mappings too,
/// are one item list. A small reader of its own, because no YAML parser ships with .NET and an analyzer cannot bring
/// one the compiler would load; it reads block mappings and lists line by line and skips what it does not need
/// (block scalars, flow collections, multi-line scalars), and calls a file malformed only where YAML itself would.
/// </summary>
internal static class YamlFile
{
    public static CheckedFileContent Read(FileText file)
    {
        var text = file.Text;
        var lists = new List<IReadOnlyList<ParameterItem>>();
        var open = new List<Mapping>();
        var skipDeeperThan = -1;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var next = lineEnd + 1;
            var indent = lineStart;
            while (indent < lineEnd && text[indent] == ' ')
            {
                indent++;
            }

            var end = ContentEnd(text, indent, lineEnd);
            var column = indent - lineStart;
            if (end == indent || text[indent] == '#')
            {
                lineStart = next;
                continue;
            }

            // Lines of a block scalar, or continuations of a multi-line scalar: deeper than the key that holds them.
            if (skipDeeperThan >= 0 && column > skipDeeperThan)
            {
                lineStart = next;
                continue;
            }

            skipDeeperThan = -1;
            if (text[indent] == '\t')
            {
                return CheckedFileContent.Malformed(indent, "A tab indents this line; YAML indents with spaces only.");
            }

            if (column == 0 && (StartsWith(text, indent, "---") || StartsWith(text, indent, "...") || text[indent] == '%'))
            {
                open.Clear();
                lineStart = next;
                continue;
            }

            // A list item: "- key: value" opens a mapping at the key's column.
            var at = indent;
            var newItem = false;
            while (at < end && text[at] == '-' && (at + 1 == end || text[at + 1] == ' '))
            {
                newItem = true;
                at++;
                while (at < end && text[at] == ' ')
                {
                    at++;
                }
            }

            if (at >= end)
            {
                lineStart = next;
                continue;
            }

            // No pattern variable in a condition a mutant could negate: one mutant that does not compile makes Stryker drop the whole method.
            var keyColumn = at - lineStart;
            var keyEnd = KeyEnd(text, at, end);
            if (keyEnd is null)
            {
                if (!newItem && open.Count > 0 && keyColumn <= open[open.Count - 1].Column && text[at] is not ('[' or '{' or '"' or '\'' or '|' or '>' or '&' or '*' or '!' or '?'))
                {
                    return CheckedFileContent.Malformed(at, "Expected 'key: value' here: the line is at a mapping's indentation but has no ':'.");
                }

                skipDeeperThan = keyColumn - 1;
                lineStart = next;
                continue;
            }

            while (open.Count > 0 && (open[open.Count - 1].Column > keyColumn || (newItem && open[open.Count - 1].Column >= keyColumn)))
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count == 0 || open[open.Count - 1].Column != keyColumn)
            {
                var mapping = new Mapping(keyColumn);
                open.Add(mapping);
                lists.Add(mapping.Items);
            }

            var colon = keyEnd.Value;
            var key = Unquote(text, at, colon);
            var value = Skip(text, colon + 1, end);
            var scalar = value < end ? Scalar(text, value, end) : null;
            if (scalar.HasValue)
            {
                open[open.Count - 1].Items.Add(file.Item(text.Substring(key.Start, key.Length), scalar.Value.Start, scalar.Value.Length));
            }
            else if (value < end)
            {
                // A block scalar, a flow collection or a quoted scalar that goes on: its lines are deeper than the key.
                skipDeeperThan = keyColumn;
            }

            lineStart = next;
        }

        lists.RemoveAll(l => l.Count == 0);
        return new CheckedFileContent(lists, null, null);
    }

    /// <summary>Where the line's content ends: before a comment and trailing blanks (a '#' after a blank, outside quotes).</summary>
    private static int ContentEnd(string text, int from, int lineEnd)
    {
        var end = lineEnd;
        char quote = '\0';
        for (var i = from; i < lineEnd; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && (i == from || text[i - 1] is ' ' or ':' or '-'))
            {
                quote = c;
            }
            else if (c == '#' && (i == from || text[i - 1] is ' ' or '\t'))
            {
                end = i;
                break;
            }
        }

        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The ':' that ends a mapping key on this line (followed by a blank or the end), or null.</summary>
    private static int? KeyEnd(string text, int at, int end)
    {
        if (text[at] is '"' or '\'')
        {
            var close = text.IndexOf(text[at], at + 1);
            return close > 0 && close + 1 < end && text[close + 1] == ':' && (close + 2 == end || text[close + 2] == ' ') ? close + 1 : null;
        }

        if (text[at] is '[' or '{' or '|' or '>' or '&' or '*' or '!' or '?')
        {
            return null;
        }

        for (var i = at; i < end; i++)
        {
            if (text[i] == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A one-line scalar's characters: inside its quotes, or the plain text; null for anything that goes on past the line.</summary>
    private static (int Start, int Length)? Scalar(string text, int at, int end)
    {
        switch (text[at])
        {
            case '"' or '\'':
                return end - at >= 2 && text[end - 1] == text[at] ? (at + 1, end - at - 2) : null;
            case '|' or '>' or '[' or '{' or '&' or '*' or '!':
                return null;
            default:
                return (at, end - at);
        }
    }

    private static (int Start, int Length) Unquote(string text, int at, int colon)
        => text[at] is '"' or '\'' ? (at + 1, colon - at - 2) : (at, colon - at);

    private static int Skip(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool StartsWith(string text, int at, string prefix) => string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0;

    private sealed class Mapping(int column)
    {
        public int Column { get; } = column;

        public List<ParameterItem> Items { get; } = [];
    }
}
