using System.Collections.Immutable;
using System.Linq;

namespace ImpHa.Core.Domain;

/// <summary>How firmly the document asks for a restart. Names and values are the generated <c>RestartKind</c> enum's.</summary>
public enum RestartKind
{
    Required = 0,
    Conditional = 1,
    AlertRecommended = 2,
}

/// <summary>One restart kind: its spelling in the CSV's <c>kind</c> column and the generated member's doc.</summary>
public sealed record RestartKindInfo(RestartKind Kind, string CsvName, string Summary) : CatalogEntry(Kind);

/// <summary>The restart kinds, defined once for the CSV reader and the emitted enum.</summary>
public static class RestartKinds
{
    public static readonly ImmutableArray<RestartKindInfo> All =
        ImmutableArray.Create(
        new RestartKindInfo(RestartKind.Required, "required", "The change requires the restart."),
        new RestartKindInfo(RestartKind.Conditional, "conditional", "The restart may be needed: \"you may need…\", \"you may be asked…\"."),
        new RestartKindInfo(RestartKind.AlertRecommended, "alert", "Cisco recommends the restart after an alert is raised."));

    /// <summary>"required, conditional or alert".</summary>
    public static string AllowedValues => string.Join(", ", All.Take(All.Length - 1).Select(k => k.CsvName)) + " or " + All[All.Length - 1].CsvName;

    public static bool TryParse(string text, out RestartKind kind)
    {
        var found = Catalog.Find(All, k => k.CsvName, text);
        kind = found is null ? default : found.Kind;
        return found is not null;
    }
}

/// <summary>How necessary a restart is, as the planner reports it. Names and values are the generated <c>RestartNecessity</c> enum's.</summary>
public enum RestartNecessity
{
    Required = 0,
    Recommended = 1,
    Conditional = 2,
}

/// <summary>One necessity and its generated member's doc.</summary>
public sealed record RestartNecessityInfo(RestartNecessity Kind, string Summary) : CatalogEntry(Kind);

/// <summary>The necessities, strongest first.</summary>
public static class RestartNecessities
{
    public static readonly ImmutableArray<RestartNecessityInfo> All =
        ImmutableArray.Create(
        new RestartNecessityInfo(RestartNecessity.Required, "Cisco's table requires the restart."),
        new RestartNecessityInfo(RestartNecessity.Recommended, "Cisco recommends the restart (after an alert)."),
        new RestartNecessityInfo(RestartNecessity.Conditional, "The restart may be needed: Cisco's condition is in the rule's printed restart."));
}
