using System.Collections.Immutable;
using System.Linq;

namespace ImpHa.Analyzers.Domain;

/// <summary>On which nodes a rule's restart happens. Names and values are the generated <c>RestartWhere</c> enum's.</summary>
internal enum RestartWhere
{
    EveryNode = 0,
    EditedNode = 1,
}

/// <summary>What brings a rule into play. Names and values are the generated <c>RestartCause</c> enum's.</summary>
internal enum RestartCause
{
    ConfigurationChange = 0,
    Alert = 1,
    RuntimeCondition = 2,
}

/// <summary>One value of the CSV's <c>where</c> column.</summary>
internal sealed record RestartWhereInfo(RestartWhere Kind, string CsvName, string Summary) : CatalogEntry<RestartWhere>(Kind);

/// <summary>One value of the CSV's <c>cause</c> column.</summary>
internal sealed record RestartCauseInfo(RestartCause Kind, string CsvName, string Summary) : CatalogEntry<RestartCause>(Kind);

/// <summary>The places and causes of restarts, defined once for the CSV reader, the emitted enums and the planner.</summary>
internal static class RestartPlacement
{
    public static readonly ImmutableArray<RestartWhereInfo> Wheres = ImmutableArray.Create(
        new RestartWhereInfo(RestartWhere.EveryNode, "cluster", "On every IM and Presence node of the cluster: the setting is cluster-wide."),
        new RestartWhereInfo(RestartWhere.EditedNode, "node", "On the node where the change was made (or that raised the alert) only."));

    public static readonly ImmutableArray<RestartCauseInfo> Causes = ImmutableArray.Create(
        new RestartCauseInfo(RestartCause.ConfigurationChange, "change", "A configuration change an administrator makes."),
        new RestartCauseInfo(RestartCause.Alert, "alert", "An alert the system raises."),
        new RestartCauseInfo(RestartCause.RuntimeCondition, "runtime", "A condition at run time, such as an external database that cannot be reached at startup."));

    public static string AllowedWheres => string.Join(" or ", Wheres.Select(w => w.CsvName));

    public static string AllowedCauses => string.Join(", ", Causes.Select(c => c.CsvName));

    public static bool TryParseWhere(string text, out RestartWhere where) => Catalog.TryFind(Wheres, w => w.CsvName, text, out where);

    public static bool TryParseCause(string text, out RestartCause cause) => Catalog.TryFind(Causes, c => c.CsvName, text, out cause);

    /// <summary>The parameter column's value that stands for any parameter of the rule's service (Cisco's blanket rules).</summary>
    public const string AnyParameter = "*";
}
