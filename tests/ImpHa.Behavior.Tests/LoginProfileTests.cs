using Xunit;

namespace ImpHa.Behavior.Tests;

public class LoginProfileTests
{
    public static TheoryData<int> TableIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < DataFiles.LoginTables().Count(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static List<DataFiles.LoginRow> Table(int index) => DataFiles.LoginTables().ElementAt(index).OrderBy(r => r.Users).ToList();

    [Fact]
    public void The_csv_holds_all_twelve_tables()
    {
        Assert.Equal(12, DataFiles.LoginTables().Count());
        Assert.Equal(128, DataFiles.LoginRows().Count);
    }

    [Theory]
    [MemberData(nameof(TableIndexes))]
    public void Every_row_is_returned_for_its_exact_user_count(int index)
    {
        foreach (var row in Table(index))
        {
            Assert.True(HaLoginProfiles.TryGetLimits(row.Profile, row.Deployment, row.Users, out var limits));
            Assert.Equal(new ReLoginLimits(row.Lower, row.Upper, row.Users), limits);
            Assert.Equal(limits, HaLoginProfiles.GetLimits(row.Profile, row.Deployment, row.Users));
        }
    }

    [Theory]
    [MemberData(nameof(TableIndexes))]
    public void Users_between_rows_round_up_to_the_next_row(int index)
    {
        var rows = Table(index);
        var previous = 0;
        foreach (var row in rows)
        {
            foreach (var users in new[] { previous + 1, (previous + row.Users) / 2, row.Users - 1 }.Where(u => u > previous && u < row.Users))
            {
                var limits = HaLoginProfiles.GetLimits(row.Profile, row.Deployment, users);
                Assert.Equal(row.Users, limits.TableActiveUsers);
                Assert.Equal(row.Upper, limits.UpperLimit);
            }

            previous = row.Users;
        }
    }

    [Theory]
    [MemberData(nameof(TableIndexes))]
    public void More_users_than_the_last_row_do_not_fit(int index)
    {
        var last = Table(index)[^1];
        Assert.Equal(last.Users, HaLoginProfiles.MaxActiveUsers(last.Profile, last.Deployment));
        Assert.False(HaLoginProfiles.TryGetLimits(last.Profile, last.Deployment, last.Users + 1, out var limits));
        Assert.Equal(default, limits);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits(last.Profile, last.Deployment, last.Users + 1));
        Assert.Equal("activeUsers", error.ParamName);
        Assert.Contains($"at most {last.Users} active users", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Fewer_than_one_user_is_rejected(int users)
    {
        foreach (var profile in HardwareProfiles.All)
        {
            Assert.False(HaLoginProfiles.TryGetLimits(profile, HaDeployment.ActiveStandby, users, out _));
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits(profile, HaDeployment.ActiveActive, users));
            Assert.Contains("at least 1", error.Message);
        }
    }

    [Fact]
    public void Over_capacity_message_names_the_smallest_profile_that_fits()
    {
        // These calls are over capacity on purpose; the analyzer's IMPHA004 on them shows it sees the same.
#pragma warning disable IMPHA004
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits(HardwareProfile.Users15000, HaDeployment.ActiveActive, 9000));
        Assert.Contains("at most 7500", error.Message);
        Assert.Contains("25000 Users Full UC", error.Message);
        Assert.Contains("HardwareProfile.Users25000", error.Message);

        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits(HardwareProfile.Users25000, HaDeployment.ActiveStandby, 25001));
        Assert.Contains("No hardware profile covers", tooMany.Message);
#pragma warning restore IMPHA004
    }

    [Theory]
    [InlineData(HaDeployment.ActiveActive, 1, HardwareProfile.Users500)]
    [InlineData(HaDeployment.ActiveActive, 251, HardwareProfile.Users1000)]
    [InlineData(HaDeployment.ActiveActive, 7501, HardwareProfile.Users25000)]
    [InlineData(HaDeployment.ActiveStandby, 501, HardwareProfile.Users1000)]
    [InlineData(HaDeployment.ActiveStandby, 15001, HardwareProfile.Users25000)]
    public void Smallest_profile_is_the_first_whose_table_covers_the_users(HaDeployment deployment, int users, HardwareProfile expected)
    {
        Assert.True(HaLoginProfiles.TryFindSmallestProfile(deployment, users, out var profile));
        Assert.Equal(expected, profile);
        Assert.True(HaLoginProfiles.MaxActiveUsers(profile, deployment) >= users);
        Assert.All(HardwareProfiles.All.Where(p => p < profile), p => Assert.True(HaLoginProfiles.MaxActiveUsers(p, deployment) < users));
    }

    [Fact]
    public void Smallest_profile_is_not_found_beyond_the_largest_table()
    {
        Assert.False(HaLoginProfiles.TryFindSmallestProfile(HaDeployment.ActiveActive, 12501, out _));
        Assert.False(HaLoginProfiles.TryFindSmallestProfile(HaDeployment.ActiveStandby, 0, out _));
    }

    [Fact]
    public void Example_1_active_active_uses_the_node_with_most_users()
    {
        var limits = HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000);
        Assert.Equal(new ReLoginLimits(120, 253, 2000), limits);
        Assert.Equal(limits, HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveActive, 1000, 2000));
    }

    [Fact]
    public void Active_standby_uses_the_groups_total()
    {
        Assert.Equal(3000, HaLoginProfiles.EffectiveActiveUsers(HaDeployment.ActiveStandby, 2000, 1000));
        var limits = HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveStandby, 2000, 1000);
        Assert.Equal(HaLoginProfiles.GetLimits(HardwareProfile.Users15000, HaDeployment.ActiveStandby, 3000), limits);
        Assert.Equal(3000, limits.TableActiveUsers);
    }

    [Fact]
    public void Redundancy_group_rejects_negative_counts_and_an_empty_group()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users5000, HaDeployment.ActiveActive, -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users5000, HaDeployment.ActiveStandby, 10, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users5000, HaDeployment.ActiveStandby, 0, 0));
        Assert.Equal(int.MaxValue, HaLoginProfiles.EffectiveActiveUsers(HaDeployment.ActiveStandby, int.MaxValue, int.MaxValue));
    }

    [Fact]
    public void Example_2_as_printed_lies_outside_table_7()
    {
        // Cisco's Example 2 reads 953 for 4700 users on a 5000-user active/active profile, but Table 7 stops at 2500.
#pragma warning disable IMPHA004 // over capacity on purpose
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits(HardwareProfile.Users5000, HaDeployment.ActiveActive, 4700));
#pragma warning restore IMPHA004
        Assert.Contains("at most 2500", error.Message);
        Assert.Equal(953, HaLoginProfiles.Users15000ActiveStandby.UpperLimitFor5000Users);
        Assert.Equal(new ReLoginLimits(120, 953, 5000), HaLoginProfiles.GetLimits(HardwareProfile.Users15000, HaDeployment.ActiveStandby, 4700));
    }

    [Fact]
    public void Table_delay_is_the_shared_lower_limit()
    {
        Assert.All(DataFiles.LoginRows(), r => Assert.Equal(HaLoginProfiles.TableCriticalServiceDownDelaySeconds, r.Lower));
    }

    [Theory]
    [InlineData(90)]
    [InlineData(120)]
    [InlineData(300)]
    public void A_delay_sets_the_lower_limit_and_the_upper_stays_the_rows(int delay)
    {
        // Step 5: "The lower retry limit should be set to this value"; step 3 reads the upper limit from the table.
        foreach (var row in DataFiles.LoginRows())
        {
            var limits = HaLoginProfiles.GetLimitsForDelay(row.Profile, row.Deployment, row.Users, delay);
            Assert.Equal(delay, limits.LowerLimit);
            Assert.Equal(row.Upper, limits.UpperLimit);
        }
    }

    [Fact]
    public void A_delay_below_one_second_is_rejected()
    {
        Assert.False(HaLoginProfiles.TryGetLimitsForDelay(HardwareProfile.Users500, HaDeployment.ActiveActive, 10, 0, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimitsForDelay(HardwareProfile.Users500, HaDeployment.ActiveActive, 10, 0));
    }

    [Fact]
    public void Constants_match_the_csv_and_work_as_switch_labels()
    {
        Assert.Equal(253, HaLoginProfiles.Users15000ActiveActive.UpperLimitFor2000Users);
        Assert.Equal(7500, HaLoginProfiles.Users15000ActiveActive.MaxActiveUsers);
        Assert.Equal("Table 9", Classify(253));
        Assert.Equal("other", Classify(254));

        static string Classify(int upper) => upper switch
        {
            HaLoginProfiles.Users15000ActiveActive.UpperLimitFor2000Users => "Table 9",
            _ => "other",
        };
    }

    [Fact]
    public void Undefined_enum_values_are_rejected_not_misread()
    {
        Assert.False(HaLoginProfiles.TryGetLimits((HardwareProfile)3000, HaDeployment.ActiveActive, 100, out _));
        Assert.False(HaLoginProfiles.TryGetLimits(HardwareProfile.Users500, (HaDeployment)7, 100, out _));
        Assert.Equal(0, HaLoginProfiles.MaxActiveUsers((HardwareProfile)3000, HaDeployment.ActiveActive));
        Assert.Throws<ArgumentOutOfRangeException>(() => HaLoginProfiles.GetLimits((HardwareProfile)3000, HaDeployment.ActiveActive, 100));
    }

    [Fact]
    public void Limits_are_equatable_values()
    {
        var a = new ReLoginLimits(120, 253, 2000);
        Assert.True(a == new ReLoginLimits(120, 253, 2000));
        Assert.True(a != new ReLoginLimits(120, 254, 2000));
        Assert.Equal(a.GetHashCode(), new ReLoginLimits(120, 253, 2000).GetHashCode());
        Assert.False(a.Equals((object)"x"));
        Assert.Equal("Lower 120 s, upper 253 s (row: 2000 active users)", a.ToString());
    }
}
