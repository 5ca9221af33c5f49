namespace ImpHa.Planner.Limits;

/// <summary>Cisco's rows of one login table, read back through the generated lookup.</summary>
internal static class TableRows
{
    /// <summary>Each row's active users and limits, smallest first: a look-up just above a row lands on the next one.</summary>
    public static IReadOnlyList<ReLoginLimits> Of(HardwareProfile profile, HaDeployment deployment, int delaySeconds)
    {
        var rows = new List<ReLoginLimits>();
        for (var users = 1; HaLoginProfiles.TryGetLimitsForDelay(profile, deployment, users, delaySeconds, out var limits); users = limits.TableActiveUsers + 1)
        {
            rows.Add(limits);
        }

        return rows;
    }

    /// <summary>The next larger hardware profile, for comparison; none above the largest.</summary>
    public static HardwareProfile? NextLarger(HardwareProfile profile)
    {
        var all = HardwareProfiles.All;
        var index = -1;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] == profile)
            {
                index = i;
            }
        }

        return index >= 0 && index + 1 < all.Count ? all[index + 1] : null;
    }
}
