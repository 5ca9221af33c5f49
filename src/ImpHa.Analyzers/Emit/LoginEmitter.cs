using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits <c>ReLoginLimits</c>, <c>ServerRecoveryManagerParameters</c> and <c>HaLoginProfiles</c>.</summary>
internal static class LoginEmitter
{
    public const string HintName = "ImpHa.HaLoginProfiles.g.cs";

    public static string Emit(LoginProfileTable login, HardwareProfileTable hardware, EmitOptions options)
    {
        var w = new SourceWriter(options);
        ReLoginLimitsEmitter.Emit(w);
        w.Line();
        EmitParameterNames(w);
        w.Line();
        w.TypeHeader("Cisco's High Availability login profiles: the Client Re-Login Lower and Upper Limits of the Cisco Server Recovery Manager service, per hardware profile, deployment type and number of active users. Configure the same values on both nodes of the presence redundancy group, and look them up again after you rebalance users. The tables apply to single-cluster deployments only.");
        w.Line($"{w.Options.TypeVisibility} static class HaLoginProfiles").Open();
        w.Summary("The Critical Service Down Delay (seconds) that Cisco's tables assume: every printed lower limit equals it. Cisco's stated default for the parameter is 90 s; use the overloads that take a delay when your cluster's differs.");
        w.Line($"public const int TableCriticalServiceDownDelaySeconds = {N(login.CriticalServiceDownDelaySeconds)};");
        foreach (var table in login.Tables)
        {
            w.Line();
            EmitConstants(w, table, hardware);
        }

        EmitTryGetLimits(w, login, hardware);
        EmitGetLimits(w);
        EmitDelayOverloads(w);
        EmitRedundancyGroup(w);
        EmitMaxActiveUsers(w, login, hardware);
        EmitSmallestProfile(w, hardware);
        EmitOutOfRange(w);
        foreach (var table in login.Tables)
        {
            EmitRowLookup(w, table);
        }

        w.Close();
        return w.Finish();
    }

    private static void EmitParameterNames(SourceWriter w)
    {
        w.TypeHeader("Names of the Cisco Server Recovery Manager service parameters that the High Availability login profiles set, as the administration pages label them.");
        w.Line($"{w.Options.TypeVisibility} static class ServerRecoveryManagerParameters").Open();
        w.Summary("The service's name, as AXL's <c>service</c> element takes it.");
        w.Line("public const string ServiceName = \"Cisco Server Recovery Manager\";");
        w.Line();
        w.Summary("\"Client Re-Login Lower Limit\": set it to the Critical Service Down Delay.");
        w.Line("public const string ClientReLoginLowerLimit = \"Client Re-Login Lower Limit\";");
        w.Line();
        w.Summary("\"Client Re-Login Upper Limit\": roughly the seconds all clients need to log in to their backup node after a failover.");
        w.Line("public const string ClientReLoginUpperLimit = \"Client Re-Login Upper Limit\";");
        w.Line();
        w.Summary("\"Critical Service Down Delay\": cluster-wide; the lower limit must equal it.");
        w.Line("public const string CriticalServiceDownDelay = \"Critical Service Down Delay\";");
        w.Close();
    }

    private static void EmitConstants(SourceWriter w, LoginTableModel table, HardwareProfileTable hardware)
    {
        var name = ProfileName(table, hardware);
        var source = table.TableNumber is int number ? $"Table {N(number)}: " : string.Empty;
        w.TypeHeader(SourceWriter.Xml($"{source}{name}, {table.Deployment.DocumentName()}. Constants for every cell, e.g. for attributes and switch labels."));
        w.Line($"public static class {table.MemberName}").Open();
        w.Summary("The largest number of active users this table covers (its last row).");
        w.Line($"public const int MaxActiveUsers = {N(table.MaxActiveUsers)};");
        foreach (var row in table.Rows)
        {
            w.Line();
            w.Summary($"Client Re-Login Lower Limit (seconds) for up to {N(row.ActiveUsers)} active users.");
            w.Line($"public const int LowerLimitFor{N(row.ActiveUsers)}Users = {N(row.LowerLimit)};");
            w.Line();
            w.Summary($"Client Re-Login Upper Limit (seconds) for up to {N(row.ActiveUsers)} active users.");
            w.Line($"public const int UpperLimitFor{N(row.ActiveUsers)}Users = {N(row.UpperLimit)};");
        }

        w.Close();
    }

