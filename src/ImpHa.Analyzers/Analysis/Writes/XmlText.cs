using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// XML or SOAP in a string the code builds (<c>&lt;axl:updateServiceParameter&gt;&lt;name&gt;…&lt;/name&gt;&lt;service&gt;…&lt;/service&gt;&lt;value&gt;300&lt;/value&gt;</c>):
/// the text-only elements under one parent are one item list, each named by its local name (any namespace prefix), and the
/// attributes of one element are another. Read by a tolerant scanner, not a parser: templates are often fragments,
/// and a hole only known at run time must not stop the rest from being read.
/// </summary>
internal static class XmlText
{
    public static IEnumerable<IReadOnlyList<ParameterItem>> Items(WireSource source)
    {
        var text = source.Text;
        var groups = new Dictionary<int, List<ParameterItem>>();
        var order = new List<int>();
        var open = new List<Element>();
        // Elements count up from 1 (0 is the top level), attribute lists down from -1: no list ever takes another's id.
        var nextId = 0;
        var nextAttributesId = 0;
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length; i = text.IndexOf('<', i))
        {
            if (i + 1 >= text.Length)
            {
                break;
            }

            switch (text[i + 1])
            {
                case '!' or '?':
                    i = SkipMarkup(text, i);
                    continue;
                case '/':
                    var closeEnd = text.IndexOf('>', i);
                    if (closeEnd < 0)
                    {
                        return Lists(groups, order);
                    }

                    Close(LocalName(text.Substring(i + 2, closeEnd - i - 2).Trim()), i);
                    i = closeEnd + 1;
                    continue;
            }

            var nameEnd = i + 1;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/' or '<'))
            {
                nameEnd++;
            }

            var (tagEnd, attributes) = Attributes(source, text, nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            if (attributes.Count > 1)
            {
                Add(groups, order, --nextAttributesId, attributes);
            }

            if (open.Count > 0)
            {
                open[open.Count - 1].HasChildren = true;
            }

            if (text[tagEnd - 1] != '/')
            {
                open.Add(new Element(LocalName(text.Substring(i + 1, nameEnd - i - 1)), tagEnd + 1, ++nextId));
            }

            i = tagEnd + 1;
        }

        return Lists(groups, order);

        // A closing tag: the elements it closes, innermost first; a text-only one becomes an item of its parent.
        void Close(string name, int at)
        {
            var index = open.FindLastIndex(e => e.Name == name);
            if (index < 0)
            {
                return;
            }

            var element = open[index];
            if (index == open.Count - 1 && !element.HasChildren)
            {
                var parent = index > 0 ? open[index - 1].Id : 0;
                Add(groups, order, parent, [source.Item(element.Name, element.ContentStart, at - element.ContentStart)]);
            }

            open.RemoveRange(index, open.Count - index);
        }
    }

    private static void Add(Dictionary<int, List<ParameterItem>> groups, List<int> order, int id, List<ParameterItem> items)
    {
        if (!groups.TryGetValue(id, out var group))
        {
            groups.Add(id, group = []);
            order.Add(id);
        }

        group.AddRange(items);
    }

    private static List<IReadOnlyList<ParameterItem>> Lists(Dictionary<int, List<ParameterItem>> groups, List<int> order)
    {
        var lists = new List<IReadOnlyList<ParameterItem>>();
        foreach (var id in order)
        {
            if (groups[id].Count > 1)
            {
                lists.Add(groups[id]);
            }
        }

        return lists;
    }

    /// <summary>The end of the tag ('&gt;'), or -1, and its attributes with quoted values as items.</summary>
    private static (int End, List<ParameterItem> Attributes) Attributes(WireSource source, string text, int from)
    {
        var attributes = new List<ParameterItem>();
        var i = from;
        while (i < text.Length && text[i] != '>')
        {
            if (text[i] == '<')
            {
                return (-1, attributes);
            }

            if (text[i] is '"' or '\'')
            {
                var close = text.IndexOf(text[i], i + 1);
                if (close < 0)
                {
                    return (-1, attributes);
                }

                var equals = i - 1;
                while (equals > from && char.IsWhiteSpace(text[equals]))
                {
                    equals--;
                }

                if (text[equals] == '=')
                {
                    var nameEnd = equals;
                    while (nameEnd > from && char.IsWhiteSpace(text[nameEnd - 1]))
                    {
                        nameEnd--;
                    }

                    var nameStart = nameEnd;
                    while (nameStart > from && !char.IsWhiteSpace(text[nameStart - 1]) && text[nameStart - 1] is not ('"' or '\''))
                    {
                        nameStart--;
                    }

                    if (nameEnd > nameStart)
                    {
                        attributes.Add(source.Item(LocalName(text.Substring(nameStart, nameEnd - nameStart)), i + 1, close - i - 1));
                    }
                }

                i = close + 1;
                continue;
            }

            i++;
        }

        return (i < text.Length ? i : -1, attributes);
    }

    private static int SkipMarkup(string text, int i)
    {
        var end = text.StartsWith("<!--", i) ? text.IndexOf("-->", i + 4, System.StringComparison.Ordinal)
            : text.StartsWith("<![CDATA[", i) ? text.IndexOf("]]>", i + 9, System.StringComparison.Ordinal)
            : text.IndexOf('>', i);
        return end < 0 ? text.Length : end + 1;
    }

    private static bool StartsWith(this string text, string prefix, int at)
        => string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0;

    private static string LocalName(string qualified)
    {
        var colon = qualified.LastIndexOf(':');
        return colon >= 0 ? qualified.Substring(colon + 1) : qualified;
    }

    private sealed class Element(string name, int contentStart, int id)
    {
        public string Name { get; } = name;

        public int ContentStart { get; } = contentStart;

        public int Id { get; } = id;

        public bool HasChildren { get; set; }
    }
}
