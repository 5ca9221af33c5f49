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
    public void Without_a_configured_delay_Cisco_default_reading_is_there_too()
    {
        // The tables assume 120 s; Cisco's stated default delay is 90 s and procedure step 5 sets the lower limit to it.
        Assert.Equal(120, SelectedHaProfile.CriticalServiceDownDelaySeconds);
        Assert.Equal(90, SelectedHaProfile.CiscoDefaultDelayLowerLimit);
        Assert.Equal(SelectedHaProfile.CiscoDefaultDelayUpperLimit, HaLoginProfiles.GetLimits(SelectedHaProfile.Profile, SelectedHaProfile.Deployment, SelectedHaProfile.ActiveUsers, 90).UpperLimit);
        var tablesSpread = SelectedHaProfile.UpperLimit - SelectedHaProfile.LowerLimit;
        Assert.Equal(SelectedHaProfile.CiscoDefaultDelayUpperLimit - SelectedHaProfile.CiscoDefaultDelayLowerLimit, tablesSpread);
    }
}
