using Xunit;

namespace ImpHa.Behavior.Tests;

/// <summary>SelectedHaProfile, generated from this project's ImpHaProfile/ImpHaDeployment/ImpHaActiveUsers (15000, active-active, 1800).</summary>
public class SelectedHaProfileTests
{
    [Fact]
    public void The_selection_reaches_the_generated_class()
    {
        Assert.Equal(HardwareProfile.Users15000, SelectedHaProfile.Profile);
        Assert.Equal(HaDeployment.ActiveActive, SelectedHaProfile.Deployment);
        Assert.Equal(1800, SelectedHaProfile.ActiveUsers);
    }

    [Fact]
    public void Limits_are_the_csv_row_rounded_up_from_the_active_users()
    {
        var row = DataFiles.LoginRows()
            .Where(r => r.Profile == SelectedHaProfile.Profile && r.Deployment == SelectedHaProfile.Deployment && r.Users >= SelectedHaProfile.ActiveUsers)
            .MinBy(r => r.Users)!;

        Assert.Equal(SelectedHaProfile.TableActiveUsers, row.Users);
        Assert.Equal(SelectedHaProfile.LowerLimit, row.Lower);
        Assert.Equal(SelectedHaProfile.UpperLimit, row.Upper);
        Assert.Equal(HaLoginProfiles.GetLimits(SelectedHaProfile.Profile, SelectedHaProfile.Deployment, SelectedHaProfile.ActiveUsers), SelectedHaProfile.Limits);
        Assert.Equal(SelectedHaProfile.MaxActiveUsers, DataFiles.LoginTables().Single(t => t.Key == (SelectedHaProfile.Profile, SelectedHaProfile.Deployment)).Max(r => r.Users));
    }

    [Fact]
    public void Without_a_configured_delay_the_lower_limit_may_be_Cisco_default_and_the_upper_stays_the_tables()
    {
        // Example 1's note: "The lower limit of 120 assumes the Critical Service Down Delay service parameter is set to 120".
        // Step 5: "The default value is 90 seconds. The lower retry limit should be set to this value." Step 3 takes the
        // upper limit from the table; nothing in the document changes it with the delay.
        Assert.Equal(120, SelectedHaProfile.CriticalServiceDownDelaySeconds);
        Assert.Equal(90, SelectedHaProfile.CiscoDefaultDelayLowerLimit);
        Assert.Equal(253, SelectedHaProfile.UpperLimit);
        Assert.Equal(new ReLoginLimits(90, 253, 2000), HaLoginProfiles.GetLimitsForDelay(SelectedHaProfile.Profile, SelectedHaProfile.Deployment, SelectedHaProfile.ActiveUsers, SelectedHaProfile.CiscoDefaultDelayLowerLimit));
    }

    [Fact]
    public void The_obsolete_members_keep_compiling_and_give_the_tables_upper_limit()
    {
#pragma warning disable CS0618 // the obsolete members are what this test is about
        Assert.Equal(SelectedHaProfile.UpperLimit, SelectedHaProfile.CiscoDefaultDelayUpperLimit);
        Assert.Equal(new ReLoginLimits(90, 253, 2000), HaLoginProfiles.GetLimits(SelectedHaProfile.Profile, SelectedHaProfile.Deployment, SelectedHaProfile.ActiveUsers, 90));
        Assert.True(HaLoginProfiles.TryGetLimits(SelectedHaProfile.Profile, SelectedHaProfile.Deployment, SelectedHaProfile.ActiveUsers, 90, out var limits));
#pragma warning restore CS0618
        Assert.Equal(new ReLoginLimits(90, 253, 2000), limits);
    }
}
