using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;

using static ImpHa.Analyzers.GeneratedApi.GeneratedNames;
using SrmParameters = ImpHa.Analyzers.Domain.ServerRecoveryManagerParameters;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits <c>ReLoginLimits</c>, <c>ServerRecoveryManagerParameters</c> and <c>HaLoginProfiles</c>. The
/// lookups implement <see cref="ReLoginRules"/> in the user's compilation; a test proves they agree.
/// </summary>
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
        w.TypeHeader($"Cisco's High Availability login profiles: the Client Re-Login Lower and Upper Limits of the {ImpServices.ServerRecoveryManager.Name} service, per hardware profile, deployment type and number of active users. Configure the same values on both nodes of the presence redundancy group, and look them up again after you rebalance users. The tables apply to single-cluster deployments only.");
        w.Line($"{w.Options.TypeVisibility} static class {HaLoginProfiles}").Open();
        w.Summary("The Critical Service Down Delay (seconds) that Cisco's tables assume: every printed lower limit equals it. Cisco's stated default for the parameter is 90 s; when your cluster's delay differs, the lower limit is that delay and the upper limit stays the table's (GetLimitsForDelay).");
        w.Line($"public const int TableCriticalServiceDownDelaySeconds = {login.CriticalServiceDownDelaySeconds.Text()};");
        if (w.Options.Generates(Settings.GeneratedParts.LoginConstants))
        {
            foreach (var table in login.Tables)
            {
                w.Line();
                EmitConstants(w, table, hardware);
            }
        }

        w.Line();
        LoginLookupEmitter.Emit(w, login, hardware);
        w.Line();
        EmitFixedLookups(w);
        w.Line();
        EmitOutOfRange(w);
        w.Close();
        return w.Finish();
    }

    private static void EmitParameterNames(SourceWriter w)
    {
        w.TypeHeader($"Names of the {ImpServices.ServerRecoveryManager.Name} service parameters that the High Availability login profiles set, as the administration pages label them (labels, not AXL's internal parameter names).");
        w.Line($"{w.Options.TypeVisibility} static class ServerRecoveryManagerParameters").Open();
        w.Summary("The service's name, as AXL's <c>service</c> element takes it.");
        w.Line($"public const string ServiceName = {SourceWriter.Literal(ImpServices.ServerRecoveryManager.Name)};");
        Parameter(w, nameof(SrmParameters.ClientReLoginLowerLimit), SrmParameters.ClientReLoginLowerLimit, "set it to the Critical Service Down Delay.");
        Parameter(w, nameof(SrmParameters.ClientReLoginUpperLimit), SrmParameters.ClientReLoginUpperLimit, "roughly the seconds all clients need to log in to their backup node after a failover.");
        Parameter(w, nameof(SrmParameters.CriticalServiceDownDelay), SrmParameters.CriticalServiceDownDelay, "cluster-wide; the lower limit must equal it.");
        w.Line();
        w.Summary(SourceWriter.Xml($"Where the document sets these parameters: {SrmParameters.AdministrationPage}, then {ImpServices.ServerRecoveryManager.Name} from the Service menu. AXL's updateServiceParameter takes each parameter's internal name, not these labels; find it with listServiceParameter or in the processconfig table."));
        w.Line($"public const string {nameof(SrmParameters.AdministrationPage)} = {SourceWriter.Literal(SrmParameters.AdministrationPage)};");
        w.Line();
        w.Summary("The Critical Service Down Delay's default (seconds) as Cisco states it; Cisco's tables assume <see cref=\"HaLoginProfiles.TableCriticalServiceDownDelaySeconds\"/> instead.");
        w.Line($"public const int {nameof(SrmParameters.DefaultCriticalServiceDownDelaySeconds)} = {SrmParameters.DefaultCriticalServiceDownDelaySeconds.Text()};");
        w.Close();
    }

    private static void Parameter(SourceWriter w, string member, string label, string note)
    {
        w.Line();
        w.Summary(SourceWriter.Xml($"\"{label}\": {note}"));
        w.Line($"public const string {member} = {SourceWriter.Literal(label)};");
    }

    private static void EmitConstants(SourceWriter w, LoginTableModel table, HardwareProfileTable hardware)
    {
        var source = table.TableNumber is int number ? $"Table {number.Text()}: " : string.Empty;
        w.TypeHeader(SourceWriter.Xml($"{source}{hardware.NameOf(table.Profile)}, {table.Deployment.DocumentName()}. Constants for every cell, e.g. for attributes and switch labels."));
        w.Line($"public static class {table.MemberName}").Open();
        w.Summary("The largest number of active users this table covers (its last row).");
        w.Line($"public const int MaxActiveUsers = {table.MaxActiveUsers.Text()};");
        foreach (var row in table.Rows)
        {
            w.Line();
            w.Summary($"Client Re-Login Lower Limit (seconds) for up to {row.ActiveUsers.Text()} active users.");
            w.Line($"public const int {LimitConstant(LimitKind.Lower, row.ActiveUsers)} = {row.LowerLimit.Text()};");
            w.Line();
            w.Summary($"Client Re-Login Upper Limit (seconds) for up to {row.ActiveUsers.Text()} active users.");
            w.Line($"public const int {LimitConstant(LimitKind.Upper, row.ActiveUsers)} = {row.UpperLimit.Text()};");
        }

        w.Close();
    }

    /// <summary>The message of the obsolete delay overloads; {0} is the method to call instead.</summary>
    public const string ObsoleteDelayOverload = "The upper limit does not change with the Critical Service Down Delay: Cisco's upper limit is always the table row's (procedure step 3; step 5 sets only the lower limit to the delay). This overload now returns that; call HaLoginProfiles.{0}, which does the same.";

    /// <summary>The lookups whose code no table shapes: by users, by delay, by redundancy group.</summary>
    private static void EmitFixedLookups(SourceWriter w)
    {
        var (profile, deployment, users, first, second) = (ProfileParameter, DeploymentParameter, ActiveUsersParameter, FirstNodeUsersParameter, SecondNodeUsersParameter);
        var activeActive = Deployment(HaDeploymentKind.ActiveActive);
        w.Block($$"""
            /// <summary>Looks up the limits for <paramref name="{{users}}"/>, rounded up to the next row of the profile's table.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{users}}">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">Fewer than 1 user, or more than the profile covers; the message names the profile's maximum and the smallest profile that fits.</exception>
            public static ReLoginLimits {{GetLimitsMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{users}})
            {
                ReLoginLimits limits;
                if (TryGetLimits({{profile}}, {{deployment}}, {{users}}, out limits))
                {
                    return limits;
                }

                throw OutOfRange({{profile}}, {{deployment}}, {{users}});
            }

            /// <summary>Like <see cref="TryGetLimits(HardwareProfile, HaDeployment, int, out ReLoginLimits)"/>, for a cluster whose Critical Service Down Delay is <paramref name="criticalServiceDownDelaySeconds"/>: the lower limit is the delay ("the lower retry limit should be set to this value", procedure step 5) and the upper limit is the table row's, which Cisco does not change with the delay.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{users}}">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
            /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
            /// <param name="limits">The limits, when the method returns true.</param>
            /// <returns>False where the table has no row for the users, or the delay is below 1.</returns>
            public static bool {{TryGetLimitsForDelayMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{users}}, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)
            {
                if (criticalServiceDownDelaySeconds < 1 || !TryGetLimits({{profile}}, {{deployment}}, {{users}}, out limits))
                {
                    limits = default(ReLoginLimits);
                    return false;
                }

                limits = new ReLoginLimits(criticalServiceDownDelaySeconds, limits.UpperLimit, limits.TableActiveUsers);
                return true;
            }

            /// <summary>Like <see cref="GetLimits(HardwareProfile, HaDeployment, int)"/>, for a cluster whose Critical Service Down Delay is <paramref name="criticalServiceDownDelaySeconds"/>: the lower limit is the delay, the upper limit the table row's; see <see cref="{{TryGetLimitsForDelayMethod}}"/>.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{users}}">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
            /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">The delay is below 1, or the users are out of the table's range.</exception>
            public static ReLoginLimits {{GetLimitsForDelayMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{users}}, int criticalServiceDownDelaySeconds)
            {
                if (criticalServiceDownDelaySeconds < 1)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(criticalServiceDownDelaySeconds), criticalServiceDownDelaySeconds, "The Critical Service Down Delay must be at least 1 second.");
                }

                ReLoginLimits limits;
                if ({{TryGetLimitsForDelayMethod}}({{profile}}, {{deployment}}, {{users}}, criticalServiceDownDelaySeconds, out limits))
                {
                    return limits;
                }

                throw OutOfRange({{profile}}, {{deployment}}, {{users}});
            }

            /// <summary>Obsolete: the same as <see cref="{{TryGetLimitsForDelayMethod}}"/>. The lower limit is the delay and the upper limit the table row's; Cisco's document does not change the upper limit with the delay.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{users}}">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
            /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
            /// <param name="limits">The limits, when the method returns true.</param>
            /// <returns>False where the table has no row for the users, or the delay is below 1.</returns>
            [global::System.Obsolete({{SourceWriter.Literal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ObsoleteDelayOverload, TryGetLimitsForDelayMethod))}})]
            public static bool {{TryGetLimitsMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{users}}, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)
            {
                return {{TryGetLimitsForDelayMethod}}({{profile}}, {{deployment}}, {{users}}, criticalServiceDownDelaySeconds, out limits);
            }

            /// <summary>Obsolete: the same as <see cref="{{GetLimitsForDelayMethod}}"/>. The lower limit is the delay and the upper limit the table row's; Cisco's document does not change the upper limit with the delay.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{users}}">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
            /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">The delay is below 1, or the users are out of the table's range.</exception>
            [global::System.Obsolete({{SourceWriter.Literal(string.Format(System.Globalization.CultureInfo.InvariantCulture, ObsoleteDelayOverload, GetLimitsForDelayMethod))}})]
            public static ReLoginLimits {{GetLimitsMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{users}}, int criticalServiceDownDelaySeconds)
            {
                return {{GetLimitsForDelayMethod}}({{profile}}, {{deployment}}, {{users}}, criticalServiceDownDelaySeconds);
            }

            /// <summary>The number of active users Cisco's tables are read with: for active/active the node with the most users, for active/standby the group's total.</summary>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{first}}">Users on the first node, 0 or more.</param>
            /// <param name="{{second}}">Users on the second node, 0 or more.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">A user count is negative.</exception>
            public static int EffectiveActiveUsers({{HaDeployment}} {{deployment}}, int {{first}}, int {{second}})
            {
                if ({{first}} < 0)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof({{first}}), {{first}}, "A node cannot have a negative number of users.");
                }

                if ({{second}} < 0)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof({{second}}), {{second}}, "A node cannot have a negative number of users.");
                }

                if ({{deployment}} == {{activeActive}})
                {
                    return {{first}} > {{second}} ? {{first}} : {{second}};
                }

                long total = (long){{first}} + {{second}};
                return total > int.MaxValue ? int.MaxValue : (int)total;
            }

            /// <summary>The limits to set on both nodes of a presence redundancy group, applying <see cref="EffectiveActiveUsers"/>.</summary>
            /// <param name="{{profile}}">The hardware profile of the nodes.</param>
            /// <param name="{{deployment}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{first}}">Users on the first node, 0 or more.</param>
            /// <param name="{{second}}">Users on the second node, 0 or more.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">A count is negative, both are 0, or the users exceed the profile.</exception>
            public static ReLoginLimits {{ForRedundancyGroupMethod}}({{HardwareProfile}} {{profile}}, {{HaDeployment}} {{deployment}}, int {{first}}, int {{second}})
            {
                return GetLimits({{profile}}, {{deployment}}, EffectiveActiveUsers({{deployment}}, {{first}}, {{second}}));
            }
            """);
    }

    /// <summary>The exception <c>GetLimits</c> throws; its text for too many users is <see cref="ReLoginRules.ExceedsMessage"/>'s, built from the same formats.</summary>
    private static void EmitOutOfRange(SourceWriter w)
    {
        var deploymentName = $"deployment == {Deployment(HaDeploymentKind.ActiveActive)} ? {SourceWriter.Literal(HaDeploymentKind.ActiveActive.DocumentName())} : {SourceWriter.Literal(HaDeploymentKind.ActiveStandby.DocumentName())}";
        w.Block($$"""
            private static global::System.ArgumentOutOfRangeException OutOfRange({{HardwareProfile}} profile, {{HaDeployment}} deployment, int activeUsers)
            {
                var culture = global::System.Globalization.CultureInfo.InvariantCulture;
                if (activeUsers < 1)
                {
                    return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, "Active users must be at least 1.");
                }

                string deploymentName = {{deploymentName}};
                if (!HardwareProfiles.IsDefined(profile) || MaxActiveUsers(profile, deployment) == 0)
                {
                    return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, "There is no " + deploymentName + " login profile table for this hardware profile.");
                }

                {{HardwareProfile}} fits;
                string advice = TryFindSmallestProfile(deployment, activeUsers, out fits)
                    ? string.Format(culture, {{SourceWriter.Literal(ReLoginRules.SmallestFitsFormat)}}, HardwareProfiles.GetName(fits), fits.ToString(), MaxActiveUsers(fits, deployment))
                    : {{SourceWriter.Literal(ReLoginRules.NoneFits)}};
                string text = string.Format(culture, {{SourceWriter.Literal(ReLoginRules.ExceedsFormat)}}, activeUsers, HardwareProfiles.GetName(profile), deploymentName, MaxActiveUsers(profile, deployment));
                return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, text + advice);
            }
            """);
    }

    private static string Deployment(HaDeploymentKind kind) => $"{HaDeployment}.{kind.MemberName()}";
}
