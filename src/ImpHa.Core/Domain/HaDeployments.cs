using System.Collections.Immutable;
using System.Linq;

namespace ImpHa.Core.Domain;

/// <summary>Cisco's two High Availability deployment types. Names and values are the generated <c>HaDeployment</c> enum's: it is emitted from <see cref="HaDeployments.All"/>.</summary>
public enum HaDeploymentKind
{
    ActiveActive = 0,
    ActiveStandby = 1,
}

/// <summary>One deployment type: how the document writes it and what the generated member says.</summary>
public sealed record HaDeploymentInfo(HaDeploymentKind Kind, string DocumentName, string Summary) : CatalogEntry(Kind);

/// <summary>The deployment types, defined once for the CSV reader, the settings, the emitted enum and the analyzer.</summary>
public static class HaDeployments
{
    public const string AllowedValues = "active-active, active-standby (also ActiveActive, ActiveStandby, active/active, active/standby)";

    public static readonly ImmutableArray<HaDeploymentInfo> All =
        ImmutableArray.Create(
        new HaDeploymentInfo(HaDeploymentKind.ActiveActive, "active/active", "Active/active: both nodes carry users. The login profile tables are read with the user count of the node that has the most users."),
        new HaDeploymentInfo(HaDeploymentKind.ActiveStandby, "active/standby", "Active/standby: one node carries every user. The login profile tables are read with the total user count of the presence redundancy group."));

    public static HaDeploymentInfo Info(this HaDeploymentKind kind) => All.First(d => d.Kind == kind);

    public static string MemberName(this HaDeploymentKind kind) => kind.Info().MemberName;

    public static string DocumentName(this HaDeploymentKind kind) => kind.Info().DocumentName;

    /// <summary>The deployment whose generated enum value is <paramref name="value"/>, e.g. a constant argument in user code.</summary>
    public static HaDeploymentKind? FromValue(int value) => All.FirstOrDefault(d => d.Value == value)?.Kind;

    /// <summary>Accepts the spellings people use for the two types, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? text, out HaDeploymentKind deployment)
    {
        var normalized = (text ?? string.Empty).Replace("-", string.Empty).Replace("/", string.Empty).Replace(" ", string.Empty);
        var found = Catalog.Find(All, d => d.MemberName, normalized);
        deployment = found is null ? default : found.Kind;
        return found is not null;
    }
}
