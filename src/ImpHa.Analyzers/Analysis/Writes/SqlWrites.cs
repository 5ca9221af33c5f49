using System.Collections.Generic;
using System.Text.RegularExpressions;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Limits written with SQL on the <c>processconfig</c> table, as automation sends it through AXL's
/// <c>executeSQLUpdate</c> or the CLI's <c>run sql</c>: <c>update processconfig set paramvalue = '300'
/// where paramname = '…'</c>, in any string the code builds at compile time (<see cref="ComposedText"/>).
/// </summary>
internal static class SqlWrites
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline;

    private static readonly Regex Update = new(@"\bupdate\s+processconfig\s+set\s+(?<set>.+?)\s+where\s+(?<where>.+?)\s*(?:;|$)", Options);
    private static readonly Regex Value = new(@"\bparamvalue\s*=\s*(?:N?'(?<value>[^']*)'|(?<value>[-+]?[0-9]+))", Options);
    private static readonly Regex Name = new(@"\bparamname\s*=\s*N?'(?<name>[^']*)'", Options);

    public static IEnumerable<ParameterWrite> Find(IOperation text, LimitLabels labels)
    {
        var composed = ComposedText.Of(text);
        if (composed is null)
        {
            yield break;
        }

        var sql = composed.Text;
        if (sql.IndexOf("processconfig", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            yield break;
        }

        foreach (Match update in Update.Matches(sql))
        {
            var value = Value.Match(update.Groups["set"].Value);
            var name = Name.Match(update.Groups["where"].Value);
            var named = name.Success ? labels.Match(name.Groups["name"].Value) : null;
            if (!value.Success || named is null)
            {
                continue;
            }

            var kind = named.Value;

            var digits = value.Groups["value"];
            var trimmed = digits.Value.Trim();
            if (!ConstantValues.TryParse(trimmed, out var number))
            {
                continue;
            }

            var start = update.Groups["set"].Index + digits.Index + digits.Value.IndexOf(trimmed, System.StringComparison.Ordinal);
            if (composed.WriteAt(kind, number, start, trimmed.Length) is { } write)
            {
                yield return write;
            }
        }
    }
}
