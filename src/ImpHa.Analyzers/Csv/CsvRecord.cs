using System.Collections.Immutable;
using ImpHa.SourceGeneration.Model;

namespace ImpHa.SourceGeneration.Csv;

/// <summary>One record (line) of a CSV file. <see cref="LineNumber"/> is 1-based, as editors show it.</summary>
internal sealed record CsvRecord(ImmutableArray<CsvField> Fields, SourceLocation Location)
{
    public int LineNumber => Location.Line + 1;
}
