using System.Globalization;

namespace ImpHa.Planner.Tables;

/// <summary>One of ImpHa's tables as the generated code holds it: column names and typed cells (int, bool, string or null).</summary>
internal sealed record TableData(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>The restart table's name, as the table command takes it.</summary>
    public const string RestartsName = "restarts";

    public static readonly IReadOnlyList<string> Names = ["login", "hardware", RestartsName, "xmpp"];

    public static TableData Login(HardwareProfile? profile, HaDeployment? deployment)
    {
        var rows = new List<object?[]>();
        foreach (var p in HardwareProfiles.All.Where(p => profile is null || p == profile))
        {
            foreach (var d in Enum.GetValues<HaDeployment>().Where(d => deployment is null || d == deployment))
            {
                foreach (var row in Limits.TableRows.Of(p, d, HaLoginProfiles.TableCriticalServiceDownDelaySeconds))
                {
                    rows.Add([(int)p, Planner.Names.DeploymentOption(d), row.TableActiveUsers, row.LowerLimit, row.UpperLimit]);
                }
            }
        }

        return new("login", ["profile", "deployment", "activeUsers", "lowerLimit", "upperLimit"], rows);
    }

    public static TableData Hardware() => new(
        "hardware",
        ["profile", "name", "virtualCpus", "cpuMegahertz", "memoryGigabytes", "minimumClockActiveActiveMegahertz", "minimumClockActiveStandbyMegahertz"],
        HardwareProfiles.All.Select(p => new object?[]
        {
            (int)p, HardwareProfiles.GetName(p), HardwareProfiles.GetVirtualCpus(p), HardwareProfiles.GetCpuMegahertz(p), HardwareProfiles.GetMemoryGigabytes(p),
            HardwareProfiles.GetMinimumRecommendedClockMegahertz(p, HaDeployment.ActiveActive), HardwareProfiles.GetMinimumRecommendedClockMegahertz(p, HaDeployment.ActiveStandby),
        }).ToList());

    public static TableData Restarts() => new(
        RestartsName,
        ["change", "setting", "menuPath", "trigger", "alertName", "serviceName", "parameterName", "restart", "automatic", "necessity", "where", "cause", "printedRestart", "interpretation"],
        RestartRules.All.Select(r => new object?[]
        {
            r.Change.ToString(), r.Setting, r.MenuPath, r.Trigger, r.AlertName, r.ServiceName, r.ParameterName, r.Restart.ToString(), r.Automatic.ToString(),
            Planner.Names.Kebab(r.Necessity), Planner.Names.Kebab(r.Where), Planner.Names.Kebab(r.Cause), r.PrintedRestart, r.Interpretation,
        }).ToList());

    public static TableData Xmpp() => new(
        "xmpp",
        ["identifier", "isRfc", "number", "title"],
        XmppStandards.All.Select(s => new object?[] { s.Identifier, s.IsRfc, s.Number, s.Title }).ToList());

    /// <summary>A cell as CSV and text print it: invariant numbers, lower-case booleans, nothing for null.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
