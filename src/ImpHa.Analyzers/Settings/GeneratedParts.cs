using System;
using System.Collections.Generic;

namespace ImpHa.Analyzers.Settings;

/// <summary>The parts of the generated API a project asks for with <c>ImpHaGenerate</c>; the analyzer needs none of them.</summary>
[Flags]
internal enum GeneratedParts
{
    None = 0,

    /// <summary>The profile and deployment enums, the login lookups, the parameter names, <c>SelectedHaProfile</c> and the limit attributes.</summary>
    Login = 1,

    /// <summary>A nested class of constants per login table, one per printed cell.</summary>
    LoginConstants = 2,

    /// <summary>The restart table: <c>ConfigurationChange</c>, <c>RestartRules</c>, <c>RestartPlanner.Plan</c>.</summary>
    Restarts = 4,

    /// <summary>The per-node planner: <c>RestartPlanner.PlanForNodes</c>, <c>RestartTrigger</c>, <c>NodeRestartPlan</c>.</summary>
    Planner = 8,

    /// <summary>The XMPP standards.</summary>
    Xmpp = 16,

    /// <summary><c>HardwareProfiles</c>: each profile's name and facts (vCPU, memory, clock), <c>TryParse</c>, <c>All</c>.</summary>
    Hardware = 32,

    /// <summary>What a project gets without the setting: every table, without the per-node planner and the per-cell constants.</summary>
    Default = Login | Hardware | Restarts | Xmpp,

    All = Default | Planner | LoginConstants,
}

/// <summary>Reads <c>ImpHaGenerate</c>: a list of part names separated by commas (the targets turn ';' into ',').</summary>
internal static class GeneratedPartNames
{
    private static readonly Dictionary<string, GeneratedParts> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["login"] = GeneratedParts.Login,
        ["hardware"] = GeneratedParts.Hardware,
        ["login-constants"] = GeneratedParts.LoginConstants | GeneratedParts.Login,
        ["restarts"] = GeneratedParts.Restarts,
        ["planner"] = GeneratedParts.Planner | GeneratedParts.Restarts,
        ["xmpp"] = GeneratedParts.Xmpp,
        ["default"] = GeneratedParts.Default,
        ["all"] = GeneratedParts.All,
        ["none"] = GeneratedParts.None,
    };

    /// <summary>The names, as messages list them.</summary>
    public static readonly string Known = string.Join(", ", ByName.Keys);

    /// <summary>The parts named by <paramref name="text"/> (null: the default); <paramref name="unknown"/> is the first name that is not a part.</summary>
    public static GeneratedParts Parse(string? text, out string? unknown)
    {
        unknown = null;
        if (text is null)
        {
            return GeneratedParts.Default;
        }

        var parts = GeneratedParts.None;
        foreach (var name in text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ByName.TryGetValue(name, out var part))
            {
                parts |= part;
            }
            else
            {
                unknown ??= name;
            }
        }

        return parts;
    }
}
