using System;

namespace ImpHa.Core.Domain;

/// <summary>
/// One member of a fixed catalog (deployments, restart kinds, targets …): the enum member it stands for, by name and value.
/// Not generic over the enum: a cold compiler would compile every member of a generic record once per enum type.
/// </summary>
public abstract record CatalogEntry
{
    protected CatalogEntry(Enum kind)
    {
        MemberName = kind.ToString();
        Value = Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture);
    }

    public string MemberName { get; }

    public int Value { get; }
}

/// <summary>Lookups shared by the catalogs.</summary>
public static class Catalog
{
    /// <summary>The entry whose <paramref name="name"/> is <paramref name="text"/>, ignoring case; null where none is.</summary>
    public static TEntry? Find<TEntry>(System.Collections.Generic.IEnumerable<TEntry> entries, Func<TEntry, string> name, string text)
        where TEntry : CatalogEntry
    {
        foreach (var entry in entries)
        {
            if (string.Equals(text, name(entry), StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }
}
