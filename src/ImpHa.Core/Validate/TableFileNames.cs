using System.Collections.Generic;

namespace ImpHa.Core.Validate;

/// <summary>The file name of each table: in data/, in the package (ImpHa.targets names the same), and where <c>impha lint</c> looks.</summary>
public static class TableFileNames
{
    public const string HardwareProfiles = "hardware-profiles.csv";
    public const string LoginProfiles = "login-profiles.csv";
    public const string RestartRules = "restart-rules.csv";
    public const string XmppStandards = "xmpp-standards.csv";

    /// <summary>Every table in reading order: the login profiles are checked against the hardware profiles read before them.</summary>
    public static IReadOnlyList<(TableRole Role, string FileName)> All { get; } =
    [
        (TableRole.HardwareProfiles, HardwareProfiles),
        (TableRole.LoginProfiles, LoginProfiles),
        (TableRole.RestartRules, RestartRules),
        (TableRole.XmppStandards, XmppStandards),
    ];
}
