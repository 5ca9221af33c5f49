using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Domain;
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
    public const string ClassName = "SelectedHaProfile";

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
        var profile = hardware.Profiles.First(p => p.Capacity == table.Profile);
        var w = new SourceWriter(options);
        w.TypeHeader(
            $"The HA login profile this project selects ({SourceWriter.Xml(Describe(selection))}): {SourceWriter.Xml(expectation.Description)}. "
            + "Write these constants instead of numbers; the ImpHa analyzer checks hardcoded limits against the same selection. "
            + "Set project-wide by MSBuild properties; <c>.editorconfig</c> sections that select another profile do not change it.");
        w.Line($"{w.Options.TypeVisibility} static class {ClassName}").Open();
        w.Summary($"The hardware profile: {SourceWriter.Xml(profile.Name)}.");
        w.Line($"public const HardwareProfile Profile = HardwareProfile.{profile.MemberName};").Line();
        w.Summary($"The deployment type: {table.Deployment.DocumentName()}.");
        w.Line($"public const HaDeployment Deployment = HaDeployment.{table.Deployment.MemberName()};").Line();
        w.Summary("The most active users the profile's table covers (per node for active/active, per group for active/standby).");
        w.Line($"public const int MaxActiveUsers = {N(table.MaxActiveUsers)};").Line();
        w.Summary("The Critical Service Down Delay in seconds: ImpHaCriticalServiceDownDelay, else the value Cisco's tables assume.");
        w.Line($"public const int CriticalServiceDownDelaySeconds = {N(expectation.LowerLimit)};").Line();
        w.Summary("Client Re-Login Lower Limit in seconds: equal to the Critical Service Down Delay. Set the same value on both nodes.");
        w.Line($"public const int LowerLimit = {N(expectation.LowerLimit)};");
        if (expectation.Row is { } row && expectation.UpperLimit is int upper)
        {
            w.Line();
            w.Summary("The active users selected with ImpHaActiveUsers (the busiest node for active/active, the group's total for active/standby).");
            w.Line($"public const int ActiveUsers = {N(selection.ActiveUsers!.Value)};").Line();
            w.Summary("The table row used: the active users rounded up to the next row.");
            w.Line($"public const int TableActiveUsers = {N(row.ActiveUsers)};").Line();
            w.Summary("Client Re-Login Upper Limit in seconds for the selected active users. Set the same value on both nodes, and select again after a rebalance.");
            w.Line($"public const int UpperLimit = {N(upper)};").Line();
            w.Summary("Both limits and the table row, as one value.");
            w.Line("public static ReLoginLimits Limits => new ReLoginLimits(LowerLimit, UpperLimit, TableActiveUsers);");
        }

        return w.Finish();
    }

    private static string Describe(HaSelection selection)
    {
        var text = $"ImpHaProfile={N(selection.Profile!.Value)}, ImpHaDeployment={selection.Deployment!.Value.MemberName()}";
        if (selection.ActiveUsers is int users)
        {
            text += $", ImpHaActiveUsers={N(users)}";
        }

        if (selection.CriticalServiceDownDelay is int delay)
        {
            text += $", ImpHaCriticalServiceDownDelay={N(delay)}";
        }

        return text;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