    private static void EmitTryGetLimits(SourceWriter w, LoginProfileTable login, HardwareProfileTable hardware)
    {
        w.Line();
        w.Summary("Looks up the limits for <paramref name=\"activeUsers\"/>, rounded up to the next row of the profile's table. Does not allocate.");
        w.Line("/// <param name=\"profile\">The hardware profile of the nodes.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"activeUsers\">Active users: the busiest node's for active/active, the group's total for active/standby (see <see cref=\"ForRedundancyGroup\"/>).</param>");
        w.Line("/// <param name=\"limits\">The limits, when the method returns true.</param>");
        w.Line("/// <returns>False for fewer than 1 user, more users than the table's last row, or a profile and deployment with no table.</returns>");
        w.Line("public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, out ReLoginLimits limits)").Open();
        w.Line("bool activeActive = deployment == HaDeployment.ActiveActive;");
        w.Line("if (activeActive || deployment == HaDeployment.ActiveStandby)").Open();
        w.Line("switch (profile)").Open();
        foreach (var p in hardware.Profiles)
        {
            var activeActive = login.Find(p.Capacity, HaDeploymentKind.ActiveActive);
            var activeStandby = login.Find(p.Capacity, HaDeploymentKind.ActiveStandby);
            if (activeActive is null && activeStandby is null)
            {
                continue;
            }

            w.Line($"case HardwareProfile.{p.MemberName}:");
            if (activeActive is not null && activeStandby is not null)
            {
                w.Line($"    return activeActive ? Try{activeActive.MemberName}(activeUsers, out limits) : Try{activeStandby.MemberName}(activeUsers, out limits);");
            }
            else
            {
                var only = (activeActive ?? activeStandby)!;
                w.Line($"    if ({(only.Deployment == HaDeploymentKind.ActiveActive ? "activeActive" : "!activeActive")})").Line("    {");
                w.Line($"        return Try{only.MemberName}(activeUsers, out limits);").Line("    }").Line();
                w.Line("    break;");
            }
        }

        w.Close();
        w.Close();
        w.Line();
        w.Line("limits = default(ReLoginLimits);");
        w.Line("return false;");
        w.Close();
    }

    private static void EmitGetLimits(SourceWriter w)
    {
        w.Line();
        w.Summary("Looks up the limits for <paramref name=\"activeUsers\"/>, rounded up to the next row of the profile's table.");
        w.Line("/// <param name=\"profile\">The hardware profile of the nodes.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"activeUsers\">Active users: the busiest node's for active/active, the group's total for active/standby.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Fewer than 1 user, or more than the profile covers; the message names the profile's maximum and the smallest profile that fits.</exception>");
        w.Line("public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers)").Open();
        w.Line("ReLoginLimits limits;");
        w.Line("if (TryGetLimits(profile, deployment, activeUsers, out limits))").Open().Line("return limits;").Close();
        w.Line();
        w.Line("throw OutOfRange(profile, deployment, activeUsers);");
        w.Close();
    }

