using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Behavior.Tests;

public class HardwareProfileTests
{
    [Fact]
    public void Every_csv_row_is_a_profile_with_its_facts()
    {
        var rows = DataFiles.Read(TableFileNames.HardwareProfiles);
        Assert.Equal(rows.Count, HardwareProfiles.All.Count);
        foreach (var row in rows)
        {
            var profile = (HardwareProfile)int.Parse(row["profile"]);
            Assert.True(HardwareProfiles.IsDefined(profile));
            Assert.Equal(row["name"], HardwareProfiles.GetName(profile));
            Assert.Equal(int.Parse(row["vcpu"]), HardwareProfiles.GetVirtualCpus(profile));
            Assert.Equal(int.Parse(row["memory_gb"]), HardwareProfiles.GetMemoryGigabytes(profile));
            Assert.Equal(Optional(row["cpu_mhz"]), HardwareProfiles.GetCpuMegahertz(profile));
            Assert.Equal(Optional(row["min_clock_mhz_active_active"]), HardwareProfiles.GetMinimumRecommendedClockMegahertz(profile, HaDeployment.ActiveActive));
            Assert.Equal(Optional(row["min_clock_mhz_active_standby"]), HardwareProfiles.GetMinimumRecommendedClockMegahertz(profile, HaDeployment.ActiveStandby));
        }
    }

    [Fact]
    public void Enum_values_are_capacities_in_ascending_order()
    {
        Assert.Equal([500, 1000, 2000, 5000, 15000, 25000], HardwareProfiles.All.Select(p => (int)p));
        Assert.Equal(15000, (int)HardwareProfile.Users15000);
    }

    [Theory]
    [InlineData("15000", HardwareProfile.Users15000)]
    [InlineData(" Users15000 ", HardwareProfile.Users15000)]
    [InlineData("users500", HardwareProfile.Users500)]
    public void TryParse_accepts_capacity_or_member_name(string text, HardwareProfile expected)
    {
        Assert.True(HardwareProfiles.TryParse(text, out var profile));
        Assert.Equal(expected, profile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3000")]
    [InlineData("15000 users")]
    [InlineData("015000")]
    [InlineData("+15000")]
    [InlineData("Users 15000")]
    [InlineData("Users")]
    [InlineData("UsersUsers500")]
    [InlineData("15000000000000")]
    [InlineData("\u0661\u0665\u0660\u0660\u0660")]
    [InlineData("1500 0")]
    public void TryParse_rejects_anything_else(string? text) => Assert.False(HardwareProfiles.TryParse(text, out _));

    [Fact]
    public void Undefined_profile_throws_from_fact_lookups()
        => Assert.Throws<ArgumentOutOfRangeException>(() => HardwareProfiles.GetVirtualCpus((HardwareProfile)1));

    private static int? Optional(string text) => text.Length == 0 ? null : int.Parse(text);
}
