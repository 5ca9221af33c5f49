using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Settings;

/// <summary>What the tables say the limits should be for a selection (through <see cref="ReLoginRules"/>); computed once per selection.</summary>
internal sealed class ReLoginExpectation
{
    private ReLoginExpectation(int[] lowerLimits, int tableDelay, LoginTableModel table, LoginRowModel? row, string description, bool delayConfigured)
    {
        TableDelaySeconds = tableDelay;
        AcceptedLowerLimits = lowerLimits;
        Table = table;
        Row = row;
        Description = description;
        DelayConfigured = delayConfigured;
    }

    /// <summary>True when the project set the cluster's Critical Service Down Delay: only it is a right lower limit.</summary>
    public bool DelayConfigured { get; }

    /// <summary>The Critical Service Down Delay the tables assume: every printed lower limit (120 s).</summary>
    public int TableDelaySeconds { get; }

    /// <summary>The lower limit the fixes and <c>SelectedHaProfile</c> write: the configured delay, else the tables' (120 s).</summary>
    public int LowerLimit => AcceptedLowerLimits[0];

    /// <summary>Every right lower limit: the configured delay, or with none the tables' delay and Cisco's stated default (90 s).</summary>
    public int[] AcceptedLowerLimits { get; }

    /// <summary>With no delay configured, Cisco's stated default (90 s, procedure step 5) when the tables assume another; else null.</summary>
    public int? CiscoDefaultLowerLimit => AcceptedLowerLimits.Length > 1 ? AcceptedLowerLimits[1] : null;

    public LoginTableModel Table { get; }

    /// <summary>The rounded-up row when active users are known.</summary>
    public LoginRowModel? Row { get; }

    /// <summary>e.g. "15000 Users Full UC active/active, 2000 active users (table row 2000)".</summary>
    public string Description { get; }

    /// <summary>The row's upper limit, whatever the delay: Cisco prints one upper limit per row and derives none from the delay.</summary>
    public int? UpperLimit => Row?.UpperLimit;

    public IEnumerable<int> AllowedUpperLimits => Table.Rows.Select(r => r.UpperLimit);

    public bool AllowsLower(int value) => AcceptedLowerLimits.Contains(value);

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

        var lowers = ReLoginRules.AcceptedLowerLimits(selection.CriticalServiceDownDelay, login.CriticalServiceDownDelaySeconds);
        return new ReLoginExpectation(lowers, login.CriticalServiceDownDelaySeconds, table, row, description, selection.CriticalServiceDownDelay is not null);
    }

    /// <summary>e.g. "15000 Users Full UC active/active".</summary>
    public static string Describe(LoginTableModel table, HardwareProfileTable hardware)
        => $"{hardware.NameOf(table.Profile)} {table.Deployment.DocumentName()}";
}
