using System.Reflection;
using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>The Planner sample as an administrator runs it: per-node restart plans and both delay readings.</summary>
public class PlannerSampleTests
{
    private static readonly string Planner = Path.GetFullPath(typeof(PlannerSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PlannerPath").Value!.Replace('\\', Path.DirectorySeparatorChar));

    internal static async Task<string> RunAsync(params string[] arguments)
    {
        var result = await RunWithExitCodeAsync(arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    internal static Task<DotnetCli.Result> RunWithExitCodeAsync(params string[] arguments)
        => DotnetCli.RunAsync(Path.GetDirectoryName(Planner)!, [Planner, .. arguments]);

    [Fact]
    public async Task A_subscriber_restart_does_not_drop_the_proxy_restart_of_the_other_nodes()
    {
        var output = await RunAsync("--change", "ChangePublisherWhileSubscriberOffline", "--change", "EditProxyConfiguration");
        var restarts = output[output.IndexOf("Restarts, node by node", StringComparison.Ordinal)..];
        Assert.Contains("  <node where you made the changes>:\n    required           utils system restart\n", restarts, StringComparison.Ordinal);
        Assert.Contains("covers the service restarts of: EditProxyConfiguration", restarts, StringComparison.Ordinal);
        Assert.Contains("  <every other node>:\n    required           utils service restart Cisco SIP Proxy\n", restarts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_nodes_get_their_own_steps_and_alerts_stay_recommended()
    {
        var output = await RunAsync("--nodes", "imp1a,imp1b", "--change", "EditXmppFederation", "--alert", "PEIDSQueryError@imp1b", "--change", "EditEthernetSettings@imp1b");
        var imp1b = output[output.IndexOf("  imp1b:", StringComparison.Ordinal)..];
        Assert.Contains("    restarts by itself (utils system restart)", imp1b, StringComparison.Ordinal);
        Assert.Contains("    required           utils service restart Cisco XCP Router", imp1b, StringComparison.Ordinal);
        Assert.Contains("    recommended        utils service restart Cisco Presence Engine", imp1b, StringComparison.Ordinal);
        var imp1a = output[output.IndexOf("  imp1a:", StringComparison.Ordinal)..output.IndexOf("  imp1b:", StringComparison.Ordinal)];
        Assert.DoesNotContain("Presence Engine", imp1a, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_delay_both_lower_limits_are_printed_and_a_given_delay_moves_only_the_lower_limit()
    {
        // Step 5: "The default value is 90 seconds. The lower retry limit should be set to this value." Step 3 reads the upper limit from the table.
        var unset = await RunAsync();
        Assert.Contains("if your cluster keeps 90 s, set the lower limit to 90; the upper limit stays 253.", unset, StringComparison.Ordinal);
        Assert.DoesNotContain("223", unset, StringComparison.Ordinal);
        var pinned = await RunAsync("--critical-delay", "90");
        Assert.Contains("Client Re-Login Lower Limit = 90", pinned, StringComparison.Ordinal);
        Assert.Contains("Client Re-Login Upper Limit = 253", pinned, StringComparison.Ordinal);
        Assert.DoesNotContain("Cisco also states", pinned, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", pinned, StringComparison.Ordinal);
    }
}
