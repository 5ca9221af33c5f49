using System.Collections.Generic;
using System.Globalization;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Domain;

/// <summary>
/// Where the hardware table disagrees with itself: Cisco's Attention notes speak of "a 15000 user system", yet each sits
/// in one deployment's section, so one system size can get two minimum clocks, or a clock in one section only.
/// </summary>
public static partial class TableLint
{
    /// <summary>The cells of a profile's two minimum clocks (min_clock_mhz_active_active, min_clock_mhz_active_standby).</summary>
    public sealed record ClockCells(SourceLocation ActiveActive, SourceLocation ActiveStandby);

    /// <summary>IMPHA109 findings for the hardware table: a system size whose sections give different clocks, or a clock in one only.</summary>
    public static IEnumerable<TableDiagnostic> ClockFindings(IEnumerable<HardwareProfileModel> profiles, IReadOnlyDictionary<int, ClockCells> cells)
    {
        var activeActive = HaDeploymentKind.ActiveActive.DocumentName();
        var activeStandby = HaDeploymentKind.ActiveStandby.DocumentName();
        foreach (var profile in profiles)
        {
            if (!cells.TryGetValue(profile.Capacity, out var at))
            {
                continue;
            }

            var system = $"on a {profile.Capacity.Text()} user system";
            switch (profile.MinimumClockMegahertzActiveActive, profile.MinimumClockMegahertzActiveStandby)
            {
                case (int first, int second) when first != second:
                    yield return TableDiagnostic.Create(
                        TableDiagnosticKind.DataLint,
                        at.ActiveActive,
                        $"{profile.Name}: Cisco's Attention note in the {activeActive} section recommends \"a minimum of {Ghz(first)} CPU clock speed\" {system}, the one in the {activeStandby} section \"a minimum of {Ghz(second)} CPU clock speed\"; ImpHa keeps each section's value for its deployment type");
                    break;
                case (int clock, null):
                    yield return Missing(profile, at.ActiveStandby, clock, system, given: activeActive, missing: activeStandby);
                    break;
                case (null, int clock):
                    yield return Missing(profile, at.ActiveActive, clock, system, given: activeStandby, missing: activeActive);
                    break;
            }
        }
    }

    private static TableDiagnostic Missing(HardwareProfileModel profile, SourceLocation at, int clock, string system, string given, string missing)
        => TableDiagnostic.Create(
            TableDiagnosticKind.DataLint,
            at,
            $"{profile.Name}: only the {given} section has the Attention note recommending \"a minimum of {Ghz(clock)} CPU clock speed\" {system}; the {missing} section has none, so ImpHa gives no minimum clock for {missing}, although the note speaks of the system size");

    /// <summary>MHz as the document writes GHz, e.g. 2600 as "2.6GHz".</summary>
    private static string Ghz(int megahertz) => (megahertz / 1000.0).ToString("0.0##", CultureInfo.InvariantCulture) + "GHz";
}
