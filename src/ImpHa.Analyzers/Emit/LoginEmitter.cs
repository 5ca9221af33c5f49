using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

using static ImpHa.Core.GeneratedApi.GeneratedNames;
using SrmParameters = ImpHa.Core.Domain.ServerRecoveryManagerParameters;

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
        w.Line($"{w.Options.TypeVisibility} static partial class {HaLoginProfiles}").Open();
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
        EmitOutOfRange(w);
        w.Close();
        w.Line();
        return w.Template(HaLoginProfiles).Finish();
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

    /// <summary>
    /// The exception <c>GetLimits</c> throws; its text for too many users is <see cref="ReLoginRules.ExceedsMessage"/>'s, built from
    /// the same formats. Without the hardware part the profiles' names are not generated: the message names the enum members.
    /// </summary>
    private static void EmitOutOfRange(SourceWriter w)
    {
        var named = w.Options.Generates(Settings.GeneratedParts.Hardware);
        var profileName = named ? "HardwareProfiles.GetName(profile)" : $"\"{HardwareProfile}.\" + profile.ToString()";
        var advice = named
            ? $"string.Format(culture, {SourceWriter.Literal(ReLoginRules.SmallestFitsFormat)}, HardwareProfiles.GetName(fits), fits.ToString(), MaxActiveUsers(fits, deployment))"
            : $"string.Format(culture, {SourceWriter.Literal(ReLoginRules.SmallestFitsMemberFormat)}, fits.ToString(), MaxActiveUsers(fits, deployment))";
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
                if (MaxActiveUsers(profile, deployment) == 0)
                {
                    return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, "There is no " + deploymentName + " login profile table for this hardware profile.");
                }

                {{HardwareProfile}} fits;
                string advice = TryFindSmallestProfile(deployment, activeUsers, out fits)
                    ? {{advice}}
                    : {{SourceWriter.Literal(ReLoginRules.NoneFits)}};
                string text = string.Format(culture, {{SourceWriter.Literal(ReLoginRules.ExceedsFormat)}}, activeUsers, {{profileName}}, deploymentName, MaxActiveUsers(profile, deployment));
                return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, text + advice);
            }
            """);
    }

    private static string Deployment(HaDeploymentKind kind) => $"{HaDeployment}.{kind.MemberName()}";
}
