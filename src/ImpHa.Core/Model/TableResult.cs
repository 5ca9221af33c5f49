namespace ImpHa.Core.Model;

/// <summary>A validated table model, or null when the table had errors; the diagnostics either way.</summary>
public sealed record TableResult<T>(T? Model, EquatableArray<TableDiagnostic> Diagnostics)
    where T : class
{
    public static readonly TableResult<T> Absent = new(null, EquatableArray<TableDiagnostic>.Empty);

    /// <summary>A fingerprint of the text the table was read from, where the generator records one (0 otherwise): it finds output written ahead for that text.</summary>
    public ulong TextFingerprint { get; init; }
}
