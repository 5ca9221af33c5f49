using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>
/// Settings and variables files also key a limit by its name (<c>"Client Re-Login Upper Limit": 253</c>, <c>srm.relogin.upper: 253</c>
/// for a configured name), as a dictionary does in code; not where the same mapping names another service.
/// </summary>
internal static class LabelKeys
{
    public static IEnumerable<ParameterWrite> Find(IReadOnlyList<ParameterItem> items, LimitLabels labels)
    {
        if (ParameterMembers.Service(items) is { } service && !ParameterMembers.IsServerRecoveryManager(service))
        {
            yield break;
        }

        foreach (var item in items)
        {
            if (item.Member is { } key && labels.Match(key) is { } kind && item.Write(kind) is { } write)
            {
                yield return write;
            }
        }
    }
}
