namespace ImpHa.Planner.Limits;

/// <summary>
/// The internal parameter names AXL's <c>updateServiceParameter</c> takes for the two limits, as the user found them on
/// the cluster; Cisco does not publish them, so the tool never guesses (the MSBuild twins are ImpHaLowerLimitParameterNames
/// and ImpHaUpperLimitParameterNames).
/// </summary>
internal sealed record AxlNames(string Lower, string Upper)
{
    /// <summary>Where to find the names, said wherever the tool would otherwise show a label as an AXL name.</summary>
    public const string WhereToFind = "AXL's updateServiceParameter takes each parameter's internal name, which Cisco does not publish; the labels the administration page shows are not AXL names. "
        + "Find the names with AXL listServiceParameter (service \"Cisco Server Recovery Manager\") or in the processconfig table "
        + "(run sql select paramname from processconfig), then give --axl-names lower=NAME,upper=NAME to print the requests.";

    /// <summary>"lower=NAME,upper=NAME", either order; false unless both are given once, non-empty.</summary>
    public static bool TryParse(string text, out AxlNames names)
    {
        names = null!;
        string? lower = null, upper = null;
        foreach (var part in text.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? string.Empty : part[..equals].Trim();
            var value = equals < 0 ? string.Empty : part[(equals + 1)..].Trim();
            if (value.Length == 0)
            {
                return false;
            }

            if (key.Equals("lower", StringComparison.OrdinalIgnoreCase) && lower is null)
            {
                lower = value;
            }
            else if (key.Equals("upper", StringComparison.OrdinalIgnoreCase) && upper is null)
            {
                upper = value;
            }
            else
            {
                return false;
            }
        }

        if (lower is null || upper is null)
        {
            return false;
        }

        names = new AxlNames(lower, upper);
        return true;
    }
}
