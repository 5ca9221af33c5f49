using Xunit;

namespace ImpHa.Behavior.Tests;

public class RestartPlannerTests
{
    [Fact]
    public void Each_service_is_restarted_once()
    {
        var plan = RestartPlanner.Plan(ConfigurationChange.EditProxyConfiguration, ConfigurationChange.EditAclConfiguration, ConfigurationChange.RegenerateCupCertificate, ConfigurationChange.EditXmppFederation);
        Assert.Equal(RestartTarget.SipProxy | RestartTarget.PresenceEngine | RestartTarget.XcpRouter, plan.Targets);
        Assert.Equal(
            ["utils service restart Cisco XCP Router", "utils service restart Cisco SIP Proxy", "utils service restart Cisco Presence Engine"],
            plan.Commands);
        Assert.Empty(plan.ConditionalCommands);
        Assert.Equal(RestartTarget.None, plan.AutomaticTargets);
    }

    [Fact]
    public void A_system_restart_covers_service_restarts_but_a_node_restart_does_not()
    {
        // A node restart restarts one node; the services may need their restart on the others.
        var node = RestartPlanner.Plan(ConfigurationChange.EditProxyConfiguration, ConfigurationChange.SetRemoteSyslogProtocol, ConfigurationChange.EditTlsContext);
        Assert.Equal(RestartTarget.Node | RestartTarget.SipProxy, node.Targets);
        Assert.Equal(["utils service restart Cisco SIP Proxy", "utils system restart"], node.Commands);
        Assert.Equal(RestartTarget.ChatServer, node.ConditionalTargets);

        var system = RestartPlanner.Plan(ConfigurationChange.InstallLocales, ConfigurationChange.SetRemoteSyslogProtocol, ConfigurationChange.EditEnableIpv6);
        Assert.Equal(RestartTarget.System, system.Targets);
        Assert.Equal(["utils system restart"], system.Commands);
    }

    [Fact]
    public void Conditional_and_automatic_restarts_are_reported_apart()
    {
        var plan = RestartPlanner.Plan(ConfigurationChange.EditInterclusterPeering, ConfigurationChange.EditTlsContext, ConfigurationChange.EnablePartitionedIntradomainFederation);
        Assert.Equal(RestartTarget.XcpRouter | RestartTarget.SipProxy, plan.Targets);
        Assert.Equal(RestartTarget.ChatServer, plan.ConditionalTargets);
        Assert.Equal(["utils service restart Cisco XCP Text Conference Manager"], plan.ConditionalCommands);
        Assert.Equal(RestartTarget.SipProxy, plan.AutomaticTargets);

        var ethernet = RestartPlanner.Plan(ConfigurationChange.EditEthernetSettings);
        Assert.Equal(RestartTarget.None, ethernet.Targets);
        Assert.Empty(ethernet.Commands);
        Assert.Equal(RestartTarget.Node, ethernet.AutomaticTargets);
        Assert.False(ethernet.IsEmpty);
    }

    [Fact]
    public void Alert_recommendations_are_kept_apart_from_required_restarts()
    {
        var alertRule = RestartRules.All.First(r => r.AlertName == "PWSSCBInitFailed");
        Assert.Equal(RestartKind.AlertRecommended, alertRule.Kind);
        Assert.Equal(RestartNecessity.Recommended, alertRule.Necessity);
        Assert.Equal(RestartCause.Alert, alertRule.Cause);
        var plan = RestartPlanner.Plan([alertRule, RestartRules.Get(ConfigurationChange.EditXmppFederation)]);
        Assert.Equal(["utils service restart Cisco XCP Router"], plan.Commands);
        Assert.Equal(["utils service restart Cisco SIP Proxy"], plan.RecommendedCommands);
    }

    [Fact]
    public void A_change_the_document_lists_twice_plans_what_either_row_requires()
    {
        // Migration utilities: "Cisco XCP Router"; Presence Settings: "Cisco Presence Engine Cisco XCP Router".
        Assert.Equal(RestartTarget.XcpRouter, RestartRules.Get(ConfigurationChange.MigrationEditAllowViewingAvailabilityWithoutApproval).Restart);
        Assert.Equal(RestartTarget.XcpRouter | RestartTarget.PresenceEngine, RestartPlanner.Plan(ConfigurationChange.MigrationEditAllowViewingAvailabilityWithoutApproval).Targets);

        // Presence Gateway: "Cisco Presence engine"; "Upload Exchange Certificates": "Cisco SIP Proxy Cisco Presence Engine".
        Assert.Equal(RestartTarget.SipProxy | RestartTarget.PresenceEngine, RestartPlanner.Plan(ConfigurationChange.UploadPresenceGatewayExchangeCertificates).Targets);

        // TLS Context: "You may need to restart the associated chat server"; "Configuring Peer Authentication TLS Context": "Cisco SIP Proxy".
        var tls = RestartPlanner.Plan(ConfigurationChange.EditTlsContext);
        Assert.Equal(RestartTarget.SipProxy, tls.Targets);
        Assert.Equal(RestartTarget.ChatServer, tls.ConditionalTargets);
    }

    [Fact]
    public void No_changes_plan_nothing()
    {
        Assert.True(RestartPlanner.Plan(Array.Empty<RestartRule>()).IsEmpty);
        Assert.Throws<ArgumentNullException>(() => RestartPlanner.Plan((IEnumerable<RestartRule>)null!));
    }

    [Theory]
    [InlineData(RestartTarget.XcpRouter, "utils service restart Cisco XCP Router")]
    [InlineData(RestartTarget.Node, "utils system restart")]
    [InlineData(RestartTarget.XcpRouter | RestartTarget.SipProxy, null)]
    public void CommandFor_a_single_target(RestartTarget target, string? expected)
        => Assert.Equal(expected, RestartPlanner.CommandFor(target));
}
