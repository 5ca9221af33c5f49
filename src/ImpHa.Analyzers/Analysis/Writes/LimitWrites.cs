using System.Collections.Generic;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>Finds the re-login limits written among the items of one call, initializer, dictionary entry or request.</summary>
internal static class LimitWrites
{
    /// <summary>
    /// Each name item naming a limit, with its value: the nearest value item after it, else before it, not
    /// past another name. Nothing when the items name a service other than Cisco Server Recovery Manager.
    /// </summary>
    public static IEnumerable<ParameterWrite> Find(IReadOnlyList<ParameterItem> items, LimitLabels labels)
    {
        if (ParameterMembers.Service(items) is { } service && !ParameterMembers.IsServerRecoveryManager(service))
        {
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var name = NameAt(items, i, labels);
            if (name is null)
            {
                continue;
            }

            var kind = name.Value;
            if ((ValueBetween(items, i + 1, 1, kind, labels) ?? ValueBetween(items, i - 1, -1, kind, labels)) is { } write)
            {
                yield return write;
            }
        }
    }

    private static Core.Domain.LimitKind? NameAt(IReadOnlyList<ParameterItem> items, int index, LimitLabels labels)
        => ParameterMembers.IsName(items[index].Member) && items[index].Text is { } name ? labels.Match(name) : null;

    private static ParameterWrite? ValueBetween(IReadOnlyList<ParameterItem> items, int start, int step, Core.Domain.LimitKind kind, LimitLabels labels)
    {
        for (var j = start; j >= 0 && j < items.Count; j += step)
        {
            if (NameAt(items, j, labels) is not null || ParameterMembers.IsExplicitName(items[j].Member))
            {
                return null;
            }

            if (ParameterMembers.IsValue(items[j].Member) && items[j].Write(kind) is { } write)
            {
                return write;
            }
        }

        return null;
    }
}
