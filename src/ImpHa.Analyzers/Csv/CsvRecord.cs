using System.Collections.Immutable;
using ImpHa.SourceGeneration.Model;

namespace ImpHa.SourceGeneration.Csv;

/// <summary>One record (line) of a CSV file.</summary>
internal sealed record CsvRecord(ImmutableArray<CsvField> Fields, SourceLocation Location);
