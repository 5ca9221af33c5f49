using ImpHa.Core.Domain;

namespace ImpHa.Core.GeneratedApi;

/// <summary>
/// Names of the generated API that more than one component relies on: the emitters declare them, the
/// analyzer looks them up and the code fixes write references to them. Defined here only.
/// </summary>
public static class GeneratedNames
{
    public const string DefaultNamespace = "ImpHa";

    public const string HardwareProfile = "HardwareProfile";
    public const string HaDeployment = "HaDeployment";
    public const string HaLoginProfiles = "HaLoginProfiles";
    public const string SelectedHaProfile = "SelectedHaProfile";
    public const string UpperLimitAttribute = "ReLoginUpperLimitAttribute";
    public const string LowerLimitAttribute = "ReLoginLowerLimitAttribute";
    public const string RestartTarget = "RestartTarget";
    public const string RestartKind = "RestartKind";
    public const string RestartWhere = "RestartWhere";
    public const string RestartCause = "RestartCause";
    public const string RestartNecessity = "RestartNecessity";
    public const string ImpServiceNames = "ImpServiceNames";

    /// <summary>An attribute's name as usage writes it: <c>[ReLoginUpperLimit]</c>.</summary>
    public static string AttributeUsageName(string attribute) => attribute.Substring(0, attribute.Length - "Attribute".Length);

    /// <summary>The constants of <c>SelectedHaProfile</c> that hold the limits.</summary>
    public const string SelectedUpperLimit = "UpperLimit";
    public const string SelectedLowerLimit = "LowerLimit";

    /// <summary>The constants of <c>SelectedHaProfile</c> emitted when no delay is configured: the lower limit at Cisco's default delay of 90 s, and the obsolete upper limit (the same as <see cref="SelectedUpperLimit"/>).</summary>
    public const string CiscoDefaultDelayLowerLimit = "CiscoDefaultDelayLowerLimit";
    public const string CiscoDefaultDelayUpperLimit = "CiscoDefaultDelayUpperLimit";

    /// <summary>The <c>HaLoginProfiles</c> lookups whose constant arguments the analyzer checks (IMPHA004 in code).</summary>
    public static readonly string[] LookupMethods = [GetLimitsMethod, TryGetLimitsMethod, GetLimitsForDelayMethod, TryGetLimitsForDelayMethod, ForRedundancyGroupMethod];

    public const string GetLimitsMethod = "GetLimits";
    public const string TryGetLimitsMethod = "TryGetLimits";
    public const string ForRedundancyGroupMethod = "ForRedundancyGroup";

    /// <summary>The lookups for a cluster's own Critical Service Down Delay: the lower limit is the delay, the upper the table row's.</summary>
    public const string GetLimitsForDelayMethod = "GetLimitsForDelay";
    public const string TryGetLimitsForDelayMethod = "TryGetLimitsForDelay";

    /// <summary>Parameter names of the <c>HaLoginProfiles</c> lookups, which the analyzer reads by name (IMPHA004 in code).</summary>
    public const string ProfileParameter = "profile";
    public const string DeploymentParameter = "deployment";
    public const string ActiveUsersParameter = "activeUsers";
    public const string FirstNodeUsersParameter = "firstNodeUsers";
    public const string SecondNodeUsersParameter = "secondNodeUsers";

    public const string ProfileMemberPrefix = "Users";

    /// <summary>The <c>HardwareProfile</c> member of a capacity, e.g. <c>Users15000</c>.</summary>
    public static string ProfileMember(int capacity) => ProfileMemberPrefix + capacity.Text();

    /// <summary>The class of one login table's constants inside <c>HaLoginProfiles</c>, e.g. <c>Users15000ActiveActive</c>.</summary>
    public static string LoginTableClass(int capacity, HaDeploymentKind deployment) => ProfileMember(capacity) + deployment.MemberName();

    /// <summary>A row's constant, e.g. <c>UpperLimitFor2000Users</c>.</summary>
    public static string LimitConstant(LimitKind kind, int activeUsers) => kind + "LimitFor" + activeUsers.Text() + "Users";

    /// <summary>The name <c>Compilation.GetTypeByMetadataName</c> takes for a generated type, nested types after '+'.</summary>
    public static string MetadataName(string generatedNamespace, string type, string? nested = null)
        => generatedNamespace + "." + type + (nested is null ? string.Empty : "+" + nested);
}
