using Xunit;

namespace ImpHa.Behavior.Tests;

/// <summary>
/// Per-node restart plans for realistic change sets on a two-node presence redundancy group (imp1a is the
/// publisher, imp1b the subscriber): every required restart present on its node, nothing recommended or
/// conditional presented as required, a node restart covering only its own node.
/// </summary>
public class NodeRestartPlanTests
{
    private static readonly string[] Cluster = ["imp1a", "imp1b"];

    private static NodeRestartPlan Plan(params RestartTrigger[] triggers) => RestartPlanner.PlanForNodes(Cluster, triggers);

    private static RestartTrigger At(ConfigurationChange change, string node) => RestartTrigger.Change(change, node);

    private static RestartTrigger Alert(string alert, string node) => new(RestartRules.All.Single(r => r.AlertName == alert), node);

    /// <summary>A node's steps as "necessity: command" ("automatic: …" for restarts that happen by themselves).</summary>
    private static string[] On(NodeRestartPlan plan, string node)
        => plan.StepsOn(node).Select(s => (s.IsAutomatic ? "automatic" : s.Necessity.ToString().ToLowerInvariant()) + ": " + s.Command).ToArray();

    [Fact]
    public void Publisher_change_made_on_the_subscriber_and_a_proxy_edit_keep_the_proxy_restart_on_the_publisher()
    {
        var plan = Plan(At(ConfigurationChange.ChangePublisherWhileSubscriberOffline, "imp1b"), At(ConfigurationChange.EditProxyConfiguration, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco SIP Proxy"], On(plan, "imp1a"));
        var reboot = Assert.Single(plan.StepsOn("imp1b"));
        Assert.Equal("utils system restart", reboot.Command);
        Assert.Equal(RestartTarget.Node, reboot.Target);
        Assert.Equal([ConfigurationChange.EditProxyConfiguration], reboot.CoveredRules.Select(r => r.Change));
        Assert.Equal("Restart subscriber node", reboot.CiscoWording);
    }

    [Fact]
    public void Ethernet_edit_restarts_only_its_node_by_itself_and_covers_nothing()
    {
        var plan = Plan(At(ConfigurationChange.EditEthernetSettings, "imp1b"), At(ConfigurationChange.EditXmppFederation, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco XCP Router"], On(plan, "imp1a"));
        Assert.Equal(["automatic: utils system restart", "required: utils service restart Cisco XCP Router"], On(plan, "imp1b"));
    }

    [Fact]
    public void Regenerating_the_cup_certificate_restarts_services_on_that_node_only()
    {
        var plan = Plan(At(ConfigurationChange.RegenerateCupCertificate, "imp1b"));
        Assert.Empty(On(plan, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco SIP Proxy", "required: utils service restart Cisco Presence Engine"], On(plan, "imp1b"));
    }

    [Fact]
    public void Alerts_alone_are_recommended_on_the_node_that_raised_them()
    {
        var plan = Plan(Alert("PEIDSQueryError", "imp1b"), Alert("XCPConfigMgrJabberRestartRequired", "imp1b"), Alert("PWSSCBInitFailed", "imp1a"));
        Assert.Equal(["recommended: utils service restart Cisco SIP Proxy"], On(plan, "imp1a"));
        Assert.Equal(["recommended: utils service restart Cisco XCP Router", "recommended: utils service restart Cisco Presence Engine"], On(plan, "imp1b"));
        Assert.DoesNotContain(plan.Steps, s => s.Necessity == RestartNecessity.Required);
    }

    [Fact]
    public void A_required_restart_outranks_the_same_recommendation_without_losing_its_reason()
    {
        var plan = Plan(Alert("XCPConfigMgrJabberRestartRequired", "imp1a"), At(ConfigurationChange.EditXmppFederation, "imp1a"));
        var step = Assert.Single(plan.StepsOn("imp1a"));
        Assert.Equal(RestartNecessity.Required, step.Necessity);
        Assert.Equal([ConfigurationChange.AlertXcpConfigMgrJabberRestartRequired, ConfigurationChange.EditXmppFederation], step.Rules.Select(r => r.Change));
        Assert.Equal(["required: utils service restart Cisco XCP Router"], On(plan, "imp1b"));
    }

    [Fact]
    public void Enabling_IPv6_restarts_three_services_on_every_node()
    {
        var plan = Plan(At(ConfigurationChange.EditEnableIpv6, "imp1a"));
        string[] expected = ["required: utils service restart Cisco XCP Router", "required: utils service restart Cisco SIP Proxy", "required: utils service restart Cisco Presence Engine"];
        Assert.Equal(expected, On(plan, "imp1a"));
        Assert.Equal(expected, On(plan, "imp1b"));
    }

    [Fact]
    public void External_database_changes_and_the_runtime_condition_are_told_apart()
    {
        var runtime = RestartRules.Get(ConfigurationChange.GroupChatExternalDatabaseUnreachable);
        Assert.Equal(RestartCause.RuntimeCondition, runtime.Cause);
        Assert.Equal(RestartWhere.EditedNode, runtime.Where);
        var plan = Plan(At(ConfigurationChange.EditExternalDatabaseConfiguration, "imp1a"), new RestartTrigger(runtime, "imp1b"));
        Assert.Equal(["required: utils service restart Cisco XCP Router"], On(plan, "imp1a"));
        var step = Assert.Single(plan.StepsOn("imp1b"));
        Assert.Equal([ConfigurationChange.EditExternalDatabaseConfiguration, ConfigurationChange.GroupChatExternalDatabaseUnreachable], step.Rules.Select(r => r.Change));
    }

    [Fact]
    public void Conditional_restarts_stay_conditional_and_say_which_reading_names_the_chat_service()
    {
        var plan = Plan(At(ConfigurationChange.EditTlsContext, "imp1a"), At(ConfigurationChange.EditInterclusterPeering, "imp1a"));
        Assert.Equal(["conditional: utils service restart Cisco XCP Router", "conditional: utils service restart Cisco XCP Text Conference Manager"], On(plan, "imp1b"));
        var chat = plan.StepsOn("imp1a").Single(s => s.Target == RestartTarget.ChatServer);
        Assert.Equal("You may need to restart the associated chat server", chat.CiscoWording);
        Assert.Contains("ImpHa", chat.Rules.Single().Interpretation, StringComparison.Ordinal);
    }

    [Fact]
    public void Installing_locales_restarts_every_node_and_covers_their_service_restarts()
    {
        var plan = Plan(At(ConfigurationChange.InstallLocales, "imp1a"), At(ConfigurationChange.EditProxyConfiguration, "imp1a"), Alert("PEIDSQueryError", "imp1b"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1a"));
        var reboot = Assert.Single(plan.StepsOn("imp1b"));
        Assert.Equal([ConfigurationChange.EditProxyConfiguration, ConfigurationChange.AlertPeIdsQueryError], reboot.CoveredRules.Select(r => r.Change));
    }

    [Fact]
    public void A_recommended_node_restart_does_not_cover_a_required_service_restart()
    {
        // No rule recommends a node restart, so the case is built from a required service rule and a required node rule on two nodes.
        var plan = Plan(At(ConfigurationChange.SetRemoteSyslogProtocol, "imp1a"), At(ConfigurationChange.DeleteNodeFromTheCluster, "imp1a"), At(ConfigurationChange.SwitchToPreviousVersion, "imp1b"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1a"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1b"));
    }

    [Fact]
    public void Nodes_named_only_by_triggers_are_planned_too_and_duplicates_merge()
    {
        var plan = RestartPlanner.PlanForNodes(["imp1a"], At(ConfigurationChange.RegenerateCupXmppCertificate, "imp2a"), At(ConfigurationChange.RegenerateCupXmppS2sCertificate, "IMP2A"));
        Assert.Equal(["imp1a", "imp2a"], plan.Nodes);
        var step = Assert.Single(plan.Steps);
        Assert.Equal("imp2a", step.Node);
        Assert.Equal(2, step.Rules.Count);
        Assert.True(RestartPlanner.PlanForNodes(Cluster).IsEmpty);
        Assert.Throws<ArgumentNullException>(() => RestartPlanner.PlanForNodes(null!));
    }

    [Fact]
    public void No_required_restart_of_any_change_is_ever_dropped()
    {
        // Every pair of changes, made on either node: each required service restart of a rule is on each node it applies to,
        // unless that node restarts (which then lists the rule as covered).
        var changes = RestartRules.All.Where(r => r.Cause == RestartCause.ConfigurationChange).ToList();
        foreach (var first in changes)
        {
            foreach (var second in changes)
            {
                var plan = Plan(new RestartTrigger(first, "imp1a"), new RestartTrigger(second, "imp1b"));
                foreach (var (rule, node) in new[] { (first, "imp1a"), (second, "imp1b") })
                {
                    if (rule.Necessity != RestartNecessity.Required)
                    {
                        continue;
                    }

                    var nodes = rule.Where == RestartWhere.EveryNode ? Cluster : [node];
                    foreach (var target in Enum.GetValues<RestartTarget>().Where(t => t is not RestartTarget.None and not RestartTarget.Node and not RestartTarget.System && rule.Restart.HasFlag(t)))
                    {
                        foreach (var on in nodes)
                        {
                            var steps = plan.StepsOn(on);
                            Assert.True(
                                steps.Any(s => s.Target == target && s.Necessity == RestartNecessity.Required && s.Rules.Contains(rule))
                                || steps.Any(s => s.Target == RestartTarget.Node && !s.IsAutomatic && s.Necessity == RestartNecessity.Required && (s.Rules.Contains(rule) || s.CoveredRules.Contains(rule))),
                                $"{rule.Change} on {node} lost its {target} restart on {on} (with {first.Change} on imp1a, {second.Change} on imp1b)");
                        }
                    }
                }
            }
        }
    }
}
