using CsCheck;
using ImpHa.Core.Domain;
using ImpHa.Analyzers.Settings;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

public class HaSelectionTests
{
    private static HaSelection Read(Dictionary<string, string> properties, Dictionary<string, string>? editorConfig = null)
        => HaSelection.Read(
            new GeneratorHarness.Options(editorConfig ?? []),
            new GeneratorHarness.Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value)),
            ShippedTables.Hardware);

    [Fact]
    public void Msbuild_properties_select_a_profile()
    {
        var selection = Read(new() { ["ImpHaProfile"] = "Users15000", ["ImpHaDeployment"] = "active-active", ["ImpHaActiveUsers"] = " 2000 " });
        Assert.Equal(new HaSelection(15000, HaDeploymentKind.ActiveActive, 2000, null, null), selection);
        Assert.True(selection.IsSelected);
    }

    [Fact]
    public void Editorconfig_keys_override_the_properties_per_file()
    {
        var selection = Read(
            new() { ["ImpHaProfile"] = "15000", ["ImpHaDeployment"] = "ActiveActive" },
            new() { ["impha_profile"] = "5000", ["impha_deployment"] = "active/standby", ["impha_critical_service_down_delay"] = "90" });
        Assert.Equal(new HaSelection(5000, HaDeploymentKind.ActiveStandby, null, 90, null), selection);
    }

    [Fact]
    public void Nothing_set_is_no_selection_and_no_error()
    {
        var selection = Read([]);
        Assert.False(selection.IsSelected);
        Assert.Null(selection.Error);
    }

    [Theory]
    [InlineData("ImpHaProfile", "7000", "ImpHaProfile / impha_profile is '7000'; use one of 500, 1000, 2000, 5000, 15000, 25000 (or Users15000 style names)")]
    [InlineData("ImpHaDeployment", "cluster", "ImpHaDeployment / impha_deployment is 'cluster'; use " + HaDeployments.AllowedValues)]
    [InlineData("ImpHaActiveUsers", "-1", "ImpHaActiveUsers / impha_active_users is '-1'; give a whole number of 1 or more")]
    [InlineData("ImpHaCriticalServiceDownDelay", "0", "ImpHaCriticalServiceDownDelay / impha_critical_service_down_delay is '0'; give whole seconds of 1 or more, e.g. 120")]
    public void Invalid_values_say_which_setting_and_how_to_fix_it(string property, string value, string error)
    {
        var properties = new Dictionary<string, string> { ["ImpHaProfile"] = "15000", ["ImpHaDeployment"] = "active-active", [property] = value };
        Assert.Equal(error, Read(properties).Error);
    }

    [Fact]
    public void A_profile_without_a_deployment_is_an_error()
        => Assert.Equal("set both ImpHaProfile and ImpHaDeployment (or impha_profile and impha_deployment) to select a profile", Read(new() { ["ImpHaProfile"] = "15000" }).Error);

    [Fact]
    public void Expectation_follows_the_table_and_the_delay()
    {
        var example1 = ReLoginExpectation.Create(new HaSelection(15000, HaDeploymentKind.ActiveActive, 2000, null, null), ShippedTables.Login, ShippedTables.Hardware, out var tooMany)!;
        Assert.Null(tooMany);
        Assert.Equal((120, (int?)253, (int?)90), (example1.LowerLimit, example1.UpperLimit, example1.CiscoDefaultLowerLimit));
        Assert.Equal("15000 Users Full UC active/active, 2000 active users (table row 2000)", example1.Description);

        var delay90 = ReLoginExpectation.Create(new HaSelection(15000, HaDeploymentKind.ActiveActive, 1800, 90, null), ShippedTables.Login, ShippedTables.Hardware, out _)!;
        // Only the lower limit follows the delay (step 5); the upper is the row's (step 3).
        Assert.Equal((90, (int?)253, (int?)null), (delay90.LowerLimit, delay90.UpperLimit, delay90.CiscoDefaultLowerLimit));
    }

    [Fact]
    public void Expectation_without_users_allows_every_rows_upper_limit()
    {
        var expectation = ReLoginExpectation.Create(new HaSelection(15000, HaDeploymentKind.ActiveActive, null, null, null), ShippedTables.Login, ShippedTables.Hardware, out _)!;
        Assert.Null(expectation.UpperLimit);
        Assert.Contains(253, expectation.AllowedUpperLimits);
        Assert.Equal(253, expectation.NearestUpperLimit(250));
    }

    [Fact]
    public void Users_beyond_the_profile_give_the_over_capacity_text_instead()
    {
        var expectation = ReLoginExpectation.Create(new HaSelection(5000, HaDeploymentKind.ActiveActive, 4700, null, null), ShippedTables.Login, ShippedTables.Hardware, out var tooMany);
        Assert.Null(expectation);
        Assert.StartsWith("4700 active users exceed 5000 Users Full UC active/active", tooMany);
    }

    [Fact]
    public void SelectsTheSameAs_agrees_with_record_equality()
    {
        // Few values per member, so that equal pairs and pairs differing in one member both come up often.
        var number = Gen.Int[0, 3].Select(i => i == 3 ? null : (int?)(i * 500));
        var deployment = Gen.Int[0, 2].Select(i => i == 2 ? null : (HaDeploymentKind?)i);
        var error = Gen.Int[0, 2].Select(i => i switch { 0 => null, 1 => "x", _ => (string?)"X" });
        var selection = Gen.Select(number, deployment, number, number, error, (p, d, u, c, e) => new HaSelection(p, d, u, c, e));
        Gen.Select(selection, selection).Sample((a, b) => Assert.Equal(a.Equals(b), a.SelectsTheSameAs(b)), iter: 5000);
    }
}
