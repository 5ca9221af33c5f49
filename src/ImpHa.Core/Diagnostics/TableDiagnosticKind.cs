using System;
using System.Collections.Immutable;
using System.Globalization;
using ImpHa.Core.Model;

namespace ImpHa.Core.Diagnostics;

/// <summary>How serious a table diagnostic is, as the compiler would report it.</summary>
public enum TableSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// What one kind of table diagnostic says, without Roslyn: the readers and the <c>impha lint</c> tool use it as it is,
/// the analyzer assembly makes a <c>DiagnosticDescriptor</c> of each (DiagnosticDescriptors).
/// </summary>
public sealed class TableDiagnosticKind
{
    public static readonly TableDiagnosticKind CsvSyntax = new(
        DiagnosticIds.CsvSyntax,
        "Malformed CSV",
        "Malformed CSV: {0}");

    public static readonly TableDiagnosticKind MissingColumn = new(
        DiagnosticIds.MissingColumn,
        "CSV table lacks a required column",
        "The {0} table has no '{1}' column; its header row must name the columns {2}");

    public static readonly TableDiagnosticKind FieldCount = new(
        DiagnosticIds.FieldCount,
        "CSV row has the wrong number of fields",
        "This row has {0} fields but the header has {1}; quote a field that contains a comma, or add the missing fields (empty is allowed where the column is optional)");

    public static readonly TableDiagnosticKind InvalidValue = new(
        DiagnosticIds.InvalidValue,
        "Invalid value in a CSV table",
        "'{0}' is not a valid value for column '{1}': {2}");

    public static readonly TableDiagnosticKind InconsistentTable = new(
        DiagnosticIds.InconsistentTable,
        "Inconsistent CSV table",
        "{0}");

    public static readonly TableDiagnosticKind InvalidIdentifier = new(
        DiagnosticIds.InvalidIdentifier,
        "CSV value cannot become a C# identifier",
        "'{0}' in column '{1}' cannot become a C# member name: {2}");

    public static readonly TableDiagnosticKind DataLint = new(
        DiagnosticIds.DataLint,
        "Cisco's table disagrees with itself here",
        "{0}",
        TableSeverity.Info);

    public static readonly ImmutableArray<TableDiagnosticKind> All = ImmutableArray.Create(
        CsvSyntax, MissingColumn, FieldCount, InvalidValue, InconsistentTable, InvalidIdentifier, DataLint);

    private TableDiagnosticKind(string id, string title, string messageFormat, TableSeverity severity = TableSeverity.Error)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format: the diagnostic's arguments fill it in.</summary>
    public string MessageFormat { get; }

    public TableSeverity Severity { get; }

    public static TableDiagnosticKind ById(string id)
    {
        foreach (var kind in All)
        {
            if (kind.Id == id)
            {
                return kind;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(id), id, "Not an ImpHa table diagnostic id.");
    }

    /// <summary>The message with <paramref name="arguments"/>, formatted as the compiler formats a diagnostic's message.</summary>
    public string Format(EquatableArray<string> arguments)
    {
        var args = new object[arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
    }
}
