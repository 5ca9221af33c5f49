using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Scenarios 1 and 2: the generated API in a modern app that runs, and in a .NET Framework 4.8 library at C# 7.3.</summary>
public class GeneratedApiTests
{
    [Fact]
    public async Task A_net10_console_app_uses_the_generated_api_and_runs()
    {
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer("ModernConsole", ConsumerProjects.Project("net10.0", ConsumerProjects.Example1Selection, sdkProperties: "<OutputType>Exe</OutputType>"), new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using System;
                using ImpHa;

                ReLoginLimits limits = HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000);
                RestartPlan plan = RestartPlanner.Plan(ConfigurationChange.EditProxyConfiguration);
                Console.WriteLine($"limits {limits.LowerLimit} {limits.UpperLimit}");
                Console.WriteLine($"selected {SelectedHaProfile.LowerLimit} {SelectedHaProfile.UpperLimit}");
                Console.WriteLine($"restart {string.Join(" | ", plan.Commands)}");
                Console.WriteLine($"xep45 {XmppStandards.IsSupported("XEP-0045")}");
                """,
        });

        var build = await consumer.BuildAsync("-warnaserror");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = await DotnetCli.RunAsync(consumer.Directory, Path.Combine("bin", "Release", "net10.0", "ModernConsole.dll"));

        Assert.True(run.ExitCode == 0, run.ToString());
        // Cisco's Example 1: 15000 Users Full UC, active/active, 2000 and 1000 users → 120 s and 253 s.
        Assert.Contains("limits 120 253", run.Output);
        Assert.Contains("selected 120 253", run.Output);
        Assert.Contains("restart utils service restart Cisco SIP Proxy", run.Output);
        Assert.Contains("xep45 True", run.Output);
        // DevelopmentDependency, no lib/: nothing of ImpHa is copied next to the app.
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer.Directory, "bin"), "ImpHa*.dll", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_net48_library_at_csharp_7_3_with_warnings_as_errors_compiles_and_does_not_pass_ImpHa_on()
    {
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer(
            "LegacyLibrary",
            ConsumerProjects.Project(
                "net48",
                ConsumerProjects.Example1Selection,
                items: """<PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />""",
                sdkProperties: "<LangVersion>7.3</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors><GenerateDocumentationFile>true</GenerateDocumentationFile>",
                referenceImpHa: false).Replace("<Nullable>enable</Nullable>", string.Empty),
            new Dictionary<string, string>
            {
                ["Sizing.cs"] = """
                    using ImpHa;

                    namespace Legacy
                    {
                        /// <summary>Uses the generated API from C# 7.3.</summary>
                        public static class Sizing
                        {
                            /// <summary>The upper limit for a group.</summary>
                            public static int Upper(int first, int second)
                            {
                                ReLoginLimits limits;
                                if (HaLoginProfiles.TryGetLimits(HardwareProfile.Users15000, HaDeployment.ActiveActive, System.Math.Max(first, second), out limits))
                                {
                                    return limits.UpperLimit;
                                }

                                return SelectedHaProfile.UpperLimit;
                            }

                            /// <summary>The restart commands for a change.</summary>
                            public static int Commands() => RestartPlanner.Plan(ConfigurationChange.EditProxyConfiguration).Commands.Count;
                        }
                    }
                    """,
            });

        // Added the way users add it: the package's developmentDependency flag makes the tool write PrivateAssets="all".
        var add = await DotnetCli.RunAsync(consumer.Directory, "add", consumer.ProjectPath, "package", "ImpHa", "--version", feed.Version);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", File.ReadAllText(consumer.ProjectPath));

        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostics.Parse(build.Output));

        var pack = await DotnetCli.RunAsync(consumer.Directory, "pack", consumer.ProjectPath, "-c", "Release", "--no-build", "-o", Path.Combine(consumer.Directory, "out"));
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var nuspec = NuGetPackage.ReadNuspec(Directory.GetFiles(Path.Combine(consumer.Directory, "out"), "*.nupkg").Single());
        Assert.DoesNotContain("id=\"ImpHa\"", nuspec);
    }
}
