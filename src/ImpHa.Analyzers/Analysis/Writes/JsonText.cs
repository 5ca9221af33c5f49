using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// JSON in a string the code builds (<c>{"processNodeName": "…", "service": "…", "name": "…", "value": "300"}</c>): the
/// string and number members of one object are one item list, each named by its key. Read by a tolerant scanner, not
/// a parser: templates are often fragments, and a hole only known at run time must not stop the rest from being read.
/// </summary>
internal static class JsonText
{
    public static IEnumerable<IReadOnlyList<ParameterItem>> Items(WireSource source)
    {
        var text = source.Text;
        var objects = new List<List<ParameterItem>>();
        var open = new List<List<ParameterItem>?>();
        var i = 0;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case '{':
                    var members = new List<ParameterItem>();
                    objects.Add(members);
                    open.Add(members);
                    i++;
                    continue;
                case '[':
                    open.Add(null);
                    i++;
                    continue;
                case '}' or ']':
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    i++;
                    continue;
                case '"':
                    i = Member(source, text, i, open.Count > 0 ? open[open.Count - 1] : null);
                    continue;
                default:
                    i++;
                    continue;
            }
        }

        foreach (var members in objects)
        {
            if (members.Count > 0)
            {
                yield return members;
            }
        }
    }

    /// <summary>A string at <paramref name="quote"/>; when it is a key with a string or number value, that member. Returns where to go on.</summary>
    private static int Member(WireSource source, string text, int quote, List<ParameterItem>? members)
    {
        var keyEnd = StringEnd(text, quote);
        if (keyEnd < 0)
        {
            return quote + 1;
        }

        var colon = SkipBlanks(text, keyEnd + 1);
        if (members is null || colon >= text.Length || text[colon] != ':')
        {
            return keyEnd + 1;
        }

        var key = text.Substring(quote + 1, keyEnd - quote - 1);
        var start = SkipBlanks(text, colon + 1);
        if (start < text.Length && text[start] == '"')
        {
            var end = StringEnd(text, start);
            if (end < 0)
            {
                return start + 1;
            }

            members.Add(source.Item(key, start + 1, end - start - 1));
            return end + 1;
        }

        var numberEnd = start;
        while (numberEnd < text.Length && (char.IsDigit(text[numberEnd]) || text[numberEnd] is '-' or '+' or '.'))
        {
            numberEnd++;
        }

        if (numberEnd > start)
        {
            members.Add(source.Item(key, start, numberEnd - start));
        }

        return start;
    }

    /// <summary>The closing quote of the string opening at <paramref name="quote"/>, past escapes; -1 when it does not close.</summary>
    private static int StringEnd(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    return i;
                case '\n':
                    return -1;
            }
        }

        return -1;
    }

    private static int SkipBlanks(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
