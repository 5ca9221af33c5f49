using System.Collections.Immutable;
using System.Linq;

namespace ImpHa.Core.Domain;

/// <summary>On which nodes a rule's restart happens. Names and values are the generated <c>RestartWhere</c> enum's.</summary>
public enum RestartWhere
{
    EveryNode = 0,
    EditedNode = 1,
    Subscriber = 2,
    RemainingNodes = 3,
}

/// <summary>What brings a rule into play. Names and values are the generated <c>RestartCause</c> enum's.</summary>
public enum RestartCause
{
    ConfigurationChange = 0,
    Alert = 1,
    RuntimeCondition = 2,
}

/// <summary>One value of the CSV's <c>where</c> column.</summary>
public sealed record RestartWhereInfo(RestartWhere Kind, string CsvName, string Summary) : CatalogEntry(Kind);

/// <summary>One value of the CSV's <c>cause</c> column.</summary>
public sealed record RestartCauseInfo(RestartCause Kind, string CsvName, string Summary) : CatalogEntry(Kind);

/// <summary>The places and causes of restarts, defined once for the CSV reader, the emitted enums and the planner.</summary>
public static class RestartPlacement
{
    public static readonly ImmutableArray<RestartWhereInfo> Wheres = ImmutableArray.Create(
        new RestartWhereInfo(RestartWhere.EveryNode, "cluster", "On every IM and Presence node of the cluster: ImpHa's reading of a cluster-wide setting where Cisco does not say."),
        new RestartWhereInfo(RestartWhere.EditedNode, "node", "On the node where the change was made (or that raised the alert) only."),
        new RestartWhereInfo(RestartWhere.Subscriber, "subscriber", "On the subscriber where the change was made (Cisco: \"Restart subscriber node\"), never the publisher."),
        new RestartWhereInfo(RestartWhere.RemainingNodes, "remaining", "On every node except the one the change names, which leaves the cluster (\"Deleting or removing a node from the cluster\")."));

    public static readonly ImmutableArray<RestartCauseInfo> Causes = ImmutableArray.Create(
        new RestartCauseInfo(RestartCause.ConfigurationChange, "change", "A configuration change an administrator makes."),
        new RestartCauseInfo(RestartCause.Alert, "alert", "An alert the system raises."),
        new RestartCauseInfo(RestartCause.RuntimeCondition, "runtime", "A condition at run time, such as an external database that cannot be reached at startup."));

    public static string AllowedWheres => string.Join(", ", Wheres.Take(Wheres.Length - 1).Select(w => w.CsvName)) + " or " + Wheres[Wheres.Length - 1].CsvName;

    public static string AllowedCauses => string.Join(", ", Causes.Select(c => c.CsvName));

    public static bool TryParseWhere(string text, out RestartWhere where)
    {
        var found = Catalog.Find(Wheres, w => w.CsvName, text);
        where = found is null ? default : found.Kind;
        return found is not null;
    }

    public static bool TryParseCause(string text, out RestartCause cause)
    {
        var found = Catalog.Find(Causes, c => c.CsvName, text);
        cause = found is null ? default : found.Kind;
        return found is not null;
    }

    /// <summary>The parameter column's value that stands for any parameter of the rule's service (Cisco's blanket rules).</summary>
    public const string AnyParameter = "*";
}
