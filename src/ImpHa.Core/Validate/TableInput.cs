using System.Collections.Immutable;
using System.Collections.Generic;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Validate;

/// <summary>The file given for one table, or none; a second file for the same table is an error.</summary>
public sealed record TableInput(TableFile? File, EquatableArray<TableDiagnostic> Diagnostics)
{
    /// <summary>No file: the table is absent, or not read.</summary>
    public static readonly TableInput None = new(null, EquatableArray<TableDiagnostic>.Empty);

    /// <summary>The file given for <paramref name="role"/> among every table file of the project.</summary>
    public static TableInput From(ImmutableArray<TableFile> files, TableRole role)
    {
        // Plain loops: the generator runs this in a cold compiler, where each LINQ operator is code to compile first.
        TableFile? first = null;
        foreach (var file in files)
        {
            if (file.Role == role && (first is null || string.CompareOrdinal(file.Path, first.Path) < 0))
            {
                first = file;
            }
        }

        if (first is null)
        {
            return None;
        }

        // Which file wins, and the order of the errors, follow the paths, not the item order.
        var others = new List<TableFile>();
        foreach (var file in files)
        {
            if (file.Role == role && !ReferenceEquals(file, first))
            {
                others.Add(file);
            }
        }

        others.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var extra = new List<TableDiagnostic>(others.Count);
        foreach (var file in others)
        {
            extra.Add(TableDiagnostic.Create(
                TableDiagnosticKind.InconsistentTable,
                new SourceLocation(file.Path, 0, 0, 0, 0, 0, 0),
                $"This file and '{first.Path}' are both given as the {file.Role.DisplayName()} table; pass one file per table (ImpHaTable metadata), and only the first is used"));
        }

        return new TableInput(first, extra.ToEquatableArray());
    }
}
