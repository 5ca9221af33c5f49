using System.Collections.Generic;
using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>
/// The names that identify the two re-login parameters in code: Cisco's labels, plus the extra
/// identifiers a project configures (internal parameter IDs some AXL tooling uses).
/// </summary>
internal sealed class LimitLabels
{
    public static readonly LimitLabels Default = new([], []);

    private readonly HashSet<string> _upper = new(System.StringComparer.OrdinalIgnoreCase) { ServerRecoveryManagerParameters.ClientReLoginUpperLimit };
    private readonly HashSet<string> _lower = new(System.StringComparer.OrdinalIgnoreCase) { ServerRecoveryManagerParameters.ClientReLoginLowerLimit };

    private LimitLabels(IEnumerable<string> upperExtras, IEnumerable<string> lowerExtras)
    {
        _upper.UnionWith(upperExtras);
        _lower.UnionWith(lowerExtras);
    }

    /// <summary>Adds every name either parameter goes by to <paramref name="names"/>.</summary>
    public void AddAllTo(HashSet<string> names)
    {
        names.UnionWith(_upper);
        names.UnionWith(_lower);
    }

    /// <summary>The configured lists: <c>.editorconfig</c> keys per file, else the MSBuild properties; comma- or semicolon-separated.</summary>
    public static LimitLabels Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
    {
        var upper = List(ImpHaSettings.UpperLimitParameterNames.Read(fileOptions, globalOptions));
        var lower = List(ImpHaSettings.LowerLimitParameterNames.Read(fileOptions, globalOptions));
        return upper.Length == 0 && lower.Length == 0 ? Default : new LimitLabels(upper, lower);
    }

    /// <summary>Every string that can name a checked parameter in this compilation: labels, configured extras (of every distinct set of file options), and <paramref name="otherParameters"/>.</summary>
    public static HashSet<string> AllNames(AnalyzerConfigOptionsProvider options, IEnumerable<AnalyzerConfigOptions> fileOptionSets, IEnumerable<string> otherParameters)
    {
        var names = new HashSet<string>(otherParameters, System.StringComparer.OrdinalIgnoreCase);
        Read(options.GlobalOptions, options.GlobalOptions).AddAllTo(names);
        foreach (var fileOptions in fileOptionSets)
        {
            Read(fileOptions, options.GlobalOptions).AddAllTo(names);
        }

        return names;
    }

    /// <summary>Which limit <paramref name="text"/> names, trimmed and ignoring case; null for anything else.</summary>
    public LimitKind? Match(string text)
    {
        var trimmed = text.Trim();
        return _upper.Contains(trimmed) ? LimitKind.Upper : _lower.Contains(trimmed) ? LimitKind.Lower : null;
    }

    private static string[] List(string? setting)
    {
        var names = new List<string>();
        foreach (var part in (setting ?? string.Empty).Split(',', ';'))
        {
            if (part.Trim() is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names.ToArray();
    }
}
