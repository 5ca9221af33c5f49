using ImpHa.SourceGeneration.Model;

namespace ImpHa.SourceGeneration.Csv;

/// <summary>One field of a CSV record: its unquoted text and where it stands in the file.</summary>
internal sealed record CsvField(string Value, SourceLocation Location);
