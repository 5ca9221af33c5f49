using System.Collections.Immutable;
using ImpHa.Core.Model;

namespace ImpHa.Core.Parse;

/// <summary>A parsed CSV file: the header record, the data records, and the syntax errors met on the way.</summary>
public sealed record CsvDocument(
    string Path,
    CsvRecord? Header,
    ImmutableArray<CsvRecord> Records,
    ImmutableArray<TableDiagnostic> Errors);
