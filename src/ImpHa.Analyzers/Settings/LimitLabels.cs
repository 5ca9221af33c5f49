using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Shapes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>
/// The names that identify the two re-login parameters in code: Cisco's labels, plus the extra
/// identifiers a project configures (internal parameter IDs some AXL tooling uses).
/// </summary>
internal sealed class LimitLabels
{
    public const string UpperLabel = "Client Re-Login Upper Limit";
    public const string LowerLabel = "Client Re-Login Lower Limit";

    public const string UpperProperty = "ImpHaUpperLimitParameterNames";
    public const string LowerProperty = "ImpHaLowerLimitParameterNames";
    public const string UpperKey = "impha_upper_limit_parameter_names";
    public const string LowerKey = "impha_lower_limit_parameter_names";

    public static readonly LimitLabels Default = new([], []);

    private readonly HashSet<string> _upper = new(System.StringComparer.OrdinalIgnoreCase) { UpperLabel };
    private readonly HashSet<string> _lower = new(System.StringComparer.OrdinalIgnoreCase) { LowerLabel };

    private LimitLabels(IEnumerable<string> upperExtras, IEnumerable<string> lowerExtras)
    {
        _upper.UnionWith(upperExtras);
        _lower.UnionWith(lowerExtras);
    }

    /// <summary>Every name either parameter goes by.</summary>
    public IEnumerable<string> All
    {
        get
        {
            foreach (var name in _upper)
            {
                yield return name;
            }

            foreach (var name in _lower)
            {
                yield return name;
            }
        }
    }

    /// <summary>The configured lists: <c>.editorconfig</c> keys per file, else the MSBuild properties; comma- or semicolon-separated.</summary>
    public static LimitLabels Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        var upper = List(fileOptions, globalOptions, UpperKey, UpperProperty);
        var lower = List(fileOptions, globalOptions, LowerKey, LowerProperty);
        return upper.Length == 0 && lower.Length == 0 ? Default : new LimitLabels(upper, lower);
    }

    /// <summary>Which limit <paramref name="text"/> names, trimmed and ignoring case; null for anything else.</summary>
    public LimitKind? Match(string text)
    {
        var trimmed = text.Trim();
        return _upper.Contains(trimmed) ? LimitKind.Upper : _lower.Contains(trimmed) ? LimitKind.Lower : null;
    }

    private static string[] List(AnalyzerConfigOptions file, AnalyzerConfigOptions global, string key, string property)
    {
        var names = new List<string>();
        foreach (var part in (HaSelection.Get(file, global, key, property) ?? string.Empty).Split(',', ';'))
        {
            if (part.Trim() is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names.ToArray();
    }
}
