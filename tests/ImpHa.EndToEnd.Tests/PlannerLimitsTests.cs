using System.Text.Json;
using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>
/// The limits as the tool prints them, against the document: Example 1 in full, where Cisco sets the limits, AXL names
/// only as the user gives them, the findings that touch the answer, and the notes the document makes.
/// </summary>
public class PlannerLimitsTests
{
    private static Task<string> RunAsync(params string[] arguments) => PlannerSampleTests.RunAsync(arguments);

    private static async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        using var json = JsonDocument.Parse(await RunAsync([.. arguments, "--format", "json"]));
        return json.RootElement.Clone();
    }

    /// <summary>
    /// Example 1: "2000 users on one node, and 1000 users on the second node … 120 253"; step 4's page; step 5's default
    /// of 90 s for the lower limit; the important notes (Debug Logging, single cluster, both nodes, rebalance).
    /// </summary>
    [Fact]
    public async Task Example_1_prints_the_page_the_labels_both_lower_limits_and_Cisco_notes()
    {
        var expected = """
            Profile: 15000 Users Full UC (4 vCPU, 8 GB), active/active
            Nodes: 2000 and 1000 active users -> 2000 (active/active reads the table with the node that has the most users), table row 2000

            Set on BOTH nodes: Cisco Unified CM IM and Presence Administration > System > Service Parameters, service "Cisco Server Recovery Manager":
              Client Re-Login Lower Limit = 120   (= Critical Service Down Delay, 120 s as Cisco's tables assume)
              Client Re-Login Upper Limit = 253   (the table's value, whatever the delay)
              Cisco also states a default Critical Service Down Delay of 90 s, and "the lower retry limit should be set to
              this value" (procedure step 5): if your cluster keeps 90 s, set the lower limit to 90; the upper limit stays 253.
              Give --critical-delay with your cluster's value to plan for it.

            AXL's updateServiceParameter takes each parameter's internal name, which Cisco does not publish; the labels the administration page shows are not AXL names. Find the names with AXL listServiceParameter (service "Cisco Server Recovery Manager") or in the processconfig table (run sql select paramname from processconfig), then give --axl-names lower=NAME,upper=NAME to print the requests.

            Cisco recommends a CPU clock of at least 2.5 GHz for maximum login throughput with this profile.

            Cisco: "If Debug Logging is enabled for the Cisco XCP Router service, then you should expect increased CPU usage and a decrease in the currently supported logging levels for IM and Presence Service."
            Cisco: "High Availability client login profiles apply only to single cluster deployments."
            Cisco: "The upper and lower client re-login limit values must be the same on each node in the presence redundancy group."
            Cisco: "If you rebalance your users, you must reconfigure the upper and lower client re-login limit values based on the High Availability login profile tables."

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), await RunAsync());
    }

    [Fact]
    public async Task Example_1_json_gives_labels_not_AXL_names_and_Cisco_default_lower_limit()
    {
        var root = await JsonAsync();
        Assert.Equal("impha-planner/2", root.GetProperty("format").GetString());
        Assert.Equal((120, 253, 90), (root.GetProperty("clientReLoginLowerLimit").GetInt32(), root.GetProperty("clientReLoginUpperLimit").GetInt32(), root.GetProperty("ciscoDefaultDelayLowerLimit").GetInt32()));
        Assert.Equal("Cisco Unified CM IM and Presence Administration > System > Service Parameters", root.GetProperty("administrationPage").GetString());
        var parameters = root.GetProperty("serviceParameters").EnumerateArray().ToList();
        Assert.Equal(["Client Re-Login Lower Limit", "Client Re-Login Upper Limit"], parameters.Select(p => p.GetProperty("label").GetString()));
        Assert.All(parameters, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("axlName").ValueKind));
        Assert.All(parameters, p => Assert.False(p.TryGetProperty("name", out _)));
        Assert.Contains("listServiceParameter", root.GetProperty("axlNames").GetString(), StringComparison.Ordinal);
        Assert.Empty(root.GetProperty("findings").EnumerateArray());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetProperty("source").GetString() == "cisco" && n.GetProperty("text").GetString()!.Contains("If Debug Logging is enabled for the Cisco XCP Router service", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AXL_requests_use_only_the_names_the_user_gives()
    {
        var text = await RunAsync("--axl-names", "lower=srmLower,upper=srmUpper");
        Assert.Contains("processNodeName=<node1> service=\"Cisco Server Recovery Manager\" name=\"srmUpper\" value=\"253\"", text, StringComparison.Ordinal);
        Assert.Contains("processNodeName=<node2> service=\"Cisco Server Recovery Manager\" name=\"srmLower\" value=\"120\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Client Re-Login", text, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Client Re-Login", await RunAsync(), StringComparison.Ordinal);

        var json = await JsonAsync("--axl-names", "upper=srmUpper,lower=srmLower");
        Assert.Equal(["srmLower", "srmUpper"], json.GetProperty("serviceParameters").EnumerateArray().Select(p => p.GetProperty("axlName").GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("axlNames").ValueKind);

        var wrong = await PlannerSampleTests.RunWithExitCodeAsync("--axl-names", "upper=srmUpper");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("write --axl-names lower=NAME,upper=NAME", wrong.Output, StringComparison.Ordinal);
    }

    /// <summary>Table 12 prints 1058 for 8000 users; its own line (120 + 8000 / 8) gives 1120 (data/README.md, IMPHA109).</summary>
    [Fact]
    public async Task A_row_off_its_tables_line_keeps_Cisco_value_and_says_what_the_line_gives()
    {
        string[] args = ["--profile", "25000", "--deployment", "active-standby", "--node-users", "7600,0"];
        var text = await RunAsync(args);
        Assert.Contains("Client Re-Login Upper Limit = 1058", text, StringComparison.Ordinal);
        Assert.Contains("25000 Users Full UC active/standby, 8000 active users: Cisco prints an upper limit of 1058, but the table's own line (lower limit + users / 8 users per second) gives 1120.", text, StringComparison.Ordinal);
        Assert.Contains("1120 is ImpHa's reading of the table, not a value Cisco prints", text, StringComparison.Ordinal);

        var json = await JsonAsync(args);
        Assert.Equal(1058, json.GetProperty("clientReLoginUpperLimit").GetInt32());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("IMPHA109", "impha", 8000, 1058, 1120), (finding.GetProperty("id").GetString(), finding.GetProperty("reading").GetString(), finding.GetProperty("tableActiveUsers").GetInt32(), finding.GetProperty("ciscoValue").GetInt32(), finding.GetProperty("lineValue").GetInt32()));
    }

    [Fact]
    public async Task A_row_that_repeats_the_line_value_of_the_row_before_says_so()
    {
        var text = await RunAsync("--profile", "25000", "--deployment", "active-standby", "--node-users", "8500,0");
        Assert.Contains("Cisco prints an upper limit of 1120, but the table's own line (lower limit + users / 8 users per second) gives 1245. 1120 is the line's value for the previous row", text, StringComparison.Ordinal);
    }

    /// <summary>Example 2: "You have 4700 users on each node … 5000 120 953", while Table 7 stops at 2500.</summary>
    [Fact]
    public async Task Example_2_input_is_refused_and_the_error_says_what_Cisco_prints_and_where_953_comes_from()
    {
        var result = await PlannerSampleTests.RunWithExitCodeAsync("--profile", "5000", "--node-users", "4700,4700");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("4700 active users exceed 5000 Users Full UC active/active (max 2500)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cisco's own Example 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("prints lower 120, upper 953", result.Output, StringComparison.Ordinal);
        Assert.Contains("953 is the upper limit of the 15000 Users active/standby row for 5000 users and of the 5000 Users active/standby row for 2500", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Inputs list: "the total number of users … for Active/Standby"; step 2: "If you have an active/standby deployment, use the node with the highest number of users".</summary>
    [Fact]
    public async Task Active_standby_notes_the_idle_standby_node_and_step_2_wording_and_500_users_show_the_MHz_reservation()
    {
        var text = await RunAsync("--profile", "500", "--deployment", "active-standby", "--node-users", "300,100");
        Assert.Contains("Profile: 500 Users Full UC (1 vCPU, 700 MHz CPU reservation, 2 GB), active/standby", text, StringComparison.Ordinal);
        Assert.Contains("ImpHa's reading: Active/standby: the standby node carries no users", text, StringComparison.Ordinal);
        Assert.Contains("\"If you have an active/standby deployment, use the node with the highest number of users.\" ImpHa follows the inputs list.", text, StringComparison.Ordinal);
        Assert.Contains("ImpHa reads the total, 400; step 2's wording (the node with the most users, 300) would give upper limit 453 (row 500).", text, StringComparison.Ordinal);

        var json = await JsonAsync("--profile", "1000", "--deployment", "active-standby", "--node-users", "600,0");
        Assert.Equal(1500, json.GetProperty("profile").GetProperty("cpuMegahertz").GetInt32());
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetProperty("source").GetString() == "impha" && n.GetProperty("text").GetString()!.StartsWith("Active/standby", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("90", null)]
    [InlineData("150", null)]
    [InlineData("60", null)]
    [InlineData("200", "A Critical Service Down Delay of 200 s is more than 30 s")]
    [InlineData("45", "A Critical Service Down Delay of 45 s is more than 30 s")]
    [InlineData("300", "The lower limit (300 s, your Critical Service Down Delay) is not below the table's upper limit (253 s)")]
    public async Task A_delay_far_from_Cisco_90_and_120_is_warned_about(string delay, string? warning)
    {
        var json = await JsonAsync("--critical-delay", delay);
        Assert.Equal(253, json.GetProperty("clientReLoginUpperLimit").GetInt32());
        var warnings = json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        if (warning is null)
        {
            Assert.Empty(warnings);
        }
        else
        {
            Assert.StartsWith(warning, Assert.Single(warnings), StringComparison.Ordinal);
            Assert.Contains("Warning: " + warning, await RunAsync("--critical-delay", delay), StringComparison.Ordinal);
        }
    }
}
