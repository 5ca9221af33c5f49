using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ImpHa.Core.Domain;

/// <summary>How the lint compares Cisco's wording: by significant words, so that "Configuring TLS Peer Subjects" and "TLS Peer Subject" meet.</summary>
public static partial class TableLint
{
    // Words that say how a change is made, not what it changes.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "editing", "edit", "edits", "configuring", "the", "a", "an", "any", "if", "you", "setting", "settings", "field", "fields", "in", "window",
        "configuration", "to", "of", "on", "this", "page", "add", "delete",
    };

    /// <summary>A text's significant words: lower case, without filler words, plurals made singular.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }

            var word = current.ToString();
            current.Clear();
            if (word.Length > 0 && !StopWords.Contains(word))
            {
                words.Add(word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) ? word.Substring(0, word.Length - 1) : word);
            }
        }

        return words;
    }

    /// <summary>True when every word of <paramref name="part"/> is among <paramref name="whole"/>'s (an empty part is in nothing).</summary>
    private static bool Within(List<string> part, List<string> whole) => part.Count > 0 && part.All(whole.Contains);
}
