using System;
using System.Globalization;
using System.Linq;
using ImpHa.Core.Model;

namespace ImpHa.Core.Domain;

/// <summary>
/// Where Cisco's tables disagree with themselves. ImpHa keeps Cisco's printed values; these findings (IMPHA109,
/// info) say where a value is doubtful, so that a team replacing a table can check its own transcription.
/// </summary>
public static partial class TableLint
{
    /// <summary>
    /// The login rate a table's values imply, in users per second: the median of users / (upper − lower) over its
    /// rows, to the nearest half (Cisco's rates are 1.5, 3, 6, 8, 9 and 15). Null when no row has upper above lower.
    /// </summary>
    public static double? ImpliedRate(LoginTableModel table)
    {
        var rates = table.Rows.Where(r => r.UpperLimit > r.LowerLimit).Select(r => (double)r.ActiveUsers / (r.UpperLimit - r.LowerLimit)).OrderBy(r => r).ToList();
        if (rates.Count == 0)
        {
            return null;
        }

        var median = rates.Count % 2 == 1 ? rates[rates.Count / 2] : (rates[(rates.Count / 2) - 1] + rates[rates.Count / 2]) / 2;
        return Math.Round(median * 2, MidpointRounding.AwayFromZero) / 2;
    }

    /// <summary>The upper limit on the table's line: lower + users / rate, rounded half up as Cisco's values are.</summary>
    public static int LineValue(LoginRowModel row, double rate) => row.LowerLimit + (int)Math.Floor((row.ActiveUsers / rate) + 0.5);

    public static string Rate(double rate) => rate.ToString("0.#", CultureInfo.InvariantCulture);
}
