using Xunit;

namespace ImpHa.Behavior.Tests;

/// <summary>The lookups promise no allocation per call; counted with the runtime's per-thread allocation counter.</summary>
public class AllocationTests
{
    [Fact]
    public void Lookups_allocate_nothing()
    {
        RunLookups();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var checksum = RunLookups();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.NotEqual(0, checksum);
    }

    private static long RunLookups()
    {
        long checksum = 0;
        for (var users = 1; users <= 25000; users += 37)
        {
            var profiles = HardwareProfiles.All;
            for (var i = 0; i < profiles.Count; i++)
            {
                var profile = profiles[i];
                if (HaLoginProfiles.TryGetLimits(profile, HaDeployment.ActiveStandby, users, out var limits))
                {
                    checksum += limits.UpperLimit;
                }

                checksum += HaLoginProfiles.MaxActiveUsers(profile, HaDeployment.ActiveActive);
            }

            if (HaLoginProfiles.TryFindSmallestProfile(HaDeployment.ActiveActive, users, out var smallest))
            {
                checksum += (int)smallest;
            }
        }

        checksum += (long)RestartRules.ForAlert(" peidsqueryerror ");
        checksum += (long)RestartRules.ForServiceParameter("Cisco SIP Proxy", "http port");
        checksum += XmppStandards.IsSupported("xep-0045") ? 1 : 0;
        checksum += HardwareProfiles.TryParse("Users15000", out var parsed) ? (int)parsed : 0;
        return checksum;
    }
}
