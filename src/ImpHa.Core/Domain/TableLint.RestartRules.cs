using System;
using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Domain;

/// <summary>
/// Where the restart table disagrees with itself: two rows about the same change (one's words all among the other's)
/// that print different restarts, or the same restart twice; and a row whose menu path leads to another setting's page.
/// </summary>
public static partial class TableLint
{
    /// <summary>Where a rule's cells are, for findings about it; <see cref="MenuPath"/> is null when the table has no such column.</summary>
    public sealed record RuleCells(SourceLocation Trigger, SourceLocation? MenuPath);

    /// <summary>IMPHA109 findings for a restart table, in file order.</summary>
    public static IEnumerable<TableDiagnostic> RestartRuleFindings(IReadOnlyList<RestartRuleModel> rules, IReadOnlyDictionary<string, RuleCells> cells)
    {
        var findings = new List<(SourceLocation At, string Message)>();
        foreach (var (first, second, contradiction) in RestartPairs(rules))
        {
            var message = contradiction
                ? $"Cisco prints {Printed(second)} for rule {Describe(second)} but {Printed(first)} for rule {Describe(first)}, about the same change; ImpHa keeps both, so a change matching both restarts both"
                : $"Rule {Describe(second)} repeats rule {Describe(first)}: the same change, and Cisco prints the same restart for both ({Printed(second)}); ImpHa keeps both rows as printed";
            findings.Add((cells[second.Id].Trigger, message));
        }

        foreach (var (rule, page, owner) in PathsToOtherPages(rules))
        {
            if (cells[rule.Id].MenuPath is { } at)
            {
                findings.Add((at, $"Rule '{rule.Id}' ({rule.Setting}: \"{rule.Trigger}\") gives the menu path \"{page}\", the page of {owner.Setting} (rule '{owner.Id}'), and no {rule.Setting} page; ImpHa reads its trigger as that page's fields and keeps the row as printed ({Printed(rule)})"));
            }
        }

        return findings.OrderBy(f => f.At.Start).Select(f => TableDiagnostic.Create(TableDiagnosticKind.DataLint, f.At, f.Message));
    }

    /// <summary>
    /// Pairs of rules about the same change: the words of one's scope all among the other's (two words at least), or the
    /// same words under the same setting. Different restarts make a contradiction; the same words and restart, a repeat.
    /// The later row of each pair comes second.
    /// </summary>
    public static IEnumerable<(RestartRuleModel First, RestartRuleModel Second, bool Contradiction)> RestartPairs(IReadOnlyList<RestartRuleModel> rules)
    {
        var scopes = rules.Select(Scope).ToList();
        var holders = Index(scopes);
        var pairs = new SortedSet<(int Second, int First)>();
        for (var j = 0; j < rules.Count; j++)
        {
            foreach (var i in Holding(scopes[j], holders))
            {
                if (i != j)
                {
                    pairs.Add((Math.Max(i, j), Math.Min(i, j)));
                }
            }
        }

        foreach (var (j, i) in pairs)
        {
            var same = scopes[i].SequenceEqual(scopes[j]);
            var differ = rules[i].Restart != rules[j].Restart;
            var sameSetting = string.Equals(rules[i].Setting, rules[j].Setting, StringComparison.OrdinalIgnoreCase);
            if ((same && sameSetting) || (Math.Min(scopes[i].Count, scopes[j].Count) >= 2 && (differ || same)))
            {
                yield return (rules[i], rules[j], differ);
            }
        }
    }

    /// <summary>
    /// What a rule is about: its trigger's words, or its setting's where the trigger names nothing beyond the setting
    /// ("Any edits on this page" of TLS Context is about every TLS Context change).
    /// </summary>
    private static List<string> Scope(RestartRuleModel rule)
    {
        var trigger = Words(rule.Trigger);
        var setting = Words(rule.Setting);
        return trigger.All(setting.Contains) ? setting : trigger;
    }

    /// <summary>
    /// Rules whose every menu path leads elsewhere: no path's last step names the rule's own setting, and one names another
    /// setting of the table (all of that setting's words, two at least, in it).
    /// </summary>
    private static IEnumerable<(RestartRuleModel Rule, string Path, RestartRuleModel Owner)> PathsToOtherPages(IReadOnlyList<RestartRuleModel> rules)
    {
        // A page is named by two words at least: "Presence" alone is in half the menu paths.
        var owners = new Dictionary<string, RestartRuleModel>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var setting = Words(rule.Setting);
            if (setting.Distinct().Count() >= 2 && !owners.ContainsKey(Key(setting)))
            {
                owners.Add(Key(setting), rule);
            }
        }

