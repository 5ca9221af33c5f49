using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Shapes;

/// <summary>Finds a re-login limit among the (member, value) items of one call or initializer.</summary>
internal static class LimitWrites
{
    /// <summary>A name item naming a limit, then its value: the first number after the name, else the last one before it.</summary>
    public static bool TryFind(IReadOnlyList<(string? Member, IOperation Value)> items, LimitLabels labels, out ParameterWrite write)
    {
        write = null!;
        for (var i = 0; i < items.Count; i++)
        {
            if (!ParameterWriteShapes.IsNameMember(items[i].Member)
                || ParameterWriteShapes.StringConstant(items[i].Value) is not { } name
                || labels.Match(name) is not { } kind)
            {
                continue;
            }

            foreach (var j in Enumerable.Range(i + 1, items.Count - i - 1).Concat(Enumerable.Range(0, i).Reverse()))
            {
                if (ParameterWriteShapes.IsValueMember(items[j].Member) && ParameterWriteShapes.TryNumber(items[j].Value, out var value, out var isString))
                {
                    write = new ParameterWrite(kind, value, isString, items[j].Value);
                    return true;
                }
            }
        }

        return false;
    }
}
