using System.Globalization;
using ImpHa;

namespace ImpHa.Planner;

/// <summary>What the administrator asked for; defaults to Cisco's Example 1.</summary>
internal sealed record PlannerRequest(
    HardwareProfile Profile,
    HaDeployment Deployment,
    int FirstNodeUsers,
    int SecondNodeUsers,
    int? CriticalServiceDownDelaySeconds,
    IReadOnlyList<(ConfigurationChange Change, string? Node)> Changes,
    IReadOnlyList<(string Alert, string? Node)> Alerts,
    IReadOnlyList<string> Nodes)
{
    public static readonly PlannerRequest Example1 = new(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000, null, [], [], []);

    public const string Usage = """
        Usage: ImpHa.Planner [options]
          --profile N            hardware profile: 500, 1000, 2000, 5000, 15000, 25000 (or Users15000)
          --deployment D         active-active or active-standby
          --node-users A,B       active users on the two nodes of the presence redundancy group
          --critical-delay S     the cluster's Critical Service Down Delay in seconds (tables assume 120)
          --nodes A,B,...        the cluster's IM and Presence nodes, publisher first, e.g. imp1a,imp1b
          --change NAME[@NODE]   a configuration change made (repeatable), e.g. EditProxyConfiguration or
                                 ChangePublisherWhileSubscriberOffline@imp1b; without @NODE, made on the
                                 first node of --nodes (the publisher)
          --alert NAME[@NODE]    an alert raised (repeatable), e.g. PEIDSQueryError@imp1b
          --list-changes         print every configuration change name
        With no options: Cisco's Example 1 (15000 Users Full UC, active/active, 2000 and 1000 users).
        """;

    /// <summary>Parses the command line; an error is one line that says what to fix.</summary>
    public static bool TryParse(string[] args, out PlannerRequest request, out string error)
    {
        request = Example1;
        error = string.Empty;
        var changes = new List<(ConfigurationChange, string?)>();
        var alerts = new List<(string, string?)>();
        var nodes = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{option} needs a value; see --help";
                return false;
            }

            var value = args[++i];
            switch (option)
            {
                case "--profile":
                    if (!HardwareProfiles.TryParse(value, out var profile))
                    {
                        error = $"unknown profile '{value}'; use one of {string.Join(", ", HardwareProfiles.All.Select(p => (int)p))}";
                        return false;
                    }

                    request = request with { Profile = profile };
                    break;
                case "--deployment":
                    if (!TryParseDeployment(value, out var deployment))
                    {
                        error = $"unknown deployment '{value}'; use active-active or active-standby";
                        return false;
                    }

                    request = request with { Deployment = deployment };
                    break;
                case "--node-users":
                    if (!TryParseUsers(value, out var first, out var second))
                    {
                        error = $"'{value}' is not two user counts; write the active users of both nodes as A,B with whole numbers of 0 or more, e.g. 2000,1000";
                        return false;
                    }

                    request = request with { FirstNodeUsers = first, SecondNodeUsers = second };
                    break;
                case "--critical-delay":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var delay) || delay < 1)
                    {
                        error = $"'{value}' is not a Critical Service Down Delay; give whole seconds of 1 or more, e.g. 120";
                        return false;
                    }

                    request = request with { CriticalServiceDownDelaySeconds = delay };
                    break;
                case "--nodes":
                    nodes = value.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
                    if (nodes.Count == 0)
                    {
                        error = $"'{value}' names no node; write the cluster's IM and Presence nodes as A,B, e.g. imp1a,imp1b";
                        return false;
                    }

                    break;
                case "--change":
                    var (changeName, changeNode) = SplitNode(value);
                    if (!Enum.TryParse<ConfigurationChange>(changeName, ignoreCase: true, out var change) || !Enum.IsDefined(change) || changeName.Length == 0 || char.IsDigit(changeName[0]))
                    {
                        error = $"unknown configuration change '{changeName}'; run with --list-changes to see the names";
                        return false;
                    }

                    changes.Add((change, changeNode));
                    break;
                case "--alert":
                    var (alertName, alertNode) = SplitNode(value);
                    if (RestartRules.ForAlert(alertName) == RestartTarget.None)
                    {
                        error = $"alert '{alertName}' is not in Cisco's restart table; known alerts: {string.Join(", ", RestartRules.All.Where(r => r.AlertName.Length > 0).Select(r => r.AlertName))}";
                        return false;
                    }

                    alerts.Add((alertName, alertNode));
                    break;
                default:
                    error = $"unknown option '{option}'; see --help";
                    return false;
            }
        }

        request = request with { Changes = changes, Alerts = alerts, Nodes = nodes };
        return true;
    }

    /// <summary>"NAME@NODE" into its parts; no node when there is no '@'.</summary>
    private static (string Name, string? Node) SplitNode(string value)
    {
        var at = value.LastIndexOf('@');
        return at < 0 ? (value.Trim(), null) : (value[..at].Trim(), value[(at + 1)..].Trim() is { Length: > 0 } node ? node : null);
    }

    private static bool TryParseDeployment(string text, out HaDeployment deployment)
    {
        switch (text.Trim().Replace("/", "-").ToLowerInvariant())
        {
            case "active-active" or "activeactive":
                deployment = HaDeployment.ActiveActive;
                return true;
            case "active-standby" or "activestandby":
                deployment = HaDeployment.ActiveStandby;
                return true;
            default:
                deployment = default;
                return false;
        }
    }

    private static bool TryParseUsers(string text, out int first, out int second)
    {
        first = second = 0;
        var parts = text.Split(',');
        return parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out second);
    }
}
