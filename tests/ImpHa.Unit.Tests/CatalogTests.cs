using ImpHa.Core.Domain;
using Xunit;

namespace ImpHa.Unit.Tests;

public class CatalogTests
{
    [Fact]
    public void Every_restart_flag_has_exactly_one_catalog_entry()
    {
        var flags = Enum.GetValues<RestartTargetKind>().Where(k => k != RestartTargetKind.None);
        Assert.Equal(flags.OrderBy(k => k), RestartTargets.All.Select(t => t.Kind).OrderBy(k => k));
        Assert.All(RestartTargets.All, t => Assert.Equal(t.Scope == RestartScope.Service, t.Service is not null));
    }

    [Fact]
    public void Every_deployment_and_restart_kind_has_one_entry()
    {
        Assert.Equal(Enum.GetValues<HaDeploymentKind>(), HaDeployments.All.Select(d => d.Kind));
        Assert.Equal(Enum.GetValues<RestartKind>(), RestartKinds.All.Select(k => k.Kind));
    }

    [Theory]
    [InlineData("XcpRouter|SipProxy", 3)]
    [InlineData(" Node ", 16)]
    [InlineData("", 0)]
    [InlineData("XcpRouter|XcpRouter", 1)] // named twice, restarted once: not cancelled out
    public void Restart_targets_parse_by_member_name(string text, int expected)
    {
        Assert.True(RestartTargets.TryParse(text, out var targets, out _));
        Assert.Equal((RestartTargetKind)expected, targets);
    }

    [Theory]
    [InlineData("XcpRouter|xcprouter", "xcprouter")]
    [InlineData("None", "None")]
    [InlineData("16", "16")]
    public void Unknown_restart_targets_are_named(string text, string unknown)
    {
        Assert.False(RestartTargets.TryParse(text, out _, out var found));
        Assert.Equal(unknown, found);
    }

    [Fact]
    public void Commands_restart_each_service_in_catalog_order_and_every_node_alone()
    {
        Assert.Equal(["utils service restart Cisco XCP Router", "utils service restart Cisco SIP Proxy"], RestartTargets.Commands(RestartTargetKind.SipProxy | RestartTargetKind.XcpRouter));
        Assert.Equal(["utils system restart"], RestartTargets.Commands(RestartTargetKind.System | RestartTargetKind.SipProxy));
        Assert.Equal(["Cisco XCP Text Conference Manager"], RestartTargets.ServiceNames(RestartTargetKind.ChatServer));
    }

    [Theory]
    [InlineData("active-active", "ActiveActive")]
    [InlineData(" Active/Standby ", "ActiveStandby")]
    [InlineData("ACTIVE STANDBY", "ActiveStandby")]
    public void Deployments_parse_in_the_spellings_people_use(string text, string expected)
    {
        Assert.True(HaDeployments.TryParse(text, out var deployment));
        Assert.Equal(expected, deployment.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("active")]
    [InlineData("standby-active")]
    public void Other_deployment_text_is_rejected(string? text) => Assert.False(HaDeployments.TryParse(text, out _));

    [Fact]
    public void Restart_kinds_parse_their_csv_names_ignoring_case()
    {
        Assert.True(RestartKinds.TryParse("ALERT", out var kind));
        Assert.Equal(RestartKind.AlertRecommended, kind);
        Assert.False(RestartKinds.TryParse("recommended", out _));
        Assert.Equal("required, conditional or alert", RestartKinds.AllowedValues);
    }

    [Fact]
    public void A_service_summary_quotes_Cisco_name_and_adds_its_role_where_ImpHa_names_one()
    {
        Assert.Equal("\"Cisco XCP Router\".", ImpServices.XcpRouter.Summary);
        Assert.Equal("\"Cisco XCP Text Conference Manager\": the chat server.", ImpServices.XcpTextConferenceManager.Summary);
    }

    [Theory]
    [InlineData(" cisco xcp router ", "XcpRouter")]
    [InlineData("Cisco XCP Text Conference Manager", "XcpTextConferenceManager")]
    [InlineData("Cisco XCP", null)]
    public void A_service_is_found_by_Cisco_name_ignoring_case_and_blanks(string name, string? member)
        => Assert.Equal(member, ImpServices.Find(name)?.MemberName);

    [Fact]
    public void Each_limit_is_labelled_as_the_Service_Parameters_page_prints_it()
    {
        Assert.Equal("Client Re-Login Upper Limit", ServerRecoveryManagerParameters.Label(LimitKind.Upper));
        Assert.Equal("Client Re-Login Lower Limit", ServerRecoveryManagerParameters.Label(LimitKind.Lower));
    }

    [Theory]
    [InlineData(0, HaDeploymentKind.ActiveActive)]
    [InlineData(1, HaDeploymentKind.ActiveStandby)]
    [InlineData(2, null)]
    public void A_deployment_is_found_by_its_generated_value(int value, HaDeploymentKind? kind)
        => Assert.Equal(kind, HaDeployments.FromValue(value));
}
