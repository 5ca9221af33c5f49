namespace ImpHa.Planner.Limits;

/// <summary>What the administrator asked for; defaults to Cisco's Example 1.</summary>
internal sealed record PlannerRequest(
    HardwareProfile Profile,
    HaDeployment Deployment,
    int FirstNodeUsers,
    int SecondNodeUsers,
    int? CriticalServiceDownDelaySeconds)
{
    public static readonly PlannerRequest Example1 = new(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000, null);

    public int EffectiveActiveUsers => HaLoginProfiles.EffectiveActiveUsers(Deployment, FirstNodeUsers, SecondNodeUsers);

    /// <summary>The delay the limits are read with: the one given, else the tables' own.</summary>
    public int DelaySeconds => CriticalServiceDownDelaySeconds ?? HaLoginProfiles.TableCriticalServiceDownDelaySeconds;
}
