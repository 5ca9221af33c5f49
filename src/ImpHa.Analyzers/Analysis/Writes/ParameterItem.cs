using System.Collections.Generic;
using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// One value of a service-parameter write: an argument, an initializer or field assignment, or a choice item.
/// <see cref="Member"/> is the member or parameter it goes to, when that names a role; null when it could be any.
/// An item read out of text (an XML element, a JSON member) is <see cref="InText"/>; its <see cref="Value"/> is the whole string expression, or null in a file.
/// </summary>
internal readonly record struct ParameterItem(string? Member, IOperation? Value)
{
    /// <summary>Where the item's value lies inside a string the code builds; null for an item that is an operation of its own.</summary>
    public TextValue? InText { get; init; }

    /// <summary>The item's value as a compile-time string, or null.</summary>
    public string? Text => InText is { } inText ? inText.Text : Value is not null ? ConstantValues.String(Value) : null;

    /// <summary>The limit this item writes when it holds a number.</summary>
    public ParameterWrite? Write(LimitKind kind) => InText is { } inText ? inText.Write(kind) : Value is not null ? ParameterWrite.FromConstant(kind, Value) : null;
}

/// <summary>What a member or parameter name says an item is: AXL's <c>name</c>/<c>value</c>/<c>service</c> and the usual helper spellings.</summary>
internal static class ParameterMembers
{
    private static readonly HashSet<string> NameMembers = new(System.StringComparer.OrdinalIgnoreCase) { "name", "parameterName", "paramName", "parameter" };
    private static readonly HashSet<string> ValueMembers = new(System.StringComparer.OrdinalIgnoreCase) { "value", "newValue", "parameterValue", "paramValue" };
    private static readonly HashSet<string> ServiceMembers = new(System.StringComparer.OrdinalIgnoreCase) { "service", "serviceName" };

    public static bool IsName(string? member) => member is null || NameMembers.Contains(member);

    public static bool IsValue(string? member) => member is null || ValueMembers.Contains(member);

    /// <summary>An explicitly named parameter-name member (not an unnamed argument).</summary>
    public static bool IsExplicitName(string? member) => member is not null && NameMembers.Contains(member);

    /// <summary>A parameter's name as an item's role when it names one, else null (any role), as for positional arguments.</summary>
    public static string? Role(string parameterName)
        => NameMembers.Contains(parameterName) || ValueMembers.Contains(parameterName) || ServiceMembers.Contains(parameterName) ? parameterName : null;

    /// <summary>
    /// The service the items name: a <c>service</c> member's value, else an unnamed string that is a service ImpHa
    /// knows; without the status suffix the administration page shows ("(Active)"). Null when there is none.
    /// </summary>
    public static string? Service(IReadOnlyList<ParameterItem> items)
    {
        string? known = null;
        foreach (var item in items)
        {
            var text = item.Text;
            if (text is null)
            {
                continue;
            }

            if (item.Member is not null && ServiceMembers.Contains(item.Member))
            {
                return WithoutStatus(text);
            }

            if (item.Member is null && known is null && ImpServices.Find(WithoutStatus(text)) is { } service)
            {
                known = service.Name;
            }
        }

        return known;
    }

    public static bool IsServerRecoveryManager(string service)
        => string.Equals(service, ImpServices.ServerRecoveryManager.Name, System.StringComparison.OrdinalIgnoreCase);

    private static string WithoutStatus(string service)
    {
        var trimmed = service.Trim();
        var open = trimmed.LastIndexOf(" (", System.StringComparison.Ordinal);
        return open > 0 && trimmed.EndsWith(")", System.StringComparison.Ordinal) ? trimmed.Substring(0, open).TrimEnd() : trimmed;
    }
}
