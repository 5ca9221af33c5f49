using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>IMPHA109: where Cisco's own tables disagree with themselves, found on the shipped data and on tables users write.</summary>
public class TableLintTests
{
    private static List<(string File, int Line, string Message)> Findings(System.Collections.Immutable.ImmutableArray<GeneratorHarness.TableText> tables)
        => GeneratorHarness.Run(tables).Result.Diagnostics
            .Where(d => d.Id == DiagnosticFilters.LintId)
            .Select(d => (Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2)
            .ToList();

    private static string OffLine(string table, int users, int printed, int rate, int line)
        => $"{table}, {users} active users: Cisco prints an upper limit of {printed}, but the table's own line (lower limit + users / {rate} users per second) gives {line}; ImpHa keeps Cisco's value";

    [Fact]
    public void The_shipped_tables_yield_exactly_the_contradictions_in_Cisco_document()
    {
        const string table8 = "5000 Users Full UC active/standby (Table 8)";
        const string table12 = "25000 Users Full UC active/standby (Table 12)";
        (string, int, string)[] expected =
        [
            ("login-profiles.csv", 33, OffLine(table8, 100, 154, 3, 153)),
            ("login-profiles.csv", 99, $"{table12}: the caption's login rate is 16 users per second, but the values imply 8 (upper - lower = users / 8); ImpHa uses the values"),
            ("login-profiles.csv", 112, OffLine(table12, 8000, 1058, 8, 1120)),
            ("login-profiles.csv", 113, OffLine(table12, 9000, 1120, 8, 1245)),
            ("login-profiles.csv", 114, OffLine(table12, 10000, 1245, 8, 1370)),
            ("login-profiles.csv", 115, OffLine(table12, 11000, 1370, 8, 1495)),
            ("login-profiles.csv", 116, OffLine(table12, 12000, 1495, 8, 1620)),
            ("login-profiles.csv", 117, OffLine(table12, 13000, 1620, 8, 1745)),
            ("restart-rules.csv", 79, "Rule 'EditRoutingCommunicationTypeParameters' repeats rule 'EditRoutingCommunicationType' (same setting, trigger and restart); ImpHa keeps both rows as printed"),
            ("restart-rules.csv", 86, "Rule 'MigrationEditAllowViewingAvailabilityWithoutApproval' restarts XcpRouter where rule 'EditAllowViewingAvailabilityWithoutApproval', about the same change (\"Allow users to view the availability of other users without being prompted for approval\"), restarts XcpRouter and PresenceEngine; ImpHa keeps both, so a change matching both restarts both"),
            ("restart-rules.csv", 87, "Rule 'MigrationEditMaximumContactListsAndWatchers' restarts XcpRouter where rule 'EditMaximumContactListSize', about the same change (\"Maximum Contact List Size (per user)\"), restarts XcpRouter and PresenceEngine; ImpHa keeps both, so a change matching both restarts both"),
            ("restart-rules.csv", 87, "Rule 'MigrationEditMaximumContactListsAndWatchers' restarts XcpRouter where rule 'EditMaximumWatchers', about the same change (\"Maximum Watchers\"), restarts XcpRouter and PresenceEngine; ImpHa keeps both, so a change matching both restarts both"),
            ("restart-rules.csv", 88, "Rule 'DeleteNodeFromACluster' repeats rule 'DeleteNodeFromTheCluster' (same setting, trigger and restart); ImpHa keeps both rows as printed"),
        ];
        Assert.Equal(expected, Findings(GeneratorHarness.DefaultTables()));
    }

    [Fact]
    public void Findings_are_info_and_the_tables_still_generate()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables());
        Assert.All(result.Results[0].Diagnostics.Where(d => d.Id == DiagnosticFilters.LintId), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("ImpHa.HaLoginProfiles.g.cs", StringComparison.Ordinal));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("ImpHa.RestartRules.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_table_off_its_own_line_is_found_where_it_is()
    {
        const string login = """
            profile,deployment,active_users,lower_limit,upper_limit,caption_rate
            500,active-active,100,120,170,5
            500,active-active,200,120,160,5
            500,active-active,250,120,170,5
            """;
        var findings = Findings(GeneratorHarness.DefaultTables().With("LoginProfiles", login));
        var ours = findings.Where(f => f.File == "login-profiles.csv").ToList();
        Assert.Equal([(2, OffLine("500 Users Full UC active/active", 100, 170, 5, 140))], ours.Select(f => (f.Line, f.Message)));
    }
}
