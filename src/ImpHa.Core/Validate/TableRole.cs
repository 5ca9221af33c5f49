namespace ImpHa.Core.Validate;

/// <summary>Which of ImpHa's tables a CSV file holds, from the file's <c>ImpHaTable</c> item metadata.</summary>
public enum TableRole
{
    None,
    HardwareProfiles,
    LoginProfiles,
    RestartRules,
    XmppStandards,
}

public static class TableRoles
{
    /// <summary>The AdditionalFiles metadata the package's props set on each table.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ImpHaTable";

    /// <summary>"true" on the package's own tables only (ImpHa.targets): their IMPHA109 findings stay out of the build.</summary>
    public const string ShippedMetadataKey = "build_metadata.AdditionalFiles.ImpHaShippedTable";

    public static bool IsShipped(string? value) => string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    public static TableRole Parse(string? value) => value?.Trim() switch
    {
        "HardwareProfiles" => TableRole.HardwareProfiles,
        "LoginProfiles" => TableRole.LoginProfiles,
        "RestartRules" => TableRole.RestartRules,
        "XmppStandards" => TableRole.XmppStandards,
        _ => TableRole.None,
    };

    public static string DisplayName(this TableRole role) => role switch
    {
        TableRole.HardwareProfiles => "hardware profile",
        TableRole.LoginProfiles => "login profile",
        TableRole.RestartRules => "restart rule",
        TableRole.XmppStandards => "XMPP standard",
        _ => "unknown",
    };
}
