using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Model;

namespace ImpHa.Analyzers.Domain;

/// <summary>
/// Where Cisco's tables disagree with themselves. ImpHa keeps Cisco's printed values; these findings (IMPHA109,
/// info) say where a value is doubtful, so that a team replacing a table can check its own transcription.
/// </summary>
internal static class TableLint
{
    /// <summary>
    /// The login rate a table's values imply, in users per second: the median of users / (upper − lower) over its
    /// rows, to the nearest half (Cisco's rates are 1.5, 3, 6, 8, 9 and 15). Null when no row has upper above lower.
    /// </summary>
    public static double? ImpliedRate(LoginTableModel table)
    {
        var rates = table.Rows.Where(r => r.UpperLimit > r.LowerLimit).Select(r => (double)r.ActiveUsers / (r.UpperLimit - r.LowerLimit)).OrderBy(r => r).ToList();
        if (rates.Count == 0)
        {
            return null;
        }

        var median = rates.Count % 2 == 1 ? rates[rates.Count / 2] : (rates[(rates.Count / 2) - 1] + rates[rates.Count / 2]) / 2;
        return Math.Round(median * 2, MidpointRounding.AwayFromZero) / 2;
    }

    /// <summary>The upper limit on the table's line: lower + users / rate, rounded half up as Cisco's values are.</summary>
    public static int LineValue(LoginRowModel row, double rate) => row.LowerLimit + (int)Math.Floor((row.ActiveUsers / rate) + 0.5);

    public static string Rate(double rate) => rate.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Pairs of restart rules that say the same thing twice (same setting, same trigger, same restart) or contradict
    /// each other (one trigger within the other's, different restarts). The later row of each pair comes second.
    /// </summary>
    public static IEnumerable<(RestartRuleModel First, RestartRuleModel Second, bool Contradiction)> RestartPairs(IReadOnlyList<RestartRuleModel> rules)
    {
        // Every run of two or more consecutive trigger words, with the rules whose trigger has it: a rule's whole trigger
        // looked up here finds the rules that contain it, without comparing every pair (tables can be large).
        var words = rules.Select(r => Words(r.Trigger)).ToList();
        var phrases = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var phrase in Phrases(words[i]).Distinct())
            {
                if (!phrases.TryGetValue(phrase, out var holders))
                {
                    phrases.Add(phrase, holders = []);
                }

                holders.Add(i);
            }
        }

        var pairs = new SortedSet<(int Second, int First)>();
        for (var j = 0; j < rules.Count; j++)
        {
            if (phrases.TryGetValue(string.Join(" ", words[j]), out var holders))
            {
                foreach (var i in holders)
                {
                    if (i != j)
                    {
                        pairs.Add((Math.Max(i, j), Math.Min(i, j)));
                    }
                }
            }
        }

        foreach (var (j, i) in pairs)
        {
            var same = words[i].SequenceEqual(words[j]);
            if (same && string.Equals(rules[i].Setting, rules[j].Setting, StringComparison.OrdinalIgnoreCase))
            {
                yield return (rules[i], rules[j], rules[i].Restart != rules[j].Restart);
            }
            else if (rules[i].Restart != rules[j].Restart && Math.Min(words[i].Count, words[j].Count) >= 2)
            {
                yield return (rules[i], rules[j], true);
            }
        }
    }

    /// <summary>The runs of consecutive words a trigger has: all of them of two words or more, and the whole trigger.</summary>
    private static IEnumerable<string> Phrases(List<string> words)
    {
        yield return string.Join(" ", words);
        for (var start = 0; start < words.Count; start++)
        {
            for (var end = start + 2; end <= words.Count; end++)
            {
                yield return string.Join(" ", words.Skip(start).Take(end - start));
            }
        }
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "editing", "edit", "edits", "the", "a", "an", "any", "if", "you", "setting", "settings", "field", "fields", "in", "window",
        "configuration", "to", "of", "on", "this", "page", "add", "delete",
    };

    /// <summary>A trigger's significant words: lower case, without filler words, plurals made singular.</summary>
    private static List<string> Words(string trigger)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in trigger.ToLowerInvariant() + " ")
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
}
