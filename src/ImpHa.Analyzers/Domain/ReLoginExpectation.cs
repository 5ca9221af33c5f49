using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Model;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Domain;

/// <summary>What the tables say the limits should be for a selection (through <see cref="ReLoginRules"/>); computed once per selection.</summary>
internal sealed class ReLoginExpectation
{
    private ReLoginExpectation(int delay, bool tableDelay, LoginTableModel table, LoginRowModel? row, string description, bool delayConfigured)
    {
        LowerLimit = delay;
        UsesTableDelay = tableDelay;
        Table = table;
        Row = row;
        Description = description;
        DelayConfigured = delayConfigured;
        if (!delayConfigured && delay != ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds)
        {
            CiscoDefaultReading = new ReLoginExpectation(ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds, false, table, row, description, delayConfigured: false);
        }
    }

    /// <summary>True when the project set the cluster's Critical Service Down Delay: only its reading is right.</summary>
    public bool DelayConfigured { get; }

    /// <summary>
    /// With no delay configured, the other reading Cisco's document allows: the lower limit at Cisco's default
    /// delay (90 s, procedure step 5) and the upper limit derived from it. Null once a delay is configured.
    /// </summary>
    public ReLoginExpectation? CiscoDefaultReading { get; }

    /// <summary>The lower limit: the Critical Service Down Delay.</summary>
    public int LowerLimit { get; }

    /// <summary>True when the delay is the one Cisco's tables assume, so the table's constants hold the expected values.</summary>
    public bool UsesTableDelay { get; }

    public LoginTableModel Table { get; }

    /// <summary>The rounded-up row when active users are known.</summary>
    public LoginRowModel? Row { get; }

    /// <summary>e.g. "15000 Users Full UC active/active, 2000 active users (table row 2000)".</summary>
    public string Description { get; }

    public int? UpperLimit => Row is null ? null : ReLoginRules.UpperLimitFor(Row, LowerLimit);

    public IEnumerable<int> AllowedUpperLimits => Table.Rows.Select(r => ReLoginRules.UpperLimitFor(r, LowerLimit));

    public int NearestUpperLimit(int value) => AllowedUpperLimits.OrderBy(v => System.Math.Abs((long)v - value)).ThenBy(v => v).First();

    /// <summary>The expectation, or null with the IMPHA004 text when the users exceed the profile.</summary>
    public static ReLoginExpectation? Create(HaSelection selection, LoginProfileTable login, HardwareProfileTable hardware, out string? tooManyUsers)
    {
        tooManyUsers = null;
        if (!selection.IsSelected || login.Find(selection.Profile!.Value, selection.Deployment!.Value) is not { } table)
        {
            return null;
        }

        var description = Describe(table, hardware);
        var delay = selection.CriticalServiceDownDelay ?? login.CriticalServiceDownDelaySeconds;
        LoginRowModel? row = null;
        if (selection.ActiveUsers is int users)
        {
            row = ReLoginRules.RowFor(table, users);
            if (row is null)
            {
                tooManyUsers = ReLoginRules.ExceedsMessage(users, table, login, hardware, out _);
                return null;
            }

            description += $", {users.Text()} active users (table row {row.ActiveUsers.Text()})";
        }

        return new ReLoginExpectation(delay, delay == login.CriticalServiceDownDelaySeconds, table, row, description, selection.CriticalServiceDownDelay is not null);
    }

    /// <summary>e.g. "15000 Users Full UC active/active".</summary>
    public static string Describe(LoginTableModel table, HardwareProfileTable hardware)
        => $"{hardware.NameOf(table.Profile)} {table.Deployment.DocumentName()}";
}
