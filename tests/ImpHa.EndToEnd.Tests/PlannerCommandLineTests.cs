using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>The impha command line as pipelines use it: subcommands, JSON and CSV, the chart, the lint, and its errors.</summary>
public class PlannerCommandLineTests
{
    private static Task<string> RunAsync(params string[] arguments) => PlannerSampleTests.RunAsync(arguments);

    [Fact]
    public async Task Help_lists_the_commands_and_names_the_tool_as_typed_and_a_pipe_gets_no_colour()
    {
        var help = await RunAsync("--help");
        Assert.DoesNotContain('\u001b', await RunAsync());
        Assert.Contains("impha [command] [options]", help, StringComparison.Ordinal);
        foreach (var command in new[] { "limits", "restarts", "table", "lint", "--chart", "--format" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "--profil", "5000" }, "unknown option '--profil' (did you mean '--profile'?); see impha --help")]
    [InlineData(new[] { "tabel", "login" }, "unknown command or argument 'tabel' (did you mean 'table'?); see impha --help")]
    [InlineData(new[] { "--profile", "7000" }, "unknown profile '7000'; use one of 500, 1000, 2000, 5000, 15000, 25000")]
    [InlineData(new[] { "--change", "EditProxyConfig" }, "unknown configuration change 'EditProxyConfig' (did you mean 'EditProxyConfiguration'?)")]
    [InlineData(new[] { "--format", "csv" }, "unknown format 'csv'; use text or json")]
    [InlineData(new[] { "--node-users", "2000" }, "'2000' is not two user counts")]
    [InlineData(new[] { "--profile", "5000", "--node-users", "4700,0" }, "4700 active users exceed 5000 Users Full UC active/active (max 2500); use --profile 15000")]
    [InlineData(new[] { "restarts", "--alert", "PEIDSQueryErorr" }, "alert 'PEIDSQueryErorr' is not in Cisco's restart table (did you mean 'PEIDSQueryError'?)")]
    public async Task A_mistake_is_one_line_naming_the_fix_with_exit_code_2(string[] arguments, string expected)
    {
        var result = await PlannerSampleTests.RunWithExitCodeAsync(arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_limits_follow_the_documented_shape()
    {
        using var json = JsonDocument.Parse(await RunAsync("--format", "json", "--nodes", "imp1a,imp1b", "--change", "EditProxyConfiguration@imp1b"));
        var root = json.RootElement;
        Assert.Equal("impha-planner/2", root.GetProperty("format").GetString());
        Assert.Equal("limits", root.GetProperty("command").GetString());
        Assert.Equal("Users15000", root.GetProperty("profile").GetProperty("id").GetString());
        Assert.Equal("active-active", root.GetProperty("deployment").GetString());
        Assert.Equal(2000, root.GetProperty("effectiveActiveUsers").GetInt32());
        Assert.Equal(120, root.GetProperty("clientReLoginLowerLimit").GetInt32());
        Assert.Equal(253, root.GetProperty("clientReLoginUpperLimit").GetInt32());
        Assert.Equal("tables", root.GetProperty("delaySource").GetString());
        Assert.Equal(90, root.GetProperty("ciscoDefaultDelayLowerLimit").GetInt32());
        Assert.False(root.TryGetProperty("ciscoDefaultDelayReading", out _));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("profile").GetProperty("cpuMegahertz").ValueKind);
        var nodes = root.GetProperty("restarts").GetProperty("nodes");
        Assert.Equal(["imp1a", "imp1b"], nodes.EnumerateArray().Select(n => n.GetProperty("node").GetString()));
        // Cisco's SIP Proxy restart after a proxy edit is for every node, not only the one it was made on.
        foreach (var node in nodes.EnumerateArray())
        {
            var step = Assert.Single(node.GetProperty("steps").EnumerateArray());
            Assert.Equal("utils service restart Cisco SIP Proxy", step.GetProperty("command").GetString());
            Assert.Equal("required", step.GetProperty("necessity").GetString());
            Assert.Equal(["EditProxyConfiguration"], step.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        }
    }

    [Fact]
    public async Task Json_restarts_mark_automatic_steps_and_real_node_names()
    {
        using var json = JsonDocument.Parse(await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "EditEthernetSettings@imp1b", "--alert", "PEIDSQueryError@imp1b", "--format", "json"));
        var root = json.RootElement;
        Assert.Equal("restarts", root.GetProperty("command").GetString());
        var plan = root.GetProperty("restarts");
        Assert.False(plan.GetProperty("placeholderNodes").GetBoolean());
        var imp1b = plan.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node").GetString() == "imp1b").GetProperty("steps").EnumerateArray().ToList();
        var automatic = Assert.Single(imp1b, s => s.GetProperty("automatic").GetBoolean());
        Assert.Equal("automatic", automatic.GetProperty("necessity").GetString());
        Assert.Equal("Causes immediate system restart", automatic.GetProperty("ciscoWording").GetString());
        Assert.NotEmpty(automatic.GetProperty("interpretations").EnumerateArray());
        Assert.Contains(imp1b, s => s.GetProperty("necessity").GetString() == "recommended");
        var imp1a = plan.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("node").GetString() == "imp1a");
        Assert.Empty(imp1a.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Json_with_a_given_delay_has_that_lower_limit_and_the_tables_upper_limit()
    {
        using var json = JsonDocument.Parse(await RunAsync("limits", "--critical-delay", "90", "--format", "json"));
        Assert.Equal("given", json.RootElement.GetProperty("delaySource").GetString());
        Assert.Equal(90, json.RootElement.GetProperty("clientReLoginLowerLimit").GetInt32());
        Assert.Equal(253, json.RootElement.GetProperty("clientReLoginUpperLimit").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ciscoDefaultDelayLowerLimit").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("restarts").ValueKind);
    }

    [Fact]
    public async Task The_login_table_as_csv_has_every_row_of_the_data_file()
    {
        var csv = (await RunAsync("table", "login", "--format", "csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var dataRows = File.ReadAllLines(Path.Combine(PackageFeed.RepositoryRoot, "data", "login-profiles.csv")).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.Equal("profile,deployment,activeUsers,lowerLimit,upperLimit", csv[0].TrimEnd('\r'));
        Assert.Equal(dataRows, csv.Length - 1);
        Assert.Contains("15000,active-active,2000,120,253", csv.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task The_restart_table_as_json_quotes_cisco_text_verbatim()
    {
        using var json = JsonDocument.Parse(await RunAsync("table", "restarts", "--format", "json"));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var ethernet = rows.Single(r => r.GetProperty("change").GetString() == "EditEthernetSettings");
        Assert.Equal("Causes immediate system restart", ethernet.GetProperty("printedRestart").GetString());
        Assert.Equal("edited-node", ethernet.GetProperty("where").GetString());
    }

    [Fact]
    public async Task The_chart_is_svg_with_the_cluster_marked_and_the_same_bytes_each_time()
    {
        var directory = Directory.CreateTempSubdirectory("impha-chart-").FullName;
        try
        {
            var first = Path.Combine(directory, "a.svg");
            var second = Path.Combine(directory, "b.svg");
            await RunAsync("--profile", "5000", "--deployment", "active-standby", "--node-users", "1700,0", "--chart", first);
            await RunAsync("--profile", "5000", "--deployment", "active-standby", "--node-users", "1700,0", "--chart", second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            var svg = XDocument.Load(first);
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
            Assert.Contains("your cluster: 1700 users -> 787 s", texts);
            Assert.Contains("15000 Users Full UC (next larger profile)", texts);
            Assert.Contains(texts, t => t.StartsWith("5000 Users Full UC, active/standby", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Lint_reports_cisco_inconsistencies_as_findings_and_a_broken_table_as_an_error()
    {
        var shipped = await RunAsync("lint");
        Assert.Contains("0 errors, 0 warnings, 13 findings", shipped, StringComparison.Ordinal);
        Assert.Contains("info IMPHA109", shipped, StringComparison.Ordinal);

        var directory = Directory.CreateTempSubdirectory("impha-lint-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(PackageFeed.RepositoryRoot, "data"), "*.csv"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            var login = Path.Combine(directory, "login-profiles.csv");
            File.WriteAllText(login, File.ReadAllText(login).Replace(",253,", ",abc,", StringComparison.Ordinal));
            var result = await PlannerSampleTests.RunWithExitCodeAsync("lint", "--data", directory, "--format", "json");
            Assert.Equal(1, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            var error = json.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("severity").GetString() == "error");
            Assert.Equal("IMPHA104", error.GetProperty("id").GetString());
            Assert.EndsWith("login-profiles.csv", error.GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.True(error.GetProperty("line").GetInt32() > 1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
