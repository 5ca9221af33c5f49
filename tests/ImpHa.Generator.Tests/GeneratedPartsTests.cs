using ImpHa.Analyzers.Generation;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>ImpHaGenerate: a project carries only the parts of the generated API it asks for.</summary>
public class GeneratedPartsTests
{
    private const string Constants = "ImpHa.HaLoginProfiles+Users15000ActiveActive";

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string? parts, string? loginTable = null)
    {
        var properties = new Dictionary<string, string>(SelectedProfileTests.Example1Selection);
        if (parts is not null)
        {
            properties["ImpHaGenerate"] = parts;
        }

        var tables = loginTable is null ? GeneratorHarness.DefaultTables() : GeneratorHarness.DefaultTables().With("LoginProfiles", loginTable);
        return GeneratorHarness.Run(tables, properties: properties);
    }

    private static string[] HintNames(GeneratorDriverRunResult result)
        => result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(null, new[] { "ImpHa.Attributes.g.cs", "ImpHa.HaLoginProfiles.g.cs", "ImpHa.HardwareProfiles.g.cs", "ImpHa.PackedText.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.SelectedHaProfile.g.cs", "ImpHa.Text.g.cs", "ImpHa.XmppStandards.g.cs" })]
    [InlineData("default", new[] { "ImpHa.Attributes.g.cs", "ImpHa.HaLoginProfiles.g.cs", "ImpHa.HardwareProfiles.g.cs", "ImpHa.PackedText.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.SelectedHaProfile.g.cs", "ImpHa.Text.g.cs", "ImpHa.XmppStandards.g.cs" })]
    [InlineData("default;planner", new[] { "ImpHa.Attributes.g.cs", "ImpHa.HaLoginProfiles.g.cs", "ImpHa.HardwareProfiles.g.cs", "ImpHa.PackedText.g.cs", "ImpHa.RestartPlanner.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.SelectedHaProfile.g.cs", "ImpHa.Text.g.cs", "ImpHa.XmppStandards.g.cs" })]
    [InlineData("login", new[] { "ImpHa.Attributes.g.cs", "ImpHa.HaLoginProfiles.g.cs", "ImpHa.HardwareProfiles.g.cs", "ImpHa.SelectedHaProfile.g.cs" })]
    [InlineData("hardware", new[] { "ImpHa.HardwareProfiles.g.cs" })]
    [InlineData("xmpp", new[] { "ImpHa.PackedText.g.cs", "ImpHa.XmppStandards.g.cs" })]
    [InlineData("Restarts; XMPP", new[] { "ImpHa.PackedText.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.Text.g.cs", "ImpHa.XmppStandards.g.cs" })]
    [InlineData("restarts", new[] { "ImpHa.PackedText.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.Text.g.cs" })]
    [InlineData("planner", new[] { "ImpHa.PackedText.g.cs", "ImpHa.RestartPlanner.g.cs", "ImpHa.RestartRules.g.cs", "ImpHa.Text.g.cs" })]
    [InlineData("none", new string[0])]
    public void Each_part_brings_its_sources_and_they_compile_without_warnings(string? parts, string[] expected)
    {
        var (result, output) = Run(parts);

        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.Equal(expected, HintNames(result));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("login")]
    public void The_per_cell_constants_are_left_out_unless_asked_for(string? parts)
    {
        var (_, output) = Run(parts);

        Assert.Null(output.GetTypeByMetadataName(Constants));
        Assert.NotNull(output.GetTypeByMetadataName("ImpHa.HaLoginProfiles"));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("login-constants")]
    public void Asking_for_the_constants_brings_every_printed_cell_back(string parts)
    {
        var (result, output) = Run(parts);

        Assert.Contains("ImpHa.HaLoginProfiles.g.cs", HintNames(result));
        var table = output.GetTypeByMetadataName(Constants);
        Assert.NotNull(table);
        var upper = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(table.GetMembers("UpperLimitFor2000Users")));
        Assert.Equal(253, upper.ConstantValue); // Example 1: "2000 120 253"
    }

    [Theory]
    [InlineData("login", false)]
    [InlineData("login;hardware", true)]
    [InlineData("hardware", true)]
    [InlineData(null, true)]
    public void The_hardware_facts_come_with_the_hardware_part_the_profile_enum_with_either(string? parts, bool facts)
    {
        var (_, output) = Run(parts);

        Assert.NotNull(output.GetTypeByMetadataName("ImpHa.HardwareProfile"));
        Assert.NotNull(output.GetTypeByMetadataName("ImpHa.HaDeployment"));
        var hardware = output.GetTypeByMetadataName("ImpHa.HardwareProfiles");
        Assert.Equal(facts, hardware is not null);
        Assert.Equal(facts, hardware?.GetMembers("GetVirtualCpus").Length == 1 && hardware.GetMembers("TryParse").Length == 1);
    }

    [Fact]
    public void The_default_leaves_the_per_node_planner_out_and_planner_or_all_brings_it_back()
    {
        Assert.Null(Run(null).Output.GetTypeByMetadataName("ImpHa.NodeRestartPlan"));
        foreach (var parts in new[] { "default;planner", "all" })
        {
            var planner = Run(parts).Output.GetTypeByMetadataName("ImpHa.RestartPlanner");
            Assert.NotNull(planner);
            Assert.NotEmpty(planner.GetMembers("PlanForNodes"));
        }
    }

    [Fact]
    public void The_restart_table_without_the_planner_has_the_overall_plan_and_no_per_node_plan()
    {
        var (_, output) = Run("restarts");

        var planner = output.GetTypeByMetadataName("ImpHa.RestartPlanner");
        Assert.NotNull(planner);
        Assert.NotEmpty(planner.GetMembers("Plan"));
        Assert.Empty(planner.GetMembers("PlanForNodes"));
        Assert.Null(output.GetTypeByMetadataName("ImpHa.RestartTrigger"));
        Assert.Null(output.GetTypeByMetadataName("ImpHa.NodeRestartPlan"));
    }

    [Fact]
    public void An_unknown_part_is_a_warning_naming_it_and_the_parts_listed_beside_it_are_generated()
    {
        var (result, _) = Run("logins, xmpp");

        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA110", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("'logins'", diagnostic.GetMessage());
        Assert.Equal(new[] { "ImpHa.PackedText.g.cs", "ImpHa.XmppStandards.g.cs" }, HintNames(result));
    }

    [Fact]
    public void A_malformed_table_is_reported_even_when_its_part_is_not_generated()
    {
        // The analyzer reads the table whatever the project generates from it.
        var (result, _) = Run("none", "profile,deployment,active_users,lower_limit,upper_limit\n500,active-active,many,120,187\n");

        Assert.Contains(result.Diagnostics, d => d.Id == "IMPHA104" && d.Location.GetLineSpan().Path == "/data/login-profiles.csv");
        Assert.Empty(HintNames(result));
    }

    [Theory]
    [InlineData("none", new[] { TrackingNames.HardwareTable })]
    [InlineData("login", new[] { TrackingNames.HardwareTable, TrackingNames.LoginTable })]
    [InlineData("xmpp", new[] { TrackingNames.HardwareTable, TrackingNames.XmppTable })]
    [InlineData("planner", new[] { TrackingNames.HardwareTable, TrackingNames.RestartTable })]
    [InlineData("hardware", new[] { TrackingNames.HardwareTable })]
    [InlineData("default", new[] { TrackingNames.HardwareTable, TrackingNames.LoginTable, TrackingNames.RestartTable, TrackingNames.XmppTable })]
    public void The_package_s_own_tables_are_read_only_for_the_parts_generated_from_them_the_small_hardware_table_always(string parts, string[] read)
    {
        var properties = new Dictionary<string, string> { ["ImpHaGenerate"] = parts };
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, parseOptions, "namespace Consumer { internal static class Empty { } }");
        var steps = GeneratorHarness.Driver(GeneratorHarness.DefaultTables(), parseOptions, properties, trackSteps: true)
            .RunGenerators(compilation).GetRunResult().Results.Single().TrackedSteps;

        string[] tables = [TrackingNames.HardwareTable, TrackingNames.LoginTable, TrackingNames.RestartTable, TrackingNames.XmppTable];
        var withModel = tables.Where(name => steps[name].SelectMany(step => step.Outputs).Any(output => HasModel(output.Value))).ToArray();
        Assert.Equal(read, withModel);
    }

    /// <summary>Whether a table step read a model: the login step's value holds the login table's result beside the hardware one.</summary>
    private static bool HasModel(object value)
    {
        var result = value.GetType().GetProperty("Login")?.GetValue(value) ?? value;
        return result.GetType().GetProperty("Model")!.GetValue(result) is not null;
    }
}
