using System;

namespace ImpHa.Analyzers.Domain;

/// <summary>A catalog entry keyed by an internal enum whose member names and values the generated enum repeats.</summary>
internal abstract record CatalogEntry<TKind>(TKind Kind)
    where TKind : struct, Enum
{
    public string MemberName => Kind.ToString();

    public int Value => Convert.ToInt32(Kind, System.Globalization.CultureInfo.InvariantCulture);
}
