using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>The restart table's <c>where</c> roles and its <c>same_change</c> column, read by the components' reader.</summary>
public class RestartRuleReaderTests
{
    private const string Header = "id,setting,menu_path,trigger,restart,automatic,kind,where,same_change\n";

    private static TableResult<RestartRuleTable> Read(string rows) => RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, Header + rows));

    [Fact]
    public void Same_change_goes_both_ways_when_one_row_names_the_other()
    {
        var table = Read("A,Presence,,Maximum Watchers,XcpRouter|PresenceEngine,,required,,\nB,Migration,,Maximum Watchers (per user),XcpRouter,,required,,A\nC,Proxy,,Any edit,SipProxy,,required,,\n").Model!;
        Assert.Equal(["B"], table.Rules[0].SameChange);
        Assert.Equal(["A"], table.Rules[1].SameChange);
        Assert.Empty(table.Rules[2].SameChange);
    }

    [Theory]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,,Nope\n", "'Nope' is not a valid value for column 'same_change'")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,,A\n", "'A' is not a valid value for column 'same_change'")]
    [InlineData("A,Proxy,,Any edit,SipProxy,,required,publisher,\n", "expected cluster, node, subscriber or remaining")]
    public void Bad_same_change_and_where_cells_are_reported_where_they_are(string rows, string message)
    {
        var result = Read(rows);
        Assert.Null(result.Model);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("IMPHA104", diagnostic.Id);
        Assert.Contains(message, diagnostic.ToDiagnostic().GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.Line);
    }

    [Theory]
    [InlineData("subscriber", nameof(RestartWhere.Subscriber))]
    [InlineData("remaining", nameof(RestartWhere.RemainingNodes))]
    [InlineData("", nameof(RestartWhere.EveryNode))]
    public void Where_names_the_role_a_restart_is_for(string where, string expected)
        => Assert.Equal(expected, Read($"A,Troubleshooting,,Edit from the subscriber,Node,,required,{where},\n").Model!.Rules.Single().Where.ToString());

    [Fact]
    public void Every_pair_the_lint_finds_in_the_shipped_table_is_one_change_to_the_planner()
    {
        // The lint (IMPHA109) says a change matching two rows "restarts both"; the planner does so through same_change.
        var shipped = GeneratorHarness.DefaultTables().Single(t => t.Role == "RestartRules");
        var rules = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, shipped.Path, shipped.Text)).Model!.Rules;
        var pairs = TableLint.RestartPairs(rules).ToList();
        Assert.NotEmpty(pairs);
        foreach (var (first, second, _) in pairs)
        {
            Assert.True(first.SameChange.Contains(second.Id) && second.SameChange.Contains(first.Id), $"{first.Id} and {second.Id}: the lint pairs them; list them in each other's same_change");
        }
    }
}
