namespace ImpHa.Analyzers.Validate;

/// <summary>
/// The text of one table file, and whether it is one of the package's own tables (<see cref="TableRoles.ShippedMetadataKey"/>).
/// Compared by value, so an unchanged file keeps its downstream steps cached.
/// </summary>
internal sealed record TableFile(TableRole Role, string Path, string Text, bool Shipped = false);
