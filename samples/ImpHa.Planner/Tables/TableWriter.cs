using ImpHa.Planner.Output;

namespace ImpHa.Planner.Tables;

/// <summary>Writes a table as aligned text, RFC 4180 CSV, or JSON objects keyed by column.</summary>
internal static class TableWriter
{
    public static void Write(TableData table, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                output.Write(string.Join(',', table.Columns.Select(Csv)) + "\r\n");
                foreach (var row in table.Rows)
                {
                    output.Write(string.Join(',', row.Select(c => Csv(TableData.Text(c)))) + "\r\n");
                }

                break;
            case OutputFormat.Json:
                var rows = table.Rows.Select(row => table.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2)).ToArray();
                PlannerJson.Write(new TableDocument(PlannerJson.Format, "table", table.Name, table.Columns.ToArray(), rows), output);
                break;
            default:
                WriteText(table, output);
                break;
        }
    }

    private static void WriteText(TableData table, TextWriter output)
    {
        var cells = table.Rows.Select(row => row.Select(TableData.Text).ToArray()).ToList();
        var widths = table.Columns.Select((c, i) => Math.Min(40, cells.Select(r => r[i].Length).Append(c.Length).Max())).ToArray();
        output.WriteLine(string.Join("  ", table.Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static string Csv(string cell)
        => cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

internal sealed record TableDocument(string Format, string Command, string Table, string[] Columns, Dictionary<string, object?>[] Rows);
