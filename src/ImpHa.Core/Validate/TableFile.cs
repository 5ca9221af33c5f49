namespace ImpHa.Core.Validate;

/// <summary>
/// The text of one table file, and whether it is one of the package's own tables (<see cref="TableRoles.ShippedMetadataKey"/>).
/// Compared by value, so an unchanged file keeps its downstream steps cached.
/// </summary>
/// <param name="ModelOnly">True where only the model is wanted (the analyzer reads the tables for itself): no findings are computed.</param>
public sealed record TableFile(TableRole Role, string Path, string Text, bool Shipped = false, bool ModelOnly = false)
{
    /// <summary>Whether the reader looks for the table's contradictions (IMPHA109): never for the package's own tables in a build, nor for a model-only read.</summary>
    public bool Lints => !Shipped && !ModelOnly;
}
