using System.Collections.Immutable;
using ImpHa.Core.Model;

namespace ImpHa.Core.Parse;

/// <summary>One record (line) of a CSV file.</summary>
public sealed record CsvRecord(ImmutableArray<CsvField> Fields, SourceLocation Location);
