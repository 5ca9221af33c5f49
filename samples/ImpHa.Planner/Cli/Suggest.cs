namespace ImpHa.Planner.Cli;

/// <summary>"Did you mean" for mistyped option, command and value names: the closest known name by edit distance.</summary>
internal static class Suggest
{
    public static string DidYouMean(string typed, IEnumerable<string> known)
        => Closest(typed, known) is string match ? $" (did you mean '{match}'?)" : string.Empty;

    public static string? Closest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(typed.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        // Two edits, or a third of a long name: "tabel" finds "table", "--foo" finds nothing.
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
