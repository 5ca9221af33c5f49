using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Behavior.Tests;

public class RestartRuleTests
{
    private static readonly IReadOnlyList<Dictionary<string, string>> Rows = DataFiles.Read(TableFileNames.RestartRules);

    [Fact]
    public void Every_csv_row_is_a_rule_reachable_by_its_change()
    {
        Assert.Equal(Rows.Count, RestartRules.All.Count);
        Assert.Equal(Rows.Count, Enum.GetValues<ConfigurationChange>().Length);
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var change = Enum.Parse<ConfigurationChange>(row["id"]);
            var rule = RestartRules.Get(change);
            Assert.Same(RestartRules.All[i], rule);
            Assert.Equal(change, rule.Change);
            Assert.Equal(row["setting"], rule.Setting);
            Assert.Equal(row["menu_path"], rule.MenuPath);
            Assert.Equal(row["trigger"], rule.Trigger);
            Assert.Equal(Targets(row["restart"]), rule.Restart);
            Assert.Equal(Targets(row["automatic"]), rule.Automatic);
            Assert.Equal(row["kind"] == "conditional", rule.IsConditional);
            Assert.Equal(row["alert"], rule.AlertName);
            Assert.Equal(row["service"], rule.ServiceName);
            Assert.Equal(row["parameter"], rule.ParameterName);
            Assert.Equal(row["printed_restart"], rule.PrintedRestart);
        }
    }

    [Fact]
    public void Get_rejects_undefined_changes()
        => Assert.Throws<ArgumentOutOfRangeException>(() => RestartRules.Get((ConfigurationChange)(-1)));

    [Fact]
    public void Every_alert_row_is_found_ignoring_case_and_spaces()
    {
        var alerts = Rows.Where(r => r["alert"].Length > 0).ToList();
        Assert.Equal(9, alerts.Count);
        foreach (var row in alerts)
        {
            var expected = Targets(row["restart"]);
            Assert.Equal(expected, RestartRules.ForAlert(row["alert"]));
            Assert.Equal(expected, RestartRules.ForAlert("  " + row["alert"].ToLowerInvariant() + "\t"));
        }

        Assert.Equal(RestartTarget.PresenceEngine, RestartRules.ForAlert("PEIDSQueryError"));
        Assert.Equal(RestartTarget.SipProxy, RestartRules.ForAlert("PWSSCBInitFailed"));
        Assert.Equal(RestartTarget.None, RestartRules.ForAlert("PEIDSQueryErrorX"));
        Assert.Equal(RestartTarget.None, RestartRules.ForAlert(null));
    }

    [Fact]
    public void Every_service_parameter_row_is_found_by_service_and_name()
    {
        var parameters = Rows.Where(r => r["parameter"].Length > 0).ToList();
        Assert.True(parameters.Count >= 19);
        foreach (var row in parameters)
        {
            var expected = Targets(row["restart"]);
            Assert.Equal(expected, RestartRules.ForServiceParameter(row["service"], row["parameter"]) & expected);
            Assert.NotEqual(RestartTarget.None, RestartRules.ForServiceParameter(" " + row["service"].ToUpperInvariant(), row["parameter"].ToLowerInvariant() + " "));
        }

        Assert.Equal(RestartTarget.SipProxy, RestartRules.ForServiceParameter("Cisco SIP Proxy", "HTTP Port"));
        Assert.Equal(RestartTarget.XcpRouter, RestartRules.ForServiceParameter("Cisco XCP File Transfer Manager", "External File Server Available Space Lower Threshold"));
    }

    [Theory]
    [InlineData("Cisco SIP Proxy", "HTTP")]
    [InlineData("Cisco XCP Router", "")]
    [InlineData("Cisco XCP Router", null)]
    [InlineData("Cisco Server Recovery Manager", "Client Re-Login Upper Limit")]
    [InlineData(null, "HTTP Port")]
    [InlineData("Cisco SIP Proxy", null)]
    public void Unknown_service_parameters_need_no_restart(string? service, string? parameter)
        => Assert.Equal(RestartTarget.None, RestartRules.ForServiceParameter(service, parameter));

    [Theory]
    [InlineData("HTTP Port")]
    [InlineData(" Some Parameter The Table Does Not List ")]
    [InlineData("Routing Communication Type")]
    public void Any_Cisco_XCP_Router_parameter_restarts_the_router_by_Cisco_blanket_rule(string parameter)
    {
        Assert.Equal(RestartTarget.XcpRouter, RestartRules.ForServiceParameter("cisco xcp router", parameter));
        var blanket = RestartRules.Get(ConfigurationChange.EditAnyXcpRouterParameter);
        Assert.True(blanket.AppliesToAnyParameter);
        Assert.Equal("Cisco XCP Router", blanket.ServiceName);
        Assert.Contains("blanket", blanket.Interpretation, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_quirks_are_kept_as_printed()
    {
        Assert.Equal("Cisco Presence engine", RestartRules.Get(ConfigurationChange.EditPresenceGateway).PrintedRestart);
        Assert.Equal(RestartRules.Get(ConfigurationChange.DeleteNodeFromTheCluster).Restart, RestartRules.Get(ConfigurationChange.DeleteNodeFromACluster).Restart);
    }

    [Fact]
    public void Rows_the_document_lists_twice_know_each_other()
    {
        (ConfigurationChange, ConfigurationChange)[] pairs =
        [
            (ConfigurationChange.UploadPresenceGatewayExchangeCertificates, ConfigurationChange.UploadExchangeCertificates),
            (ConfigurationChange.EditAllowViewingAvailabilityWithoutApproval, ConfigurationChange.MigrationEditAllowViewingAvailabilityWithoutApproval),
            (ConfigurationChange.EditMaximumContactListSize, ConfigurationChange.MigrationEditMaximumContactListsAndWatchers),
            (ConfigurationChange.EditMaximumWatchers, ConfigurationChange.MigrationEditMaximumContactListsAndWatchers),
            (ConfigurationChange.EditTlsPeerSubjectConfiguration, ConfigurationChange.ConfigureTlsPeerSubjects),
            (ConfigurationChange.EditTlsContext, ConfigurationChange.ConfigurePeerAuthenticationTlsContext),
            (ConfigurationChange.EditRoutingCommunicationType, ConfigurationChange.EditRoutingCommunicationTypeParameters),
            (ConfigurationChange.DeleteNodeFromTheCluster, ConfigurationChange.DeleteNodeFromACluster),
        ];
        foreach (var (a, b) in pairs)
        {
            Assert.Contains(b, RestartRules.Get(a).SameChange);
            Assert.Contains(a, RestartRules.Get(b).SameChange);
        }

        Assert.Equal(pairs.Length * 2, RestartRules.All.Sum(r => r.SameChange.Count));
    }

    [Fact]
    public void Every_reading_beyond_ciscos_words_is_marked()
    {
        // Cisco's table names no nodes for these rows: "every node" is ImpHa's reading, and says so.
        foreach (var rule in RestartRules.All.Where(r => r.Where == RestartWhere.EveryNode))
        {
            Assert.StartsWith("Cisco does not say on which nodes; ImpHa restarts on every IM and Presence node", rule.Interpretation, StringComparison.Ordinal);
        }

        Assert.Contains("\"Restart the system\"", RestartRules.Get(ConfigurationChange.SwitchToPreviousVersion).Interpretation, StringComparison.Ordinal);
        Assert.Contains("\"Restart the IM and Presence Service\"", RestartRules.Get(ConfigurationChange.InstallLocales).Interpretation, StringComparison.Ordinal);
        foreach (var rule in RestartRules.All.Where(r => r.ServiceName.Length > 0 && r.Setting != "Cisco SIP Proxy Service Parameters" && !r.Setting.StartsWith("Cisco XCP File Transfer", StringComparison.Ordinal) && !r.AppliesToAnyParameter && r.Change != ConfigurationChange.EditRoutingCommunicationTypeParameters))
        {
            Assert.Contains("Cisco does not name the service", rule.Interpretation, StringComparison.Ordinal);
        }

        Assert.Contains("Cisco SIP Proxy", RestartRules.Get(ConfigurationChange.EditTlsContext).Interpretation, StringComparison.Ordinal);
        Assert.Equal(RestartWhere.Subscriber, RestartRules.Get(ConfigurationChange.ChangePublisherWhileSubscriberOffline).Where);
        Assert.Equal(RestartWhere.RemainingNodes, RestartRules.Get(ConfigurationChange.DeleteNodeFromTheCluster).Where);
    }

    [Theory]
    [InlineData(ConfigurationChange.ChangePublisherWhileSubscriberOffline, "If an IM and Presence publisher changes while subscriber is offline Edit the Settings > IP > Publisher setting from the subscriber")]
    [InlineData(ConfigurationChange.UploadCupTrustCertificate, "Upload new certificate")]
    [InlineData(ConfigurationChange.AlertPeIdsQueryError, "If you get any of the following alerts: PEIDSQueryError")]
    [InlineData(ConfigurationChange.EditExchangeQueue, "Editing any of the Exchange Service Parameters: Exchange Queue")]
    [InlineData(ConfigurationChange.EditSipProxyHttpPort, "Editing the following Cisco SIP Proxy Service Parameters: HTTP Port")]
    public void Triggers_are_ciscos_words(ConfigurationChange change, string trigger)
        => Assert.Equal(trigger, RestartRules.Get(change).Trigger);

    [Fact]
    public void Service_names_are_ciscos()
    {
        Assert.Equal("Cisco XCP Router", ImpServiceNames.XcpRouter);
        Assert.Equal("Cisco Server Recovery Manager", ImpServiceNames.ServerRecoveryManager);
        Assert.Equal(ImpServiceNames.ServerRecoveryManager, ServerRecoveryManagerParameters.ServiceName);
    }

    private static RestartTarget Targets(string text) => text.Length == 0
        ? RestartTarget.None
        : text.Split('|').Select(Enum.Parse<RestartTarget>).Aggregate(RestartTarget.None, (a, b) => a | b);
}
