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
    public async Task Restart_subscriber_node_restarts_the_subscriber_and_not_the_publisher()
    {
        // "If an IM and Presence publisher changes while subscriber is offline … Restart subscriber node"; --nodes is publisher first.
        var output = await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "ChangePublisherWhileSubscriberOffline");
        Assert.DoesNotContain("  imp1a:", output, StringComparison.Ordinal);
        Assert.Contains("  imp1b:\n    required           utils system restart\n                       Cisco: \"Restart subscriber node\"", output, StringComparison.Ordinal);
        Assert.Contains("ImpHa's reading: Cisco's \"Restart subscriber node\": ImpHa restarts the subscriber", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_node_restarts_the_router_on_the_nodes_that_remain()
    {
        // "Deleting or removing a node from the cluster": Cisco XCP Router, on the nodes that remain (ImpHa's reading).
        var output = await RunAsync("restarts", "--nodes", "imp1a,imp1b,imp1c", "--change", "DeleteNodeFromTheCluster@imp1c", "--change", "EditProxyConfiguration");
        var imp1c = output[output.IndexOf("  imp1c:", StringComparison.Ordinal)..];
        Assert.Contains("    no restart         it leaves the cluster (DeleteNodeFromTheCluster); ImpHa's reading: the restart is for the nodes that remain", imp1c, StringComparison.Ordinal);
        Assert.DoesNotContain("utils service restart", imp1c, StringComparison.Ordinal);
        var imp1b = output[output.IndexOf("  imp1b:", StringComparison.Ordinal)..output.IndexOf("  imp1c:", StringComparison.Ordinal)];
        Assert.Contains("    required           utils service restart Cisco XCP Router", imp1b, StringComparison.Ordinal);
        Assert.Contains("    required           utils service restart Cisco SIP Proxy", imp1b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_the_document_lists_twice_restarts_what_either_row_requires_and_says_so()
    {
        // Migration utilities: "Cisco XCP Router"; Presence Settings: "Cisco Presence Engine Cisco XCP Router".
        var output = await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "MigrationEditAllowViewingAvailabilityWithoutApproval");
        var imp1b = output[output.IndexOf("  imp1b:", StringComparison.Ordinal)..];
        Assert.Contains("    required           utils service restart Cisco Presence Engine\n                       Cisco: \"Cisco Presence Engine Cisco XCP Router\" (EditAllowViewingAvailabilityWithoutApproval)", imp1b, StringComparison.Ordinal);
        Assert.Contains("ImpHa's reading: MigrationEditAllowViewingAvailabilityWithoutApproval is listed again as EditAllowViewingAvailabilityWithoutApproval; ImpHa restarts what either row requires", output, StringComparison.Ordinal);
        Assert.Contains("The document contradicts itself about MigrationEditAllowViewingAvailabilityWithoutApproval: MigrationEditAllowViewingAvailabilityWithoutApproval restarts XcpRouter (\"Cisco XCP Router\"); EditAllowViewingAvailabilityWithoutApproval restarts XcpRouter and PresenceEngine", output, StringComparison.Ordinal);

        // TLS Context: "You may need to restart the associated chat server"; "Configuring Peer Authentication TLS Context": "Cisco SIP Proxy".
        var tls = await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "EditTlsContext");
        Assert.Contains("    required           utils service restart Cisco SIP Proxy", tls, StringComparison.Ordinal);
        Assert.Contains("    conditional        utils service restart Cisco XCP Text Conference Manager", tls, StringComparison.Ordinal);
        Assert.Contains("names Cisco SIP Proxy instead", tls, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readings_beyond_ciscos_words_are_marked_as_impha_s()
    {
        // "Restart the IM and Presence Service" (Installing locales) and a cluster-wide setting Cisco gives no nodes for.
        var locales = await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "InstallLocales");
        Assert.Contains("ImpHa's reading: Cisco does not say on which nodes; ImpHa restarts on every IM and Presence node", locales, StringComparison.Ordinal);
        Assert.Contains("Cisco prints \"Restart the IM and Presence Service\" and names no single service; ImpHa reads it as a restart of every IM and Presence node", locales, StringComparison.Ordinal);

        // "Editing any of the Exchange Service Parameters: … Cisco Presence Engine": whose parameters they are is ImpHa's reading.
        var exchange = await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "EditExchangeQueue");
        Assert.Contains("Cisco does not name the service these parameters belong to; ImpHa files them under Cisco Presence Engine", exchange, StringComparison.Ordinal);
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
