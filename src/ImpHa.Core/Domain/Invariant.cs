using System.Globalization;

namespace ImpHa.Core.Domain;

/// <summary>Numbers as text the same way in every culture: in generated code, diagnostics and names.</summary>
public static class Invariant
{
    public static string Text(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
