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
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b", "--change", "EditProxyConfiguration@imp1c" }, "node 'imp1c' of --change EditProxyConfiguration@imp1c is not in --nodes imp1a,imp1b (did you mean 'imp1a'?); add it to --nodes or name one of those")]
    [InlineData(new[] { "--nodes", "imp1a,imp1b", "--change", "EditProxyConfiguration@imp9" }, "node 'imp9' of --change EditProxyConfiguration@imp9 is not in --nodes imp1a,imp1b")]
    [InlineData(new[] { "restarts", "--change", "EditProxyConfiguration@imp1b" }, "names a node, but no --nodes were given; list the cluster's IM and Presence nodes, publisher first, e.g. --nodes imp1a,imp1b")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b", "--change", "ChangePublisherWhileSubscriberOffline@imp1a" }, "Cisco says \"Restart subscriber node\", but imp1a is the publisher (the first of --nodes); name the subscriber where the change was made: --change ChangePublisherWhileSubscriberOffline@imp1b")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b,imp1c", "--change", "ChangePublisherWhileSubscriberOffline" }, "Cisco says \"Restart subscriber node\"; name the subscriber where the change was made: --change ChangePublisherWhileSubscriberOffline@imp1b (or @imp1c)")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a", "--change", "ChangePublisherWhileSubscriberOffline" }, "--nodes names only the publisher imp1a")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b", "--change", "EditEthernetSettings" }, "the restart is for the node where the change was made; name it: --change EditEthernetSettings@imp1a (or @imp1b)")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b", "--alert", "PEIDSQueryError" }, "the restart is for the node that raised the alert; name it: --alert PEIDSQueryError@imp1a (or @imp1b)")]
    [InlineData(new[] { "restarts", "--nodes", "imp1a,imp1b,imp1c", "--change", "DeleteNodeFromTheCluster" }, "name the node being removed (it gets no restart; the nodes that remain do): --change DeleteNodeFromTheCluster@imp1a (or @imp1b, @imp1c)")]
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
    public async Task Json_restarts_put_restart_subscriber_node_on_the_subscriber()
    {
        // "Restart subscriber node": --nodes is publisher first, so imp1b.
        using var json = JsonDocument.Parse(await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "ChangePublisherWhileSubscriberOffline", "--format", "json"));
        var nodes = json.RootElement.GetProperty("restarts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["imp1a", "imp1b"], nodes.Select(n => n.GetProperty("node").GetString()));
        Assert.Empty(nodes[0].GetProperty("steps").EnumerateArray());
        var step = Assert.Single(nodes[1].GetProperty("steps").EnumerateArray());
        Assert.Equal("utils system restart", step.GetProperty("command").GetString());
        Assert.Equal("Restart subscriber node", step.GetProperty("ciscoWording").GetString());
        Assert.Equal(["ChangePublisherWhileSubscriberOffline"], step.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("ImpHa restarts the subscriber", Assert.Single(step.GetProperty("interpretations").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Empty(json.RootElement.GetProperty("restarts").GetProperty("sameChange").EnumerateArray());
    }

    [Fact]
    public async Task Json_restarts_say_where_the_document_contradicts_itself_and_restart_what_either_row_requires()
    {
        // Presence Gateway "After you upload MS Exchange certificates": "Cisco Presence engine"; "Upload Exchange Certificates": "Cisco SIP Proxy Cisco Presence Engine".
        using var json = JsonDocument.Parse(await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "UploadPresenceGatewayExchangeCertificates", "--format", "json"));
        var plan = json.RootElement.GetProperty("restarts");
        var same = Assert.Single(plan.GetProperty("sameChange").EnumerateArray());
        Assert.Equal("UploadPresenceGatewayExchangeCertificates", same.GetProperty("change").GetString());
        Assert.True(same.GetProperty("restartsDiffer").GetBoolean());
        Assert.Equal(["Cisco Presence engine", "Cisco SIP Proxy Cisco Presence Engine"], same.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("printedRestart").GetString()));
        Assert.Equal(["SipProxy", "PresenceEngine"], same.GetProperty("rows")[1].GetProperty("restart").EnumerateArray().Select(t => t.GetString()));
        foreach (var node in plan.GetProperty("nodes").EnumerateArray())
        {
            var steps = node.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(["utils service restart Cisco SIP Proxy", "utils service restart Cisco Presence Engine"], steps.Select(s => s.GetProperty("command").GetString()));
            var proxy = steps[0];
            Assert.Equal(["UploadPresenceGatewayExchangeCertificates"], proxy.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(["UploadExchangeCertificates"], proxy.GetProperty("sameChangeRows").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("Cisco SIP Proxy Cisco Presence Engine", proxy.GetProperty("ciscoWording").GetString());
        }
    }

    [Fact]
    public async Task Json_restarts_name_the_node_leaving_the_cluster_and_give_it_no_step()
    {
        using var json = JsonDocument.Parse(await RunAsync("restarts", "--nodes", "imp1a,imp1b", "--change", "DeleteNodeFromACluster@imp1b", "--format", "json"));
        var nodes = json.RootElement.GetProperty("restarts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["DeleteNodeFromACluster"], nodes[1].GetProperty("leavesClusterBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(nodes[1].GetProperty("steps").EnumerateArray());
        var router = Assert.Single(nodes[0].GetProperty("steps").EnumerateArray());
        Assert.Equal("utils service restart Cisco XCP Router", router.GetProperty("command").GetString());
        Assert.Empty(nodes[0].GetProperty("leavesClusterBy").EnumerateArray());
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
        Assert.Contains("0 errors, 0 warnings, 20 findings", shipped, StringComparison.Ordinal);
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

    [Fact]
    public async Task Lint_lists_every_contradiction_of_the_shipped_tables_at_its_cell_in_Cisco_words()
    {
        // The complete set, in file order; each with words of the document it rests on (data/README.md lists the same 20).
        (string File, int Line, int Column, string Words)[] expected =
        [
            ("hardware-profiles.csv", 5, 30, "\"a minimum of 2.6GHz CPU clock speed\" on a 5000 user system; the active/active section has none"),
            ("hardware-profiles.csv", 6, 32, "\"a minimum of 2.5GHz CPU clock speed\" on a 15000 user system, the one in the active/standby section \"a minimum of 2.6GHz"),
            ("hardware-profiles.csv", 7, 33, "\"a minimum of 2.8GHz CPU clock speed\" on a 25000 user system, the one in the active/standby section \"a minimum of 2.6GHz"),
            ("login-profiles.csv", 33, 29, "(Table 8), 100 active users: Cisco prints an upper limit of 154"),
            ("login-profiles.csv", 99, 37, "(Table 12): the caption's login rate is 16 users per second"),
            ("login-profiles.csv", 112, 31, "8000 active users: Cisco prints an upper limit of 1058"),
            ("login-profiles.csv", 113, 31, "9000 active users: Cisco prints an upper limit of 1120"),
            ("login-profiles.csv", 114, 32, "10000 active users: Cisco prints an upper limit of 1245"),
            ("login-profiles.csv", 115, 32, "11000 active users: Cisco prints an upper limit of 1370"),
            ("login-profiles.csv", 116, 32, "12000 active users: Cisco prints an upper limit of 1495"),
            ("login-profiles.csv", 117, 32, "13000 active users: Cisco prints an upper limit of 1620"),
            ("restart-rules.csv", 30, 64, "\"Application > Third-Party Clients > Third-Party LDAP Servers\", the page of LDAP Server"),
            ("restart-rules.csv", 59, 42, "\"Cisco SIP Proxy Cisco Presence Engine\" for rule 'UploadExchangeCertificates' (\"Upload Exchange Certificates\") but \"Cisco Presence engine\""),
            ("restart-rules.csv", 64, 45, "(\"Configuring TLS Peer Subjects\") repeats rule 'EditTlsPeerSubjectConfiguration' (TLS Peer Subject Configuration: \"Any edits on this page\")"),
            ("restart-rules.csv", 65, 52, "but \"You may need to restart the associated chat server\" for rule 'EditTlsContext' (TLS Context: \"Any edits on this page\")"),
            ("restart-rules.csv", 79, 104, "(\"Routing Communication Type service parameters\") repeats rule 'EditRoutingCommunicationType'"),
            ("restart-rules.csv", 86, 94, "\"Cisco Presence Engine Cisco XCP Router\" for rule 'EditAllowViewingAvailabilityWithoutApproval'"),
            ("restart-rules.csv", 87, 85, "\"Cisco Presence Engine Cisco XCP Router\" for rule 'EditMaximumContactListSize'"),
            ("restart-rules.csv", 87, 85, "\"Cisco Presence Engine Cisco XCP Router\" for rule 'EditMaximumWatchers'"),
            ("restart-rules.csv", 88, 42, "(\"Deleting or removing a node from a cluster\") repeats rule 'DeleteNodeFromTheCluster'"),
        ];

        var result = await PlannerSampleTests.RunWithExitCodeAsync("lint", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (File: Path.GetFileName(f.GetProperty("path").GetString()!), Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32(), Message: f.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(expected.Select(e => (e.File, e.Line, e.Column)), findings.Select(f => (f.File, f.Line, f.Column)));
        Assert.All(expected.Zip(findings), pair => Assert.Contains(pair.First.Words, pair.Second.Message, StringComparison.Ordinal));
    }
}
