using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Skipping;

/// <summary>
/// Whether a source text contains any of a set of names, ignoring case, read in chunks into a
/// per-thread buffer: no allocation per file and no syntax nodes created (a token walk re-creates
/// the red nodes of method bodies, which cost more than the analysis it was meant to save).
/// </summary>
internal sealed class NameMatcher
{
    private const int MinimumBufferSize = 4096;

    [System.ThreadStatic]
    private static char[]? t_buffer;

    private readonly Dictionary<char, string[]> _byFirstChar;
    private readonly int _longest;

    public NameMatcher(IEnumerable<string> names)
    {
        var lowered = names.Where(n => n.Length > 0).Select(n => n.ToLowerInvariant()).Distinct().ToList();
        _byFirstChar = lowered.GroupBy(n => n[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _longest = lowered.Count == 0 ? 0 : lowered.Max(n => n.Length);
    }

    public bool AnyIn(SourceText text) => Scan(text, positions: null);

    /// <summary>Adds the start of every match to <paramref name="positions"/>, in text order; false when there is none.</summary>
    public bool FindAll(SourceText text, List<int> positions) => Scan(text, positions);

    private bool Scan(SourceText text, List<int>? positions)
    {
        if (_longest == 0 || text.Length < 1)
        {
            return false;
        }

        var found = false;
        var size = System.Math.Max(MinimumBufferSize, 2 * _longest);
        var buffer = t_buffer is { } cached && cached.Length >= size ? cached : t_buffer = new char[size];
        for (var start = 0; ;)
        {
            var count = System.Math.Min(size, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var last = start + count >= text.Length;

            // Matches starting in the chunk's tail are looked for again at the start of the next chunk.
            var limit = last ? count : count - _longest + 1;
            for (var i = 0; i < limit; i++)
            {
                if (_byFirstChar.TryGetValue(char.ToLowerInvariant(buffer[i]), out var candidates) && StartsAt(buffer, i, count, candidates))
                {
                    if (positions is null)
                    {
                        return true;
                    }

                    found = true;
                    positions.Add(start + i);
                }
            }

            if (last)
            {
                return found;
            }

            start += limit;
        }
    }

    private static bool StartsAt(char[] buffer, int index, int count, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (index + candidate.Length > count)
            {
                continue;
            }

            var j = 1;
            while (j < candidate.Length && char.ToLowerInvariant(buffer[index + j]) == candidate[j])
            {
                j++;
            }

            if (j == candidate.Length)
            {
                return true;
            }
        }

        return false;
    }
}
