using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Model;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Domain;

/// <summary>What the tables say the limits should be for a selection; computed once per selection.</summary>
internal sealed class ReLoginExpectation
{
    private ReLoginExpectation(int lowerLimit, LoginTableModel table, LoginRowModel? row, int shift, string describe)
    {
        LowerLimit = lowerLimit;
        Table = table;
        Row = row;
        Shift = shift;
        Description = describe;
    }

    /// <summary>The lower limit: the Critical Service Down Delay.</summary>
    public int LowerLimit { get; }

    public LoginTableModel Table { get; }

    /// <summary>The rounded-up row when active users are known.</summary>
    public LoginRowModel? Row { get; }

    /// <summary>Added to the table's upper limits when the delay differs from the tables'.</summary>
    public int Shift { get; }

    /// <summary>e.g. "15000 Users Full UC active/active, 2000 active users".</summary>
    public string Description { get; }

    public int? UpperLimit => Row is null ? null : Row.UpperLimit + Shift;

    public IEnumerable<int> AllowedUpperLimits => Table.Rows.Select(r => r.UpperLimit + Shift);

    public int NearestUpperLimit(int value) => AllowedUpperLimits.OrderBy(v => System.Math.Abs(v - value)).ThenBy(v => v).First();

    /// <summary>The expectation, or an error for users beyond the profile (IMPHA004).</summary>
    public static ReLoginExpectation? Create(HaSelection selection, LoginProfileTable login, HardwareProfileTable hardware, out string? tooManyUsers)
    {
        tooManyUsers = null;
        if (!selection.IsSelected)
        {
            return null;
        }

        var table = login.Find(selection.Profile!.Value, selection.Deployment!.Value);
        if (table is null)
        {
            return null;
        }

        var describe = Describe(table, hardware);
        var delay = selection.CriticalServiceDownDelay ?? login.CriticalServiceDownDelaySeconds;
        var shift = delay - login.CriticalServiceDownDelaySeconds;
        LoginRowModel? row = null;
        if (selection.ActiveUsers is int users)
        {
            row = table.Rows.FirstOrDefault(r => r.ActiveUsers >= users);
            if (row is null)
            {
                tooManyUsers = TooManyUsers(users, table, login, hardware, out _);
                return null;
            }

            describe += $", {users} active users (table row {row.ActiveUsers})";
        }

        return new ReLoginExpectation(delay, table, row, shift, describe);
    }

    /// <summary>e.g. "15000 Users Full UC active/active".</summary>
    public static string Describe(LoginTableModel table, HardwareProfileTable hardware)
    {
        var name = hardware.Profiles.FirstOrDefault(p => p.Capacity == table.Profile)?.Name ?? table.Profile.ToString(CultureInfo.InvariantCulture);
        return $"{name} {table.Deployment.DocumentName()}";
    }

    /// <summary>The IMPHA004 text for <paramref name="users"/> beyond <paramref name="table"/>, and the smallest table that fits, if any.</summary>
    public static string TooManyUsers(int users, LoginTableModel table, LoginProfileTable login, HardwareProfileTable hardware, out LoginTableModel? fits)
    {
        fits = login.Tables.Where(t => t.Deployment == table.Deployment && t.MaxActiveUsers >= users).OrderBy(t => t.Profile).FirstOrDefault();
        return $"{users} active users exceed {Describe(table, hardware)} (at most {table.MaxActiveUsers})"
            + (fits is null ? "; no profile covers that many, spread the users over more presence redundancy groups" : $"; the smallest profile that fits is {fits.Profile} (up to {fits.MaxActiveUsers})");
    }
}
