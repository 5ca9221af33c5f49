using System.Runtime.CompilerServices;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>SelectedHaProfile: emitted from the project-wide selection, absent when nothing valid is selected.</summary>
public class SelectedProfileTests
{
    private const string HintName = "ImpHa.SelectedHaProfile.g.cs";

    /// <summary>The document's Example 1: 15000 users, active/active, 2000 active users on the busier node.</summary>
    public static readonly Dictionary<string, string> Example1Selection = new()
    {
        ["ImpHaProfile"] = "15000",
        ["ImpHaDeployment"] = "active-active",
        ["ImpHaActiveUsers"] = "2000",
    };

    [Fact]
    public void Example_1_selection_matches_the_golden_file()
    {
        var golden = Path.Combine(SourceDirectory(), "Snapshots", "Selected", HintName);
        var generated = Source(Example1Selection);
        if (Environment.GetEnvironmentVariable("IMPHA_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(golden, generated);
        }

        Assert.Equal(File.ReadAllText(golden), generated);
    }

    [Fact]
    public void Limits_come_from_the_rounded_up_row_and_the_delay_sets_only_the_lower_limit()
    {
        // 1800 users round up to the 2000 row (upper 253). Step 5: "The lower retry limit should be set to this value"
        // (the delay); nothing in the document moves the upper limit with it.
        var selection = new Dictionary<string, string>(Example1Selection) { ["ImpHaActiveUsers"] = "1800", ["ImpHaCriticalServiceDownDelay"] = "90" };
        var source = Source(selection);
        Assert.Contains("public const int TableActiveUsers = 2000;", source);
        Assert.Contains("public const int LowerLimit = 90;", source);
        Assert.Contains("public const int UpperLimit = 253;", source);
        Assert.Contains("public const int ActiveUsers = 1800;", source);
    }

    [Fact]
    public void Without_active_users_only_the_profile_facts_and_lower_limit_are_emitted()
    {
        var source = Source(new Dictionary<string, string> { ["ImpHaProfile"] = "Users5000", ["ImpHaDeployment"] = "ActiveStandby" });
        Assert.Contains("public const HardwareProfile Profile = HardwareProfile.Users5000;", source);
        Assert.Contains("public const HaDeployment Deployment = HaDeployment.ActiveStandby;", source);
        Assert.Contains("public const int LowerLimit = 120;", source);
        Assert.DoesNotContain("UpperLimit", source);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("15000", null, null)]
    [InlineData("16000", "ActiveActive", null)]
    [InlineData("15000", "sideways", null)]
    [InlineData("15000", "ActiveActive", "many")]
    [InlineData("15000", "ActiveActive", "9000")]
    public void Nothing_is_emitted_without_a_valid_selection(string? profile, string? deployment, string? users)
    {
        var properties = new Dictionary<string, string>();
        Add(properties, "ImpHaProfile", profile);
        Add(properties, "ImpHaDeployment", deployment);
        Add(properties, "ImpHaActiveUsers", users);
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: properties);

        Assert.DoesNotContain(result.Results[0].GeneratedSources, s => s.HintName == HintName);
        Assert.Contains(result.Results[0].GeneratedSources, s => s.HintName == "ImpHa.HaLoginProfiles.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_generated_class_compiles_and_agrees_with_the_lookup()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: new Dictionary<string, string>(Example1Selection) { ["ImpHaGenerate"] = "all" });
        var type = output.GetTypeByMetadataName("ImpHa.SelectedHaProfile")!;
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var upper = type.GetMembers("UpperLimit").OfType<IFieldSymbol>().Single();
        var rowConstant = output.GetTypeByMetadataName("ImpHa.HaLoginProfiles+Users15000ActiveActive")!.GetMembers("UpperLimitFor2000Users").OfType<IFieldSymbol>().Single();
        Assert.Equal(rowConstant.ConstantValue, upper.ConstantValue);
    }

    private static string Source(IDictionary<string, string> properties)
        => GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: properties).Result.Results[0].GeneratedSources
            .Single(s => s.HintName == HintName).SourceText.ToString();

    private static void Add(Dictionary<string, string> properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
