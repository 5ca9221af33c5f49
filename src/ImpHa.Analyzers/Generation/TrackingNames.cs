namespace ImpHa.Analyzers.Generation;

/// <summary>Names of the generator's pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Settings = "ImpHa.Settings";
    public const string Selection = "ImpHa.Selection";
    public const string TableFiles = "ImpHa.TableFiles";
    public const string HardwareTable = "ImpHa.HardwareTable";
    public const string LoginTable = "ImpHa.LoginTable";
    public const string RestartTable = "ImpHa.RestartTable";
    public const string XmppTable = "ImpHa.XmppTable";
}
