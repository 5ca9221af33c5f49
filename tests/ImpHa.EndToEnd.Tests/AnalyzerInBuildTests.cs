using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Scenarios 3 and 4: the analyzer in <c>dotnet build</c>, and its code fix through <c>dotnet format</c>.</summary>
public class AnalyzerInBuildTests
{
    [Fact]
    public async Task Wrong_limits_are_reported_at_their_file_line_and_column_and_correct_ones_are_not()
    {
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer("WrongLimits", ConsumerProjects.Project("net10.0", ConsumerProjects.Example1WithParameterNames), new Dictionary<string, string>
        {
            ["Automation.cs"] = ConsumerProjects.Automation,
        });

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        var reported = BuildDiagnostics.Parse(build.Output).Where(d => d.Id.StartsWith("IMPHA", StringComparison.Ordinal)).ToHashSet();
        var expected = new HashSet<BuildDiagnostics.Entry>
        {
            BuildDiagnostics.At("Automation.cs", ConsumerProjects.Automation, "IMPHA001"),
            BuildDiagnostics.At("Automation.cs", ConsumerProjects.Automation, "IMPHA002"),
            BuildDiagnostics.At("Automation.cs", ConsumerProjects.Automation, "IMPHA001-ID") with { Id = "IMPHA001" },
        };
        Assert.Equal(expected.OrderBy(e => e.Line), reported.OrderBy(e => e.Line));
    }

    [Fact]
    public async Task Dotnet_format_applies_the_IMPHA001_fix_and_the_next_build_is_clean()
    {
        const string source = """
            namespace Consumer
            {
                public static class Automation
                {
                    public static void Set(string node, string service, string name, string value) { }

                    public static void SetNumber(string node, string service, string name, int value) { }

                    public static void AsString() => Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "300");

                    public static void AsNumber() => SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 300);
                }
            }
            """;
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer("FormatFix", ConsumerProjects.Project("net10.0", ConsumerProjects.Example1Selection), new Dictionary<string, string>
        {
            ["Automation.cs"] = source,
        });
        var before = await consumer.BuildAsync();
        Assert.Equal(2, BuildDiagnostics.Parse(before.Output).Count(d => d.Id == "IMPHA001"));

        var format = await DotnetCli.RunAsync(consumer.Directory, "format", "analyzers", consumer.ProjectPath, "--diagnostics", "IMPHA001", "--severity", "warn", "--no-restore");
        Assert.True(format.ExitCode == 0, format.ToString());

        var fixedText = consumer.Read("Automation.cs");
        Assert.Contains("\"Client Re-Login Upper Limit\", \"253\");", fixedText);
        Assert.Contains("\"Client Re-Login Upper Limit\", ImpHa.SelectedHaProfile.UpperLimit);", fixedText);
        var after = await consumer.BuildAsync("-warnaserror");
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Empty(BuildDiagnostics.Parse(after.Output));
    }
}
