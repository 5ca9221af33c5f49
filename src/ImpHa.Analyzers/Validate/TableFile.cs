namespace ImpHa.Analyzers.Validate;

/// <summary>The text of one table file. Compared by value, so an unchanged file keeps its downstream steps cached.</summary>
internal sealed record TableFile(TableRole Role, string Path, string Text);
