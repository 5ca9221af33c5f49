namespace ImpHa.Planner.Limits;

/// <summary>
/// The re-login limits for a request: the lower limit is the Critical Service Down Delay (the given one, else the tables',
/// with Cisco's stated default beside it), the upper limit is always the table row's.
/// </summary>
internal sealed record LimitsAnswer(
    PlannerRequest Request,
    int EffectiveActiveUsers,
    ReLoginLimits Limits,
    int? CiscoDefaultLowerLimit,
    int? MinimumClockMegahertz,
    RowFinding? Finding,
    IReadOnlyList<LimitsNote> Notes,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The Critical Service Down Delay's default as Cisco states it (procedure step 5), not the one the tables assume.</summary>
    public const int CiscoDefaultDelaySeconds = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds;

    public static bool TryCompute(PlannerRequest request, out LimitsAnswer answer, out string error)
    {
        answer = null!;
        var users = request.EffectiveActiveUsers;
        if (!HaLoginProfiles.TryGetLimitsForDelay(request.Profile, request.Deployment, users, request.DelaySeconds, out var limits))
        {
            error = DescribeMisfit(request, users);
            return false;
        }

        int? ciscoDefault = request.CriticalServiceDownDelaySeconds is null && CiscoDefaultDelaySeconds != HaLoginProfiles.TableCriticalServiceDownDelaySeconds
            ? CiscoDefaultDelaySeconds
            : null;
        error = string.Empty;
        answer = new LimitsAnswer(
            request,
            users,
            limits,
            ciscoDefault,
            HardwareProfiles.GetMinimumRecommendedClockMegahertz(request.Profile, request.Deployment),
            RowFinding.For(request.Profile, request.Deployment, limits.TableActiveUsers),
            LimitsNotes.Notes(request, users),
            LimitsNotes.Warnings(request, limits));
        return true;
    }

    /// <summary>"5000 Users Full UC active/standby": the table as Cisco names it.</summary>
    public string TableName => $"{HardwareProfiles.GetName(Request.Profile)} {Names.Deployment(Request.Deployment)}";

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
        var example2 = LimitsNotes.Example2(request, users) is string quirk ? $". {quirk}" : string.Empty;
        return $"{users} active users exceed {HardwareProfiles.GetName(request.Profile)} {Names.Deployment(request.Deployment)} (max {max}); {fit}{example2}";
    }
}
