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
        // "You may need to restart the associated chat server" (TLS Context) and "Configuring Peer Authentication TLS Context": Cisco SIP Proxy.
        var plan = Plan(At(ConfigurationChange.EditTlsContext, "imp1a"), At(ConfigurationChange.EditInterclusterPeering, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco SIP Proxy", "conditional: utils service restart Cisco XCP Router", "conditional: utils service restart Cisco XCP Text Conference Manager"], On(plan, "imp1b"));
        var chat = plan.StepsOn("imp1a").Single(s => s.Target == RestartTarget.ChatServer);
        Assert.Equal("You may need to restart the associated chat server", chat.CiscoWording);
        Assert.Contains("ImpHa's command restarts Cisco XCP Text Conference Manager", chat.Rules.Single().Interpretation, StringComparison.Ordinal);
        Assert.Contains("ConfigurePeerAuthenticationTlsContext", chat.Rules.Single().Interpretation, StringComparison.Ordinal);
        var proxy = plan.StepsOn("imp1a").Single(s => s.Target == RestartTarget.SipProxy);
        Assert.Equal([ConfigurationChange.ConfigurePeerAuthenticationTlsContext], proxy.Rules.Select(r => r.Change));
    }

    [Fact]
    public void Restart_subscriber_node_lands_on_the_subscriber_and_never_on_the_publisher()
    {
        // "If an IM and Presence publisher changes while subscriber is offline … Restart subscriber node".
        var plan = Plan(At(ConfigurationChange.ChangePublisherWhileSubscriberOffline, "imp1b"));
        Assert.Empty(On(plan, "imp1a"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1b"));
        var error = Assert.Throws<ArgumentException>(() => Plan(At(ConfigurationChange.ChangePublisherWhileSubscriberOffline, "imp1a")));
        Assert.Contains("\"Restart subscriber node\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("'imp1a' is the publisher", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_node_restarts_the_router_on_the_nodes_that_remain_only()
    {
        // "Deleting or removing a node from the cluster" (and "… from a cluster"): Cisco XCP Router.
        var plan = RestartPlanner.PlanForNodes(["imp1a", "imp1b", "imp1c"], At(ConfigurationChange.DeleteNodeFromTheCluster, "imp1c"));
        Assert.Equal(["required: utils service restart Cisco XCP Router"], On(plan, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco XCP Router"], On(plan, "imp1b"));
        Assert.Empty(On(plan, "imp1c"));
        Assert.Equal([ConfigurationChange.DeleteNodeFromTheCluster, ConfigurationChange.DeleteNodeFromACluster], plan.StepsOn("imp1a").Single().Rules.Select(r => r.Change));

        // The node leaving gets no restart from the other changes either.
        var withProxy = RestartPlanner.PlanForNodes(["imp1a", "imp1b", "imp1c"], At(ConfigurationChange.DeleteNodeFromTheCluster, "imp1c"), At(ConfigurationChange.EditProxyConfiguration, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco XCP Router", "required: utils service restart Cisco SIP Proxy"], On(withProxy, "imp1b"));
        Assert.Empty(On(withProxy, "imp1c"));
    }

    [Fact]
    public void A_change_the_document_lists_twice_restarts_what_either_row_requires()
    {
        // Migration utilities: "Cisco XCP Router"; Presence Settings: "Cisco Presence Engine Cisco XCP Router".
        var plan = Plan(At(ConfigurationChange.MigrationEditAllowViewingAvailabilityWithoutApproval, "imp1a"));
        string[] both = ["required: utils service restart Cisco XCP Router", "required: utils service restart Cisco Presence Engine"];
        Assert.Equal(both, On(plan, "imp1a"));
        Assert.Equal(both, On(plan, "imp1b"));
        var engine = plan.StepsOn("imp1b").Single(s => s.Target == RestartTarget.PresenceEngine);
        Assert.Equal([ConfigurationChange.EditAllowViewingAvailabilityWithoutApproval], engine.Rules.Select(r => r.Change));
        Assert.Equal("Cisco Presence Engine Cisco XCP Router", engine.CiscoWording);

        // Presence Gateway "After you upload MS Exchange certificates": "Cisco Presence engine"; "Upload Exchange Certificates": "Cisco SIP Proxy Cisco Presence Engine".
        var exchange = Plan(At(ConfigurationChange.UploadPresenceGatewayExchangeCertificates, "imp1a"));
        Assert.Equal(["required: utils service restart Cisco SIP Proxy", "required: utils service restart Cisco Presence Engine"], On(exchange, "imp1b"));

        // "TLS Peer Subject Configuration … Any edits on this page" and "Configuring TLS Peer Subjects": Cisco SIP Proxy, once.
        var peers = Plan(At(ConfigurationChange.ConfigureTlsPeerSubjects, "imp1a"));
        var proxy = Assert.Single(peers.StepsOn("imp1a"));
        Assert.Equal([ConfigurationChange.ConfigureTlsPeerSubjects, ConfigurationChange.EditTlsPeerSubjectConfiguration], proxy.Rules.Select(r => r.Change));
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
        var plan = Plan(At(ConfigurationChange.SetRemoteSyslogProtocol, "imp1a"), At(ConfigurationChange.EditXmppFederation, "imp1a"), At(ConfigurationChange.SwitchToPreviousVersion, "imp1b"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1a"));
        Assert.Equal(["required: utils system restart"], On(plan, "imp1b"));
    }

    [Fact]
    public void A_node_not_in_the_cluster_is_an_error_and_names_differing_in_case_merge()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(At(ConfigurationChange.EditProxyConfiguration, "imp9")));
        Assert.Contains("'imp9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(imp1a, imp1b)", error.Message, StringComparison.Ordinal);
        var plan = Plan(At(ConfigurationChange.RegenerateCupXmppCertificate, "IMP1B"), At(ConfigurationChange.RegenerateCupXmppS2sCertificate, "imp1b"));
        Assert.Equal(Cluster, plan.Nodes);
        var step = Assert.Single(plan.Steps);
        Assert.Equal("imp1b", step.Node);
        Assert.Equal(2, step.Rules.Count);
        Assert.True(RestartPlanner.PlanForNodes(Cluster).IsEmpty);
        Assert.Throws<ArgumentNullException>(() => RestartPlanner.PlanForNodes(null!));
    }

    [Fact]
    public void No_required_restart_of_any_change_is_ever_dropped()
    {
        // Every pair of changes, made on either node (a subscriber's change on the subscriber): each required service restart of a
        // rule, and of the rows the document lists for the same change, is on each node it applies to, unless that node restarts
        // (which then lists the rule as covered) or leaves the cluster (which gets no restart).
        var changes = RestartRules.All.Where(r => r.Cause == RestartCause.ConfigurationChange).ToList();
        foreach (var first in changes)
        {
            foreach (var second in changes)
            {
                var firstNode = first.Where == RestartWhere.Subscriber ? "imp1b" : "imp1a";
                var plan = Plan(new RestartTrigger(first, firstNode), new RestartTrigger(second, "imp1b"));
                var applied = new[] { (first, firstNode), (second, "imp1b") }.SelectMany(t => t.Item1.SameChange.Select(c => (RestartRules.Get(c), t.Item2)).Prepend(t)).ToList();
                var leaving = applied.Where(t => t.Item1.Where == RestartWhere.RemainingNodes).Select(t => t.Item2).ToList();
                Assert.All(leaving, node => Assert.Empty(plan.StepsOn(node)));
                foreach (var (rule, node) in applied)
                {
                    if (rule.Necessity != RestartNecessity.Required)
                    {
                        continue;
                    }

                    var nodes = rule.Where switch
                    {
                        RestartWhere.EveryNode => Cluster,
                        RestartWhere.RemainingNodes => Cluster.Where(n => n != node).ToArray(),
                        _ => [node],
                    };
                    nodes = nodes.Except(leaving).ToArray();
                    foreach (var target in Enum.GetValues<RestartTarget>().Where(t => t is not RestartTarget.None and not RestartTarget.Node and not RestartTarget.System && rule.Restart.HasFlag(t)))
                    {
                        foreach (var on in nodes)
                        {
                            var steps = plan.StepsOn(on);
                            Assert.True(
                                steps.Any(s => s.Target == target && s.Necessity == RestartNecessity.Required && s.Rules.Contains(rule))
                                || steps.Any(s => s.Target == RestartTarget.Node && !s.IsAutomatic && s.Necessity == RestartNecessity.Required && (s.Rules.Contains(rule) || s.CoveredRules.Contains(rule))),
                                $"{rule.Change} on {node} lost its {target} restart on {on} (with {first.Change} on {firstNode}, {second.Change} on imp1b)");
                        }
                    }
                }
            }
        }
    }
}
