namespace ImpHa.Analyzers.Domain;

/// <summary>Cisco's two High Availability deployment types; mirrors the generated <c>HaDeployment</c> enum.</summary>
internal enum HaDeploymentKind
{
    ActiveActive,
    ActiveStandby,
}

internal static class HaDeploymentNames
{
    public const string AllowedValues = "active-active, active-standby (also ActiveActive, ActiveStandby, active/active, active/standby)";

    /// <summary>Accepts the spellings people use for the two types, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? text, out HaDeploymentKind deployment)
    {
        var normalized = (text ?? string.Empty).Trim().Replace("-", string.Empty).Replace("/", string.Empty).Replace(" ", string.Empty).ToLowerInvariant();
        switch (normalized)
        {
            case "activeactive":
                deployment = HaDeploymentKind.ActiveActive;
                return true;
            case "activestandby":
                deployment = HaDeploymentKind.ActiveStandby;
                return true;
            default:
                deployment = default;
                return false;
        }
    }

    public static string MemberName(this HaDeploymentKind deployment)
        => deployment == HaDeploymentKind.ActiveActive ? "ActiveActive" : "ActiveStandby";

    public static string DocumentName(this HaDeploymentKind deployment)
        => deployment == HaDeploymentKind.ActiveActive ? "active/active" : "active/standby";
}
