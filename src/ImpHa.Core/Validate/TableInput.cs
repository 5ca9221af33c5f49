using System.Collections.Immutable;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Validate;

/// <summary>The file given for one table, or none; a second file for the same table is an error.</summary>
public sealed record TableInput(TableFile? File, EquatableArray<TableDiagnostic> Diagnostics)
{
    /// <summary>No file: the table is absent, or not read.</summary>
    public static readonly TableInput None = new(null, EquatableArray<TableDiagnostic>.Empty);

    public static TableInput From(ImmutableArray<TableFile> files)
    {
        if (files.IsEmpty)
        {
            return None;
        }

        // Sorted so that which file wins does not depend on item order.
        var ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToArray();
        var extra = ordered.Skip(1).Select(f => TableDiagnostic.Create(
            TableDiagnosticKind.InconsistentTable,
            new SourceLocation(f.Path, 0, 0, 0, 0, 0, 0),
            $"This file and '{ordered[0].Path}' are both given as the {f.Role.DisplayName()} table; pass one file per table (ImpHaTable metadata), and only the first is used"));
        return new TableInput(ordered[0], extra.ToEquatableArray());
    }
}
