using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using Xunit;

namespace ImpHa.Unit.Tests;

public class ReLoginRulesTests
{
    private static LoginTableModel Table(int profile, HaDeploymentKind deployment) => ShippedTables.Login.Find(profile, deployment)!;

    [Theory]
    [InlineData("ActiveActive", 2000, 1000, 2000)]
    [InlineData("ActiveActive", 0, 0, 0)]
    [InlineData("ActiveStandby", 2000, 1000, 3000)]
    [InlineData("ActiveStandby", int.MaxValue, 5, int.MaxValue)]
    public void Effective_users_are_the_busiest_node_or_the_groups_total(string deployment, int first, int second, int expected)
        => Assert.Equal(expected, ReLoginRules.EffectiveActiveUsers(Enum.Parse<HaDeploymentKind>(deployment), first, second));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, int.MinValue)]
    public void Negative_node_counts_have_no_effective_users(int first, int second)
        => Assert.Null(ReLoginRules.EffectiveActiveUsers(HaDeploymentKind.ActiveStandby, first, second));

    [Theory]
    [InlineData(1, 100)]
    [InlineData(1501, 2000)]
    [InlineData(2000, 2000)]
    [InlineData(7500, 7500)]
    public void Users_round_up_to_the_next_row(int users, int row)
        => Assert.Equal(row, ReLoginRules.RowFor(Table(15000, HaDeploymentKind.ActiveActive), users)!.ActiveUsers);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(7501)]
    public void No_row_below_one_user_or_beyond_the_table(int users)
        => Assert.Null(ReLoginRules.RowFor(Table(15000, HaDeploymentKind.ActiveActive), users));

    /// <summary>Step 5: "The default value is 90 seconds. The lower retry limit should be set to this value"; Example 1's note: "the lower limit of 120 assumes the Critical Service Down Delay service parameter is set to 120".</summary>
    [Theory]
    [InlineData(null, new[] { 120, 90 })]
    [InlineData(90, new[] { 90 })]
    [InlineData(120, new[] { 120 })]
    [InlineData(300, new[] { 300 })]
    public void The_lower_limit_is_the_configured_delay_or_without_one_the_tables_or_Cisco_default(int? configured, int[] accepted)
        => Assert.Equal(accepted, ReLoginRules.AcceptedLowerLimits(configured, ShippedTables.Login.CriticalServiceDownDelaySeconds));

    [Theory]
    [InlineData("ActiveActive", 4700, 15000)]
    [InlineData("ActiveStandby", 3000, 5000)]
    [InlineData("ActiveStandby", 1, 500)]
    public void Smallest_profile_that_holds_the_users(string deployment, int users, int profile)
        => Assert.Equal(profile, ReLoginRules.SmallestTableFor(ShippedTables.Login, Enum.Parse<HaDeploymentKind>(deployment), users)!.Profile);

    [Fact]
    public void Over_capacity_text_names_the_maximum_and_the_smallest_profile_that_fits()
    {
        var message = ReLoginRules.ExceedsMessage(4700, Table(5000, HaDeploymentKind.ActiveActive), ShippedTables.Login, ShippedTables.Hardware, out var fits);

        Assert.Equal(15000, fits!.Profile);
        Assert.Equal("4700 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 7500 active users).", message);
    }

    [Fact]
    public void Over_capacity_text_says_when_no_profile_fits()
    {
        var message = ReLoginRules.ExceedsMessage(20000, Table(25000, HaDeploymentKind.ActiveActive), ShippedTables.Login, ShippedTables.Hardware, out var fits);

        Assert.Null(fits);
        Assert.EndsWith(ReLoginRules.NoneFits, message);
    }

    [Theory]
    [InlineData(100, 120, new[] { 100 })] // a configured delay: "the lower retry limit should be set to this value"
    [InlineData(null, 120, new[] { 120, 90 })] // none configured: the tables' 120 or Cisco's stated default
    [InlineData(null, 90, new[] { 90 })] // tables at the default: one value, not the same one twice
    public void The_lower_limits_accepted_follow_the_Critical_Service_Down_Delay(int? configured, int tableDelay, int[] expected)
        => Assert.Equal(expected, ReLoginRules.AcceptedLowerLimits(configured, tableDelay));
}
