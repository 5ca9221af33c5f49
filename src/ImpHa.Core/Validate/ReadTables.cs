namespace ImpHa.Core.Validate;

/// <summary>
/// The table models the generator has read in this process, found again by the analyzer by their exact text: the
/// generator runs first in the same compiler process, so the analyzer need not parse the CSVs again (docs/benchmarks.md).
/// Holds a few entries; anything not found is read anew.
/// </summary>
public static class ReadTables
{
    private const int Capacity = 8;
    private static readonly object Gate = new();
    private static readonly Entry?[] Entries = new Entry?[Capacity];
    private static int s_next;

    public static void Remember(TableFile file, object? model)
    {
        if (model is null)
        {
            return;
        }

        lock (Gate)
        {
            if (IndexOf(file.Role, file.Text) < 0)
            {
                Entries[s_next] = new Entry(file.Role, file.Text, model);
                s_next = (s_next + 1) % Capacity;
            }
        }
    }

    public static T? Find<T>(TableRole role, string text)
        where T : class
    {
        lock (Gate)
        {
            var index = IndexOf(role, text);
            return index < 0 ? null : Entries[index]!.Model as T;
        }
    }

    private static int IndexOf(TableRole role, string text)
    {
        for (var i = 0; i < Capacity; i++)
        {
            if (Entries[i] is { } entry && entry.Role == role && string.Equals(entry.Text, text, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // A class, not a tuple: a cold compiler compiles generic code once per value type it is used with.
    private sealed record Entry(TableRole Role, string Text, object Model);
}