    private static void EmitDelayOverloads(SourceWriter w)
    {
        w.Line();
        w.Summary("Like <see cref=\"TryGetLimits(HardwareProfile, HaDeployment, int, out ReLoginLimits)\"/>, for a cluster whose Critical Service Down Delay is not the tables' <see cref=\"TableCriticalServiceDownDelaySeconds\"/>: the lower limit becomes the delay and the upper limit keeps the table's spread above it. This shift is ImpHa's reading of Cisco's rule that the lower limit follows the delay; Cisco prints no such values.");
        w.Line("/// <param name=\"profile\">The hardware profile of the nodes.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"activeUsers\">Active users: the busiest node's for active/active, the group's total for active/standby.</param>");
        w.Line("/// <param name=\"criticalServiceDownDelaySeconds\">The cluster's Critical Service Down Delay, at least 1.</param>");
        w.Line("/// <param name=\"limits\">The limits, when the method returns true.</param>");
        w.Line("/// <returns>False where the table has no row for the users, or the delay is below 1.</returns>");
        w.Line("public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)").Open();
        w.Line("if (criticalServiceDownDelaySeconds < 1 || !TryGetLimits(profile, deployment, activeUsers, out limits))").Open();
        w.Line("limits = default(ReLoginLimits);").Line("return false;").Close();
        w.Line();
        w.Line("long upper = (long)criticalServiceDownDelaySeconds + limits.UpperLimit - limits.LowerLimit;");
        w.Line("limits = new ReLoginLimits(criticalServiceDownDelaySeconds, upper > int.MaxValue ? int.MaxValue : (int)upper, limits.TableActiveUsers);");
        w.Line("return true;");
        w.Close();
        w.Line();
        w.Summary("Like <see cref=\"GetLimits(HardwareProfile, HaDeployment, int)\"/>, for a cluster whose Critical Service Down Delay differs from the tables'; see <see cref=\"TryGetLimits(HardwareProfile, HaDeployment, int, int, out ReLoginLimits)\"/>.");
        w.Line("/// <param name=\"profile\">The hardware profile of the nodes.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"activeUsers\">Active users: the busiest node's for active/active, the group's total for active/standby.</param>");
        w.Line("/// <param name=\"criticalServiceDownDelaySeconds\">The cluster's Critical Service Down Delay, at least 1.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The delay is below 1, or the users are out of the table's range.</exception>");
        w.Line("public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds)").Open();
        w.Line("if (criticalServiceDownDelaySeconds < 1)").Open();
        w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(criticalServiceDownDelaySeconds), criticalServiceDownDelaySeconds, \"The Critical Service Down Delay must be at least 1 second.\");").Close();
        w.Line();
        w.Line("ReLoginLimits limits;");
        w.Line("if (TryGetLimits(profile, deployment, activeUsers, criticalServiceDownDelaySeconds, out limits))").Open().Line("return limits;").Close();
        w.Line();
        w.Line("throw OutOfRange(profile, deployment, activeUsers);");
        w.Close();
    }

    private static void EmitRedundancyGroup(SourceWriter w)
    {
        w.Line();
        w.Summary("The number of active users Cisco's tables are read with: for active/active the node with the most users, for active/standby the group's total.");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"firstNodeUsers\">Users on the first node, 0 or more.</param>");
        w.Line("/// <param name=\"secondNodeUsers\">Users on the second node, 0 or more.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A user count is negative.</exception>");
        w.Line("public static int EffectiveActiveUsers(HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)").Open();
        w.Line("if (firstNodeUsers < 0)").Open();
        w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(firstNodeUsers), firstNodeUsers, \"A node cannot have a negative number of users.\");").Close();
        w.Line();
        w.Line("if (secondNodeUsers < 0)").Open();
        w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(secondNodeUsers), secondNodeUsers, \"A node cannot have a negative number of users.\");").Close();
        w.Line();
        w.Line("if (deployment == HaDeployment.ActiveActive)").Open();
        w.Line("return firstNodeUsers > secondNodeUsers ? firstNodeUsers : secondNodeUsers;").Close();
        w.Line();
        w.Line("long total = (long)firstNodeUsers + secondNodeUsers;");
        w.Line("return total > int.MaxValue ? int.MaxValue : (int)total;");
        w.Close();
        w.Line();
        w.Summary("The limits to set on both nodes of a presence redundancy group, applying <see cref=\"EffectiveActiveUsers\"/>.");
        w.Line("/// <param name=\"profile\">The hardware profile of the nodes.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type of the presence redundancy group.</param>");
        w.Line("/// <param name=\"firstNodeUsers\">Users on the first node, 0 or more.</param>");
        w.Line("/// <param name=\"secondNodeUsers\">Users on the second node, 0 or more.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A count is negative, both are 0, or the users exceed the profile.</exception>");
        w.Line("public static ReLoginLimits ForRedundancyGroup(HardwareProfile profile, HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)").Open();
        w.Line("return GetLimits(profile, deployment, EffectiveActiveUsers(deployment, firstNodeUsers, secondNodeUsers));");
        w.Close();
    }

    private static void EmitMaxActiveUsers(SourceWriter w, LoginProfileTable login, HardwareProfileTable hardware)
    {
        w.Line();
        w.Summary("The largest number of active users the profile's table covers for the deployment type, or 0 where there is no table. Active/active tables stop at half the capacity: each node carries half.");
        w.Line("/// <param name=\"profile\">The hardware profile.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type.</param>");
        w.Line("public static int MaxActiveUsers(HardwareProfile profile, HaDeployment deployment)").Open();
        w.Line("bool activeActive = deployment == HaDeployment.ActiveActive;");
        w.Line("switch (profile)").Open();
        foreach (var p in hardware.Profiles)
        {
            var activeActive = login.Find(p.Capacity, HaDeploymentKind.ActiveActive);
            var activeStandby = login.Find(p.Capacity, HaDeploymentKind.ActiveStandby);
            if (activeActive is null && activeStandby is null)
            {
                continue;
            }

            var aa = activeActive is null ? "0" : activeActive.MemberName + ".MaxActiveUsers";
            var @as = activeStandby is null ? "0" : activeStandby.MemberName + ".MaxActiveUsers";
            w.Line($"case HardwareProfile.{p.MemberName}: return activeActive ? {aa} : {@as};");
        }

        w.Line("default: return 0;");
        w.Close();
        w.Close();
    }

    private static void EmitSmallestProfile(SourceWriter w, HardwareProfileTable hardware)
    {
        w.Line();
        w.Summary("Finds the smallest hardware profile whose table covers <paramref name=\"activeUsers\"/> for the deployment type.");
        w.Line("/// <param name=\"deployment\">The deployment type.</param>");
        w.Line("/// <param name=\"activeUsers\">Active users: the busiest node's for active/active, the group's total for active/standby.</param>");
        w.Line("/// <param name=\"profile\">The profile, when the method returns true.</param>");
        w.Line("/// <returns>False for fewer than 1 user or more than the largest profile covers.</returns>");
        w.Line("public static bool TryFindSmallestProfile(HaDeployment deployment, int activeUsers, out HardwareProfile profile)").Open();
        w.Line("if (activeUsers >= 1)").Open();
        foreach (var p in hardware.Profiles)
        {
            w.Line($"if (MaxActiveUsers(HardwareProfile.{p.MemberName}, deployment) >= activeUsers)").Open();
            w.Line($"profile = HardwareProfile.{p.MemberName};").Line("return true;").Close();
            w.Line();
        }

        w.Close();
        w.Line();
        w.Line("profile = default(HardwareProfile);");
        w.Line("return false;");
        w.Close();
    }

    private static void EmitOutOfRange(SourceWriter w)
    {
        w.Line();
        w.Line("private static global::System.ArgumentOutOfRangeException OutOfRange(HardwareProfile profile, HaDeployment deployment, int activeUsers)").Open();
        w.Line("var culture = global::System.Globalization.CultureInfo.InvariantCulture;");
        w.Line("if (activeUsers < 1)").Open();
        w.Line("return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, \"Active users must be at least 1.\");").Close();
        w.Line();
        w.Line("string deploymentName = deployment == HaDeployment.ActiveActive ? \"active/active\" : \"active/standby\";");
        w.Line("if (!HardwareProfiles.IsDefined(profile) || MaxActiveUsers(profile, deployment) == 0)").Open();
        w.Line("return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, \"There is no \" + deploymentName + \" login profile table for this hardware profile.\");").Close();
        w.Line();
        w.Line("HardwareProfile fits;");
        w.Line("string advice = TryFindSmallestProfile(deployment, activeUsers, out fits)");
        w.Line("    ? \" The smallest profile that fits is \" + HardwareProfiles.GetName(fits) + \" (HardwareProfile.\" + fits.ToString() + \", up to \" + MaxActiveUsers(fits, deployment).ToString(culture) + \" active users).\"");
        w.Line("    : \" No hardware profile covers that many users in one presence redundancy group; spread them over more groups.\";");
        w.Line("return new global::System.ArgumentOutOfRangeException(");
        w.Line("    nameof(activeUsers),");
        w.Line("    activeUsers,");
        w.Line("    HardwareProfiles.GetName(profile) + \" \" + deploymentName + \" covers at most \" + MaxActiveUsers(profile, deployment).ToString(culture) + \" active users.\" + advice);");
        w.Close();
    }

    private static void EmitRowLookup(SourceWriter w, LoginTableModel table)
    {
        w.Line();
        w.Line($"private static bool Try{table.MemberName}(int activeUsers, out ReLoginLimits limits)").Open();
        w.Line("if (activeUsers >= 1)").Open();
        foreach (var row in table.Rows)
        {
            var users = N(row.ActiveUsers);
            w.Line($"if (activeUsers <= {users})").Open();
            w.Line($"limits = new ReLoginLimits({table.MemberName}.LowerLimitFor{users}Users, {table.MemberName}.UpperLimitFor{users}Users, {users});");
            w.Line("return true;").Close();
            w.Line();
        }

        w.Close();
        w.Line();
        w.Line("limits = default(ReLoginLimits);");
        w.Line("return false;");
        w.Close();
    }

    private static string ProfileName(LoginTableModel table, HardwareProfileTable hardware)
        => hardware.Profiles.FirstOrDefault(p => p.Capacity == table.Profile)?.Name ?? N(table.Profile) + " users";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
