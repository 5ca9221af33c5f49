using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Scenarios 5 and 6: a project's own login-profile table, good and malformed.</summary>
public class TableReplacementTests
{
    private static string ShippedLoginTable => File.ReadAllText(Path.Combine(PackageFeed.RepositoryRoot, "data", "login-profiles.csv"));

    [Fact]
    public async Task A_replacement_login_table_gives_its_own_values()
    {
        // The shipped row "15000,active-active,2000,120,253,..." with the upper limit changed to 260.
        var shipped = ShippedLoginTable;
        var row = shipped.Split('\n').Single(l => l.StartsWith("15000,active-active,2000,", StringComparison.Ordinal));
        var replacement = shipped.Replace(row, row.Replace(",120,253,", ",120,260,"));
        Assert.NotEqual(shipped, replacement);

        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer(
            "OwnTable",
            ConsumerProjects.Project("net10.0", ConsumerProjects.Example1Selection + "<ImpHaLoginProfilesCsv>tables/login.csv</ImpHaLoginProfilesCsv>", sdkProperties: "<OutputType>Exe</OutputType>"),
            new Dictionary<string, string>
            {
                ["tables/login.csv"] = replacement,
                ["Program.cs"] = """
                    System.Console.WriteLine($"upper {ImpHa.HaLoginProfiles.GetLimits(ImpHa.HardwareProfile.Users15000, ImpHa.HaDeployment.ActiveActive, 2000).UpperLimit} selected {ImpHa.SelectedHaProfile.UpperLimit}");
                    """,
            });

        var build = await consumer.BuildAsync("-warnaserror");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = await DotnetCli.RunAsync(consumer.Directory, Path.Combine("bin", "Release", "net10.0", "OwnTable.dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("upper 260 selected 260", run.Output);
    }

    [Fact]
    public async Task A_malformed_replacement_table_fails_the_build_at_its_line_and_column_without_a_crash()
    {
        // Line 3 loses a field: the header names six columns.
        var lines = ShippedLoginTable.Split('\n');
        lines[2] = string.Join(',', lines[2].Split(',').Take(4));
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer(
            "BrokenTable",
            ConsumerProjects.Project("net10.0", "<ImpHaLoginProfilesCsv>broken-login.csv</ImpHaLoginProfilesCsv>"),
            new Dictionary<string, string>
            {
                ["broken-login.csv"] = string.Join('\n', lines),
                ["Uses.cs"] = "namespace Consumer { public static class Uses { public static int Max() => ImpHa.HaLoginProfiles.MaxActiveUsers(ImpHa.HardwareProfile.Users500, ImpHa.HaDeployment.ActiveActive); } }",
            });

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var errors = BuildDiagnostics.Parse(build.Output).Where(d => d.Severity == "error").ToList();
        Assert.Contains(errors, e => e.FileName == "broken-login.csv" && e.Line == 3 && e.Column >= 1 && e.Id.StartsWith("IMPHA1", StringComparison.Ordinal));
        Assert.DoesNotContain("CS8785", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
    }
}
