using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Core.Domain;
using ImpHa.Analyzers.Settings;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// Which reading of the Critical Service Down Delay a lower limit follows. Step 5: "The default value is 90 seconds. The
/// lower retry limit should be set to this value"; Example 1's note: "the lower limit of 120 assumes the Critical Service
/// Down Delay service parameter is set to 120".
/// </summary>
public class DelayReadingValueTests
{
    private static ReLoginExpectation Example1(int? configuredDelay)
        => ReLoginExpectation.Create(new HaSelection(15000, HaDeploymentKind.ActiveActive, 2000, configuredDelay, null), ShippedTables.Login, ShippedTables.Hardware, out _)!;

    [Theory]
    [InlineData(120, "Tables")]
    [InlineData(90, "CiscoDefault")]
    [InlineData(100, "None")]
    [InlineData(0, "None")]
    public void Without_a_configured_delay_the_tables_and_Cisco_default_are_both_readings(int lowerLimit, string reading)
        => Assert.Equal(Enum.Parse<DelayReading>(reading), DelayReadings.Of(Example1(null), lowerLimit));

    [Theory]
    [InlineData(300, "Configured")]
    [InlineData(120, "None")]
    [InlineData(90, "None")]
    public void With_a_configured_delay_only_it_is_a_reading(int lowerLimit, string reading)
        => Assert.Equal(Enum.Parse<DelayReading>(reading), DelayReadings.Of(Example1(300), lowerLimit));

    [Theory]
    [InlineData(90)]
    [InlineData(120)]
    public void A_configured_delay_equal_to_a_default_is_still_the_configured_reading(int delay)
        => Assert.Equal(DelayReading.Configured, DelayReadings.Of(Example1(delay), delay));
}
