using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits <c>SelectedHaProfile</c>: the project-wide selection (ImpHaProfile, ImpHaDeployment, …) and
/// the limits it implies, as constants. Computed by <see cref="ReLoginExpectation"/>, the same code the
/// analyzer checks hardcoded values with, so the two cannot disagree.
/// </summary>
internal static class SelectedProfileEmitter
{
    public const string HintName = "ImpHa.SelectedHaProfile.g.cs";

    /// <summary>The source, or null when nothing valid is selected (the analyzer reports why: IMPHA004/IMPHA005).</summary>
    public static string? Emit(HaSelection selection, LoginProfileTable login, HardwareProfileTable hardware, EmitOptions options)
    {
        if (!selection.IsSelected || !hardware.Contains(selection.Profile!.Value))
        {
            return null;
        }

        var expectation = ReLoginExpectation.Create(selection, login, hardware, out var tooManyUsers);
        if (expectation is null || tooManyUsers is not null)
        {
            return null;
        }

        var table = expectation.Table;
        var w = new SourceWriter(options);
        w.TypeHeader(
            $"The HA login profile this project selects ({SourceWriter.Xml(Describe(selection))}): {SourceWriter.Xml(expectation.Description)}. "
            + "Write these constants instead of numbers; the ImpHa analyzer checks hardcoded limits against the same selection. "
            + "Set project-wide by MSBuild properties; <c>.editorconfig</c> sections that select another profile do not change it.");
        w.Line($"{w.Options.TypeVisibility} static class {GeneratedNames.SelectedHaProfile}").Open();
        w.Summary($"The hardware profile: {SourceWriter.Xml(hardware.NameOf(table.Profile))}.");
        w.Line($"public const {GeneratedNames.HardwareProfile} Profile = {GeneratedNames.HardwareProfile}.{GeneratedNames.ProfileMember(table.Profile)};").Line();
        w.Summary($"The deployment type: {table.Deployment.DocumentName()}.");
        w.Line($"public const {GeneratedNames.HaDeployment} Deployment = {GeneratedNames.HaDeployment}.{table.Deployment.MemberName()};").Line();
        w.Summary("The most active users the profile's table covers (per node for active/active, per group for active/standby).");
        w.Line($"public const int MaxActiveUsers = {table.MaxActiveUsers.Text()};").Line();
        var reading = expectation.DelayConfigured
            ? $"the {ImpHaSettings.CriticalServiceDownDelay.Property} you set"
            : $"the tables' value ({expectation.LowerLimit.Text()} s: \"the lower limit of 120 assumes the Critical Service Down Delay service parameter is set to 120\"); {ImpHaSettings.CriticalServiceDownDelay.Property} is not set, and Cisco's stated default of {ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text()} s is {GeneratedNames.CiscoDefaultDelayLowerLimit}";
        w.Summary($"The Critical Service Down Delay in seconds: {SourceWriter.Xml(reading)}.");
        w.Line($"public const int CriticalServiceDownDelaySeconds = {expectation.LowerLimit.Text()};").Line();
        w.Summary($"Client Re-Login Lower Limit in seconds: equal to the Critical Service Down Delay (\"the lower retry limit should be set to this value\", procedure step 5), here {SourceWriter.Xml(reading)}. Set the same value on both nodes.");
        w.Line($"public const int {GeneratedNames.SelectedLowerLimit} = {expectation.LowerLimit.Text()};");
        if (expectation.Row is { } row && expectation.UpperLimit is int upper)
        {
            w.Line();
            w.Summary($"The active users selected with {ImpHaSettings.ActiveUsers.Property} (the busiest node for active/active, the group's total for active/standby).");
            w.Line($"public const int ActiveUsers = {selection.ActiveUsers!.Value.Text()};").Line();
            w.Summary("The table row used: the active users rounded up to the next row.");
            w.Line($"public const int TableActiveUsers = {row.ActiveUsers.Text()};").Line();
            w.Summary("Client Re-Login Upper Limit in seconds for the selected active users: the table row's value, whatever the Critical Service Down Delay (procedure step 3). Set the same value on both nodes, and select again after a rebalance.");
            w.Line($"public const int {GeneratedNames.SelectedUpperLimit} = {upper.Text()};").Line();
            w.Summary("Both limits and the table row, as one value.");
            w.Line($"public static ReLoginLimits Limits => new ReLoginLimits({GeneratedNames.SelectedLowerLimit}, {GeneratedNames.SelectedUpperLimit}, TableActiveUsers);");
        }

        if (expectation.CiscoDefaultLowerLimit is int ciscoLower)
        {
            var delay = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text();
            w.Line();
            w.Summary($"Client Re-Login Lower Limit at Cisco's stated default Critical Service Down Delay, {delay} s (\"the default value is 90 seconds. The lower retry limit should be set to this value\", procedure step 5); the upper limit stays the table row's{(expectation.UpperLimit is null ? string.Empty : $", <see cref=\"{GeneratedNames.SelectedUpperLimit}\"/>")}. Emitted while {ImpHaSettings.CriticalServiceDownDelay.Property} is not set.");
            w.Line($"public const int {GeneratedNames.CiscoDefaultDelayLowerLimit} = {ciscoLower.Text()};");
            if (expectation.UpperLimit is int sameUpper)
            {
                w.Line();
                w.Summary($"Obsolete: the same value as <see cref=\"{GeneratedNames.SelectedUpperLimit}\"/>. Cisco's upper limit is the table row's whatever the Critical Service Down Delay, so Cisco's default delay has no upper limit of its own.");
                w.Line($"[global::System.Obsolete({SourceWriter.Literal(ObsoleteCiscoDefaultUpper)})]");
                w.Line($"public const int {GeneratedNames.CiscoDefaultDelayUpperLimit} = {sameUpper.Text()};");
            }
        }

        w.Close();
        return w.Finish();
    }

    /// <summary>The message of the obsolete <c>CiscoDefaultDelayUpperLimit</c>, pointing to the right member.</summary>
    public const string ObsoleteCiscoDefaultUpper = "The upper limit does not change with the Critical Service Down Delay: Cisco's upper limit is always the table row's (procedure step 3; step 5 sets only the lower limit to the delay). Use SelectedHaProfile.UpperLimit, which holds the same value.";

    private static string Describe(HaSelection selection)
    {
        var text = $"{ImpHaSettings.Profile.Property}={selection.Profile!.Value.Text()}, {ImpHaSettings.Deployment.Property}={selection.Deployment!.Value.MemberName()}";
        if (selection.ActiveUsers is int users)
        {
            text += $", {ImpHaSettings.ActiveUsers.Property}={users.Text()}";
        }

        if (selection.CriticalServiceDownDelay is int delay)
        {
            text += $", {ImpHaSettings.CriticalServiceDownDelay.Property}={delay.Text()}";
        }

        return text;
    }
}
