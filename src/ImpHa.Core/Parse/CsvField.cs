using ImpHa.Core.Model;

namespace ImpHa.Core.Parse;

/// <summary>One field of a CSV record: its unquoted text and where it stands in the file.</summary>
public sealed record CsvField(string Value, SourceLocation Location);