        foreach (var rule in rules.Where(r => r.MenuPath.Length > 0))
        {
            var paths = rule.MenuPath.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var pages = paths.Select(p => Words(p.Substring(p.LastIndexOf('>') + 1))).ToList();
            var own = Words(rule.Setting);
            if (own.Count == 0 || pages.Any(page => Within(own, page)))
            {
                continue;
            }

            var found = pages
                .SelectMany((page, index) => Subsets(page).Select(key => (Path: paths[index], Key: key)))
                .Where(p => owners.ContainsKey(p.Key))
                .Select(p => (p.Path, Owner: owners[p.Key]))
                .FirstOrDefault(p => !string.Equals(p.Owner.Setting, rule.Setting, StringComparison.OrdinalIgnoreCase));
            if (found.Owner is not null)
            {
                yield return (rule, found.Path, found.Owner);
            }
        }
    }

    /// <summary>A set of words as one string, whatever their order and repeats.</summary>
    private static string Key(IEnumerable<string> words) => string.Join(" ", words.Distinct().OrderBy(w => w, StringComparer.Ordinal));

    /// <summary>
    /// The keys of every set of two or more of a page's words, largest first: the settings a page can name, found by lookup
    /// rather than by comparing every setting (a page has a handful of words; the first twelve count).
    /// </summary>
    private static IEnumerable<string> Subsets(List<string> page)
    {
        // Plain loops, no lambdas: a mutant inside a lambda that does not compile makes Stryker drop the whole method.
        var words = page.Distinct().Take(12).ToList();
        for (var size = words.Count; size >= 2; size--)
        {
            for (var mask = 1; mask < 1 << words.Count; mask++)
            {
                var set = new List<string>();
                for (var i = 0; i < words.Count; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        set.Add(words[i]);
                    }
                }

                if (set.Count == size)
                {
                    yield return Key(set);
                }
            }
        }
    }

    /// <summary>For each word, the entries whose words include it.</summary>
    private static Dictionary<string, List<int>> Index(List<List<string>> entries)
    {
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var word in entries[i].Distinct())
            {
                if (!holders.TryGetValue(word, out var list))
                {
                    holders.Add(word, list = []);
                }

                list.Add(i);
            }
        }

        return holders;
    }

    /// <summary>The entries whose words include every one of <paramref name="words"/>: the rarest word's holders, filtered.</summary>
    private static IEnumerable<int> Holding(List<string> words, Dictionary<string, List<int>> holders)
    {
        var holding = new List<int>();
        if (words.Count == 0)
        {
            return holding;
        }

        // Plain loops, no lambdas, as in Subsets.
        var lists = new List<List<int>>();
        foreach (var word in words.Distinct())
        {
            if (!holders.TryGetValue(word, out var list))
            {
                // A word no entry holds: none holds them all.
                return holding;
            }

            lists.Add(list);
        }

        var rarest = lists[0];
        foreach (var list in lists)
        {
            if (list.Count < rarest.Count)
            {
                rarest = list;
            }
        }

        foreach (var i in rarest)
        {
            var inAll = true;
            foreach (var list in lists)
            {
                inAll &= list.BinarySearch(i) >= 0;
            }

            if (inAll)
            {
                holding.Add(i);
            }
        }

        return holding;
    }

    /// <summary>The rule as the finding names it: its id and trigger, with the setting where the trigger names nothing ("Any edits on this page").</summary>
    private static string Describe(RestartRuleModel rule)
        => Words(rule.Trigger).Count == 0 && rule.Setting.Length > 0
            ? $"'{rule.Id}' ({rule.Setting}: \"{rule.Trigger}\")"
            : $"'{rule.Id}' (\"{rule.Trigger}\")";

    /// <summary>The restart in Cisco's words where the table has them, else the targets' names.</summary>
    private static string Printed(RestartRuleModel rule)
        => rule.PrintedRestart.Length > 0
            ? $"\"{rule.PrintedRestart}\""
            : string.Join(" and ", RestartTargets.In(rule.Restart).Select(t => t.MemberName));
}
