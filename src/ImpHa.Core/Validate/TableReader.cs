using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Core.Parse;

namespace ImpHa.Core.Validate;

/// <summary>
/// Reads one CSV table by column name: checks the header, skips rows with the wrong field count,
/// and turns bad cells into diagnostics at the cell. Shared by every table.
/// </summary>
public sealed class TableReader
{
    private readonly Dictionary<string, int> _columns;
    private readonly ImmutableArray<TableDiagnostic>.Builder _diagnostics;

    private TableReader(CsvDocument document, Dictionary<string, int> columns, ImmutableArray<TableDiagnostic>.Builder diagnostics, ImmutableArray<CsvRecord> rows)
    {
        Document = document;
        _columns = columns;
        _diagnostics = diagnostics;
        Rows = rows;
    }

    /// <summary>
    /// The most data rows a table may have, far beyond any real table, so a runaway file cannot make the generator emit
    /// source without end (docs/benchmarks.md measures tables 100 times the shipped ones).
    /// </summary>
    public const int MaxRows = 50_000;

    public CsvDocument Document { get; }

    /// <summary>The data rows whose field count matches the header.</summary>
    public ImmutableArray<CsvRecord> Rows { get; }

    public bool HasErrors => _diagnostics.Count > 0;

    public ImmutableArray<TableDiagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>Parses the file and checks its header; problems are collected in <see cref="Diagnostics"/>.</summary>
    public static TableReader Open(TableFile file, IReadOnlyList<string> requiredColumns)
    {
        var document = CsvParser.Parse(file.Path, file.Text);
        var diagnostics = ImmutableArray.CreateBuilder<TableDiagnostic>();
        diagnostics.AddRange(document.Errors);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = ImmutableArray.CreateBuilder<CsvRecord>();
        var expected = string.Join(", ", requiredColumns);
        if (document.Header is null)
        {
            var start = new SourceLocation(file.Path, 0, 0, 0, 0, 0, 0);
            diagnostics.Add(TableDiagnostic.Create(TableDiagnosticKind.MissingColumn, start, file.Role.DisplayName(), requiredColumns[0], expected));
        }
        else
        {
            for (var i = 0; i < document.Header.Fields.Length; i++)
            {
                var name = document.Header.Fields[i].Value.Trim();
                if (name.Length > 0 && !columns.ContainsKey(name))
                {
                    columns.Add(name, i);
                }
            }

            var missing = false;
            foreach (var column in requiredColumns)
            {
                if (!columns.ContainsKey(column))
                {
                    diagnostics.Add(TableDiagnostic.Create(TableDiagnosticKind.MissingColumn, document.Header.Location, file.Role.DisplayName(), column, expected));
                    missing = true;
                }
            }

            if (document.Records.Length > MaxRows)
            {
                diagnostics.Add(TableDiagnostic.Create(
                    TableDiagnosticKind.InconsistentTable,
                    document.Records[MaxRows].Location,
                    $"The {file.Role.DisplayName()} table has {document.Records.Length.Text()} rows; ImpHa reads at most {MaxRows.Text()}, because a larger table makes every build and keystroke slow. Keep the rows your clusters use"));
                missing = true;
            }

            // Without a required column no row can be read; the header's diagnostic says what to fix.
            foreach (var record in missing ? ImmutableArray<CsvRecord>.Empty : document.Records)
            {
                if (IsBlank(record))
                {
                    continue;
                }

                if (record.Fields.Length != document.Header.Fields.Length)
                {
                    diagnostics.Add(TableDiagnostic.Create(
                        TableDiagnosticKind.FieldCount,
                        record.Location,
                        record.Fields.Length.Text(),
                        document.Header.Fields.Length.Text()));
                    continue;
                }

                rows.Add(record);
            }
        }

        return new TableReader(document, columns, diagnostics, rows.ToImmutable());
    }

    public CsvField Field(CsvRecord row, string column) => row.Fields[_columns[column]];

    public bool HasColumn(string column) => _columns.ContainsKey(column);

    public string Text(CsvRecord row, string column)
        => _columns.TryGetValue(column, out var index) ? row.Fields[index].Value.Trim() : string.Empty;

    /// <summary>A required positive whole number; reports and returns null when the cell is not one.</summary>
    public int? PositiveInt(CsvRecord row, string column) => Int(row, column, optional: false);

    /// <summary>An optional positive whole number: empty is null, anything else must parse.</summary>
    public int? OptionalPositiveInt(CsvRecord row, string column) => Int(row, column, optional: true);

    public string RequiredText(CsvRecord row, string column)
    {
        var text = Text(row, column);
        if (text.Length == 0)
        {
            Report(TableDiagnosticKind.InvalidValue, Field(row, column).Location, text, column, "this column must not be empty");
        }

        return text;
    }

    public void Report(TableDiagnosticKind kind, SourceLocation location, params string[] arguments)
        => _diagnostics.Add(TableDiagnostic.Create(kind, location, arguments));

    private int? Int(CsvRecord row, string column, bool optional)
    {
        if (!_columns.ContainsKey(column))
        {
            return null;
        }

        var text = Text(row, column);
        if (optional && text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Report(TableDiagnosticKind.InvalidValue, Field(row, column).Location, text, column, "expected a whole number greater than 0, digits only (no sign, separators or units)");
        return null;
    }

    private static bool IsBlank(CsvRecord record)
    {
        foreach (var field in record.Fields)
        {
            if (field.Value.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
