using System.Collections.Immutable;
using ImpHa.Analyzers.Model;

namespace ImpHa.Analyzers.Parse;

/// <summary>One record (line) of a CSV file.</summary>
public sealed record CsvRecord(ImmutableArray<CsvField> Fields, SourceLocation Location);
