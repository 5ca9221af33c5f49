using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>A library that declares its public API: ImpHa's generated types must not become part of it.</summary>
public class PublicApiTests
{
    private const string DeclaredApi = """
        #nullable enable
        Library.Sizing
        static Library.Sizing.UpperLimit() -> int
        """;

    [Fact]
    public async Task A_library_with_PublicApiAnalyzers_and_warnings_as_errors_builds_with_and_without_a_profile_until_it_asks_for_public_types()
    {
        var feed = await PackageFeed.GetAsync();
        var library = feed.CreateConsumer(
            "ApiLibrary",
            ConsumerProjects.Project(
                "net10.0",
                "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
                items: """
                    <PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" Version="3.3.4" PrivateAssets="all" />
                    <AdditionalFiles Include="PublicAPI.Shipped.txt" />
                    <AdditionalFiles Include="PublicAPI.Unshipped.txt" />
                    """),
            new Dictionary<string, string>
            {
                ["Sizing.cs"] = """
                    namespace Library
                    {
                        public static class Sizing
                        {
                            public static int UpperLimit() => ImpHa.HaLoginProfiles.GetLimits(ImpHa.HardwareProfile.Users15000, ImpHa.HaDeployment.ActiveActive, 2000).UpperLimit;
                        }
                    }
                    """,
                ["PublicAPI.Shipped.txt"] = "#nullable enable\n",
                ["PublicAPI.Unshipped.txt"] = DeclaredApi + "\n",
            });

        var withoutProfile = await library.BuildAsync();
        Assert.True(withoutProfile.ExitCode == 0, withoutProfile.ToString());

        var withProfile = await library.BuildAsync("-p:ImpHaProfile=15000", "-p:ImpHaDeployment=active-active", "-p:ImpHaActiveUsers=2000");
        Assert.True(withProfile.ExitCode == 0, withProfile.ToString());
        Assert.DoesNotContain(BuildDiagnostics.Parse(withProfile.Output), d => d.Id.StartsWith("RS", StringComparison.Ordinal));

        // The same library with the types public, as they were before: the analyzer sees API the library never declared.
        var asPublic = await library.BuildAsync("-p:ImpHaTypeVisibility=public");
        Assert.NotEqual(0, asPublic.ExitCode);
        Assert.Contains(BuildDiagnostics.Parse(asPublic.Output), d => d.Id == "RS0016");
    }
}
