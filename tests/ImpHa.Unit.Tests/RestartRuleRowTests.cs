using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>A restart rule row with a problem is reported once, for its first problem, where it is; a good row keeps what its cells say.</summary>
public class RestartRuleRowTests
{
    private const string Header = "id,setting,menu_path,trigger,restart,automatic,kind,alert,service,parameter,where,cause,same_change\n";

    private static TableResult<RestartRuleTable> Read(string rows)
        => RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, Header + rows));

    /// <summary>Each row has a second problem after its first, or a later row would be an "earlier row" with its id had the first been read on.</summary>
    [Theory]
    [InlineData(",Proxy,,Any edit,SipProxy,,required,,,,,,\n", "IMPHA104", 0, "'' is not a valid value for column 'id': this column must not be empty")]
    [InlineData("A,,,Any edit,SipProxy,,required,,,,,,\nA,Proxy,,Any edit,SipProxy,,required,,,,,,\n", "IMPHA104", 2, "'' is not a valid value for column 'setting'")]
    [InlineData("A,Proxy,,,SipProxy,,required,,,,,,\nA,Proxy,,Any edit,SipProxy,,required,,,,,,\n", "IMPHA104", 9, "'' is not a valid value for column 'trigger'")]
    [InlineData("A,Proxy,,Any edit,SipProxy,Teapot,required,,,,,,\n", "IMPHA104", 27, "'Teapot' is not a valid value for column 'automatic': expected XcpRouter, SipProxy, PresenceEngine, ChatServer, Node, System, separated by '|'")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,sometimes,,,,,,\n", "IMPHA104", 28, "'sometimes' is not a valid value for column 'kind': expected required, conditional or alert")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,,,,,whenever,\n", "IMPHA104", 41, "'whenever' is not a valid value for column 'cause': expected change, alert, runtime")]
    [InlineData("class,Proxy,,Any edit,,,required,,,,,,\n", "IMPHA106", 0, "'class' in column 'id' cannot become a C# member name: it is a C# keyword")]
    [InlineData("A,Proxy,,Any edit,,,alert,,,,,,\n", "IMPHA105", 18, "Rule 'A' restarts nothing; name a target in 'restart' or 'automatic'")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,alert,,Cisco SIP Proxy,,,,\n", "IMPHA105", 28, "Rule 'A': kind 'alert' and a value in the 'alert' column go together; set both or neither")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,Certificate expiry,,,,,\n", "IMPHA105", 28, "Rule 'A': kind 'alert' and a value in the 'alert' column go together")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,,Cisco SIP Proxy,,,,Nope\n", "IMPHA105", 0, "Rule 'A': 'service' and 'parameter' name a service parameter together; fill in both or neither")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,,,Timeout,,,\n", "IMPHA105", 0, "Rule 'A': 'service' and 'parameter' name a service parameter together")]
    public void A_row_is_reported_once_for_its_first_problem_at_its_cell(string rows, string id, int column, string message)
    {
        var result = Read(rows);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((id, 1, column), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cause_an_alert_row_is_caused_by_its_alert_and_any_other_row_by_a_configuration_change()
    {
        var rules = Read(
            "A,Proxy,,Any edit,SipProxy,,required,,,,,,\n"
            + "B,Certificates,,Certificate expiry,,XcpRouter,alert,Certificate expiring,,,,,\n"
            + "C,Database,,Database unreachable at startup,XcpRouter,,required,,,,,runtime,\n").Model!.Rules;

        Assert.Equal([RestartCause.ConfigurationChange, RestartCause.Alert, RestartCause.RuntimeCondition], rules.Select(r => r.Cause));
        Assert.Equal((RestartTargetKind.None, RestartTargetKind.XcpRouter), (rules[1].Restart, rules[1].Automatic));
    }

    [Fact]
    public void Same_change_lists_the_other_rows_in_file_order_whatever_order_the_cell_names_them()
    {
        var rules = Read(
            "A,Presence,,Maximum Watchers,XcpRouter,,required,,,,,,C|B\n"
            + "B,Migration,,Maximum Watchers (per user),XcpRouter,,required,,,,,,\n"
            + "C,Migration,,Watchers,XcpRouter,,required,,,,,,\n").Model!.Rules;

        Assert.Equal(["B", "C"], rules[0].SameChange);
    }

    [Fact]
    public void The_menu_path_is_optional_and_without_it_no_menu_path_finding_can_be_made()
    {
        var result = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/r.csv", "id,setting,trigger,restart,automatic,kind\nA,Proxy,Any edit,SipProxy,,required\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(string.Empty, Assert.Single(result.Model!.Rules).MenuPath);
    }

    [Fact]
    public void An_id_used_twice_is_reported_at_the_later_row()
    {
        var result = Read("A,Proxy,,Any edit,SipProxy,,required,,,,,,\nA,Router,,Any edit,XcpRouter,,required,,,,,,\n");

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA105", 2, 0, "The id 'A' is used by an earlier row; every rule needs its own id"), (error.Id, error.Location.Line, error.Location.Column, error.Message));
    }
}
