using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Scenarios 5 and 6: a project's own login-profile table, good and malformed; IMPHA109 for supplied tables only.</summary>
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

    [Fact]
    public async Task The_package_tables_findings_stay_out_of_the_build_and_the_same_text_supplied_gets_them()
    {
        // IMPHA109 raised to a warning so that `dotnet build` prints it; the SDK picks up a .globalconfig beside the project.
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer(
            "LintScope",
            ConsumerProjects.Project("net10.0"),
            new Dictionary<string, string>
            {
                [".globalconfig"] = "is_global = true\ndotnet_diagnostic.IMPHA109.severity = warning\n",
                ["tables/login.csv"] = ShippedLoginTable,
                ["Empty.cs"] = "namespace Consumer { internal static class Empty { } }",
            });

        var shipped = await consumer.BuildAsync();
        Assert.True(shipped.ExitCode == 0, shipped.ToString());
        Assert.DoesNotContain("IMPHA109", shipped.Output, StringComparison.Ordinal);

        // The shipped login table's text, supplied by the project: Table 8's "100 120 154" (line 33), Table 12's caption
        // "16 users 80% CPU" (line 99) and its rows 8000-13000 that print the previous row's value (lines 112-117).
        var supplied = await consumer.BuildAsync("-p:ImpHaLoginProfilesCsv=tables/login.csv");
        Assert.True(supplied.ExitCode == 0, supplied.ToString());
        var found = BuildDiagnostics.Parse(supplied.Output).Where(d => d.Id == "IMPHA109").ToList();
        Assert.All(found, d => Assert.Equal("login.csv", d.FileName));
        Assert.Equal([33, 99, 112, 113, 114, 115, 116, 117], found.Select(d => d.Line).Order());

        // Opted in: the package's own tables report theirs too (data/README.md lists all 20; the two at restart-rules.csv(87,85) share a place).
        var optedIn = await consumer.BuildAsync("-p:ImpHaLintShippedTables=true");
        Assert.True(optedIn.ExitCode == 0, optedIn.ToString());
        var all = BuildDiagnostics.Parse(optedIn.Output).Where(d => d.Id == "IMPHA109").ToList();
        Assert.Equal(
            [("hardware-profiles.csv", 3), ("login-profiles.csv", 8), ("restart-rules.csv", 8)],
            all.GroupBy(d => d.FileName).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
    }
}
