namespace ImpHa.Planner.Limits;

/// <summary>The re-login limits for a request, with the second reading Cisco's text allows while no delay is given.</summary>
internal sealed record LimitsAnswer(PlannerRequest Request, int EffectiveActiveUsers, ReLoginLimits Limits, ReLoginLimits? CiscoDefaultReading, int? MinimumClockMegahertz)
{
    /// <summary>The Critical Service Down Delay's default as Cisco states it (the tables assume 120 s).</summary>
    public const int CiscoDefaultDelaySeconds = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds;

    public static bool TryCompute(PlannerRequest request, out LimitsAnswer answer, out string error)
    {
        answer = null!;
        var users = request.EffectiveActiveUsers;
        if (!HaLoginProfiles.TryGetLimits(request.Profile, request.Deployment, users, request.DelaySeconds, out var limits))
        {
            error = DescribeMisfit(request, users);
            return false;
        }

        ReLoginLimits? cisco = null;
        if (request.CriticalServiceDownDelaySeconds is null
            && HaLoginProfiles.TryGetLimits(request.Profile, request.Deployment, users, CiscoDefaultDelaySeconds, out var atDefault))
        {
            cisco = atDefault;
        }

        error = string.Empty;
        answer = new LimitsAnswer(request, users, limits, cisco, HardwareProfiles.GetMinimumRecommendedClockMegahertz(request.Profile, request.Deployment));
        return true;
    }

    private static string DescribeMisfit(PlannerRequest request, int users)
    {
        if (users < 1)
        {
            return "the presence redundancy group has no active users; give --node-users with at least one user, e.g. 2000,1000";
        }

        var max = HaLoginProfiles.MaxActiveUsers(request.Profile, request.Deployment);
        var fit = HaLoginProfiles.TryFindSmallestProfile(request.Deployment, users, out var larger)
            ? $"use --profile {(int)larger} (up to {HaLoginProfiles.MaxActiveUsers(larger, request.Deployment)})"
            : "no profile covers that many; spread the users over more presence redundancy groups";
        return $"{users} active users exceed {HardwareProfiles.GetName(request.Profile)} {Names.Deployment(request.Deployment)} (max {max}); {fit}";
    }
}
