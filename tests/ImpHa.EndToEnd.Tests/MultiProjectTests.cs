using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Two projects that both reference ImpHa, one referencing the other.</summary>
public class MultiProjectTests
{
    [Fact]
    public async Task Internal_generated_types_keep_two_ImpHa_projects_apart_where_public_ones_collide()
    {
        var feed = await PackageFeed.GetAsync();
        feed.CreateConsumer("SharedLibrary", ConsumerProjects.Project("net10.0", "<ImpHaTypeVisibility>$(Visibility)</ImpHaTypeVisibility>"), new Dictionary<string, string>
        {
            ["Limits.cs"] = "namespace Shared { public static class Limits { public static int Upper() => ImpHa.HaLoginProfiles.GetLimits(ImpHa.HardwareProfile.Users2000, ImpHa.HaDeployment.ActiveActive, 500).UpperLimit; } }",
        });
        var app = feed.CreateConsumer(
            "App",
            ConsumerProjects.Project(
                "net10.0",
                "<ImpHaTypeVisibility>$(Visibility)</ImpHaTypeVisibility>",
                items: """<ProjectReference Include="../SharedLibrary/SharedLibrary.csproj" />""",
                sdkProperties: "<OutputType>Exe</OutputType>"),
            new Dictionary<string, string>
            {
                ["Program.cs"] = "System.Console.WriteLine(Shared.Limits.Upper() + ImpHa.HaLoginProfiles.GetLimits(ImpHa.HardwareProfile.Users2000, ImpHa.HaDeployment.ActiveActive, 500).LowerLimit);",
            });

        var collide = await app.BuildAsync("-warnaserror", "-p:Visibility=public");
        Assert.NotEqual(0, collide.ExitCode);
        Assert.Contains(BuildDiagnostics.Parse(collide.Output), d => d.Id == "CS0436");

        var apart = await app.BuildAsync("-warnaserror", "-p:Visibility=internal");
        Assert.True(apart.ExitCode == 0, apart.ToString());
    }
}
