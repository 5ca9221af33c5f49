using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Model;
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
            : $"the tables' reading ({expectation.LowerLimit.Text()} s, as every table assumes; {ImpHaSettings.CriticalServiceDownDelay.Property} is not set, and Cisco's stated default of {ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text()} s is in the CiscoDefaultDelay constants)";
        w.Summary($"The Critical Service Down Delay in seconds: {SourceWriter.Xml(reading)}.");
        w.Line($"public const int CriticalServiceDownDelaySeconds = {expectation.LowerLimit.Text()};").Line();
        w.Summary($"Client Re-Login Lower Limit in seconds: equal to the Critical Service Down Delay, by {SourceWriter.Xml(reading)}. Set the same value on both nodes.");
        w.Line($"public const int {GeneratedNames.SelectedLowerLimit} = {expectation.LowerLimit.Text()};");
        if (expectation.Row is { } row && expectation.UpperLimit is int upper)
        {
            w.Line();
            w.Summary($"The active users selected with {ImpHaSettings.ActiveUsers.Property} (the busiest node for active/active, the group's total for active/standby).");
            w.Line($"public const int ActiveUsers = {selection.ActiveUsers!.Value.Text()};").Line();
            w.Summary("The table row used: the active users rounded up to the next row.");
            w.Line($"public const int TableActiveUsers = {row.ActiveUsers.Text()};").Line();
            w.Summary("Client Re-Login Upper Limit in seconds for the selected active users. Set the same value on both nodes, and select again after a rebalance.");
            w.Line($"public const int {GeneratedNames.SelectedUpperLimit} = {upper.Text()};").Line();
            w.Summary("Both limits and the table row, as one value.");
            w.Line($"public static ReLoginLimits Limits => new ReLoginLimits({GeneratedNames.SelectedLowerLimit}, {GeneratedNames.SelectedUpperLimit}, TableActiveUsers);");
        }

        if (expectation.CiscoDefaultReading is { } cisco)
        {
            var delay = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text();
            w.Line();
            w.Summary($"Client Re-Login Lower Limit by the other reading of Cisco's document: its stated default Critical Service Down Delay, {delay} s (procedure step 5 sets the lower limit to the delay). Emitted while {ImpHaSettings.CriticalServiceDownDelay.Property} is not set.");
            w.Line($"public const int {GeneratedNames.CiscoDefaultDelayLowerLimit} = {cisco.LowerLimit.Text()};");
            if (cisco.UpperLimit is int ciscoUpper)
            {
                w.Line();
                w.Summary($"Client Re-Login Upper Limit with Cisco's default delay of {delay} s: the table row's spread above the delay (ImpHa's derivation; Cisco prints only the 120 s values).");
                w.Line($"public const int {GeneratedNames.CiscoDefaultDelayUpperLimit} = {ciscoUpper.Text()};");
            }
        }

        w.Close();
        return w.Finish();
    }

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
