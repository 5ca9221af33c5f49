using System;

namespace ImpHa.Core.Domain;

/// <summary>A catalog entry keyed by an internal enum whose member names and values the generated enum repeats.</summary>
public abstract record CatalogEntry<TKind>(TKind Kind)
    where TKind : struct, Enum
{
    public string MemberName => Kind.ToString();

    public int Value => Convert.ToInt32(Kind, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Lookups shared by the catalogs.</summary>
public static class Catalog
{
    /// <summary>The entry whose <paramref name="name"/> equals <paramref name="text"/>, ignoring case.</summary>
    public static bool TryFind<TEntry, TKind>(System.Collections.Generic.IEnumerable<TEntry> entries, Func<TEntry, string> name, string text, out TKind kind)
        where TEntry : CatalogEntry<TKind>
        where TKind : struct, Enum
    {
        foreach (var entry in entries)
        {
            if (string.Equals(text, name(entry), StringComparison.OrdinalIgnoreCase))
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
