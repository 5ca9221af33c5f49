using ImpHa.Core.Domain;
using ImpHa.Core.Model;

namespace ImpHa.Planner.Limits;

/// <summary>
/// What the lint (IMPHA109) knows about the row an answer uses: Cisco's printed upper limit off the table's own line
/// (lower + users / rate). Cisco's value stays the answer; the line's value is ImpHa's reading.
/// </summary>
internal sealed record RowFinding(int ActiveUsers, int CiscoValue, int LineValue, double Rate, int? LineValueAtPreviousRow)
{
    /// <summary>The finding for the row, through the lint's own <see cref="TableLint"/>; null when the row is on its line.</summary>
    public static RowFinding? For(HardwareProfile profile, HaDeployment deployment, int tableActiveUsers)
    {
        var rows = TableRows.Of(profile, deployment, HaLoginProfiles.TableCriticalServiceDownDelaySeconds)
            .Select(r => new LoginRowModel(r.TableActiveUsers, r.LowerLimit, r.UpperLimit))
            .ToList();
        var table = new LoginTableModel((int)profile, (HaDeploymentKind)(int)deployment, null, rows.ToEquatableArray());
        var index = rows.FindIndex(r => r.ActiveUsers == tableActiveUsers);
        if (index < 0 || TableLint.ImpliedRate(table) is not double rate)
        {
            return null;
        }

        var row = rows[index];
        var line = TableLint.LineValue(row, rate);
        if (line == row.UpperLimit)
        {
            return null;
        }

        int? previous = index > 0 && TableLint.LineValue(rows[index - 1], rate) is var atPrevious && atPrevious == row.UpperLimit ? atPrevious : null;
        return new RowFinding(row.ActiveUsers, row.UpperLimit, line, rate, previous);
    }

    /// <summary>One paragraph: Cisco's value, the line's, and whose reading each is.</summary>
    public string Message(string tableName)
    {
        var repeats = LineValueAtPreviousRow is int
            ? $" {CiscoValue} is the line's value for the previous row: the printed value looks shifted by one row."
            : string.Empty;
        return $"{tableName}, {ActiveUsers} active users: Cisco prints an upper limit of {CiscoValue}, but the table's own line "
            + $"(lower limit + users / {TableLint.Rate(Rate)} users per second) gives {LineValue}.{repeats} "
            + $"The answer above is Cisco's printed {CiscoValue}; {LineValue} is ImpHa's reading of the table, not a value Cisco prints "
            + "(the same finding as `impha lint`, IMPHA109).";
    }
}
