using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Candidates;

/// <summary>
/// Finds any of a set of names in a source text, ignoring case, read in chunks into a per-thread
/// buffer: no allocation per file and no syntax nodes created. Multi-pattern Wu–Manber search: a
/// window as long as the shortest name slides over the text, and a table indexed by a hash of the
/// window's last three characters (ASCII case folded) says how far it may jump without passing a match,
/// so most characters are never looked at. A bit per hash of the first three characters of every name
/// rules out most of the windows that remain; the rest are compared in full.
/// </summary>
internal sealed class NameMatcher
{
    // AggressiveOptimization (.NET Core 3.0+): not in netstandard2.0's enum; .NET Framework ignores it.
    private const MethodImplOptions AggressiveOptimization = (MethodImplOptions)512;
    private const int MinimumBufferSize = 4096;
    private const int BlockLength = 3;
    private const int PrefixHashBits = 16;
    private const int BlockHashBits = 15; // three characters of five bits each (Block)

    [System.ThreadStatic]
    private static char[]? t_buffer;

    private readonly Dictionary<int, string[]> _byFirstChar;
    // How much less than the window's full jump a block allows; zero (the default) where no name holds the block, so the constructor never loops over it all (docs/benchmarks.md).
    private readonly byte[] _shiftReduction = new byte[1 << BlockHashBits];
    // One bit per block some name holds, asked before the table above: small enough to stay in the first-level cache (docs/benchmarks.md).
    private readonly ulong[] _heldBlocks = new ulong[(1 << BlockHashBits) / 64];
    private readonly int _maximumShift;
    private readonly ulong[] _prefixes = new ulong[(1 << PrefixHashBits) / 64];
    private readonly int _shortest;
    private readonly int _longest;

    public NameMatcher(IEnumerable<string> names)
    {
        // Plain loops and reference-type collections: LINQ over chars makes a cold compiler process compile value-type generics first.
        var distinct = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length > 0)
            {
                distinct.Add(name.ToLowerInvariant());
            }
        }

        var lowered = new List<string>(distinct);
        lowered.Sort(System.StringComparer.Ordinal);
        Key = string.Join("\n", lowered);
        var byFirstChar = new Dictionary<int, List<string>>();
        var shortest = int.MaxValue;
        var foldsDifferently = false;
        foreach (var name in lowered)
        {
            if (!byFirstChar.TryGetValue(name[0], out var group))
            {
                byFirstChar.Add(name[0], group = []);
            }

            group.Add(name);
            _longest = System.Math.Max(_longest, name.Length);
            shortest = System.Math.Min(shortest, name.Length);
            foreach (var c in name)
            {
                foldsDifferently |= c >= 128;
            }
        }

        _byFirstChar = new Dictionary<int, string[]>(byFirstChar.Count);
        foreach (var pair in byFirstChar)
        {
            _byFirstChar.Add(pair.Key, pair.Value.ToArray());
        }

        // Names whose first characters are not ASCII fold differently: then every window is compared.
        _shortest = lowered.Count == 0 || shortest < BlockLength || foldsDifferently ? 1 : System.Math.Min(shortest, 255);
        _maximumShift = System.Math.Max(_shortest - BlockLength + 1, 0);

        if (_shortest < BlockLength)
        {
            return;
        }

        foreach (var name in lowered)
        {
            AddBlocks(name);
        }
    }

    /// <summary>One name's prefix bit and the jumps its blocks allow; a method of its own, so no loop in the constructor runs long.</summary>
    private void AddBlocks(string name)
    {
        var prefix = Prefix(name[0], name[1], name[2]);
        _prefixes[prefix >> 6] |= 1UL << (prefix & 63);

        // A block ending at offset j of the window's first _shortest characters allows a jump of _shortest - 1 - j.
        for (var j = BlockLength - 1; j < _shortest; j++)
        {
            var block = Block(name[j - 2], name[j - 1], name[j]);
            _shiftReduction[block] = (byte)System.Math.Max(_shiftReduction[block], _maximumShift - (_shortest - 1 - j));
            _heldBlocks[block >> 6] |= 1UL << (block & 63);
        }
    }

    /// <summary>The names, lower-cased and sorted: equal keys find the same positions.</summary>
    public string Key { get; }

    public bool AnyIn(SourceText text) => Scan([text], stopAtFirst: true, CancellationToken.None)[0] is not null;

    /// <summary>The start of every match, in text order; null when there is none.</summary>
    public List<int>? FindAll(SourceText text) => Scan([text], stopAtFirst: false, CancellationToken.None)[0];

    /// <summary><see cref="FindAll(SourceText)"/> for many texts in one call, sharing one buffer.</summary>
    public List<int>?[] FindAll(IReadOnlyList<SourceText> texts, CancellationToken token) => Scan(texts, stopAtFirst: false, token);

    private List<int>?[] Scan(IReadOnlyList<SourceText> texts, bool stopAtFirst, CancellationToken token)
    {
        var results = new List<int>?[texts.Count];
        if (_longest == 0)
        {
            return results;
        }

        var size = System.Math.Max(MinimumBufferSize, 2 * _longest);
        var buffer = t_buffer is { } cached && cached.Length >= size ? cached : t_buffer = new char[size];
        for (var t = 0; t < texts.Count; t++)
        {
            token.ThrowIfCancellationRequested();
            results[t] = ScanText(texts[t], buffer, stopAtFirst);
        }

        return results;
    }

    /// <summary>One text, a buffer-full at a time. Loops only over chunks and over windows that may start a name, both few.</summary>
    private List<int>? ScanText(SourceText text, char[] buffer, bool stopAtFirst)
    {
        List<int>? positions = null;
        for (var start = 0; start < text.Length;)
        {
            var count = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var last = start + count >= text.Length;

            // Matches starting in the chunk's tail are looked for again at the start of the next chunk.
            var limit = last ? count : count - _longest + 1;
            var stop = System.Math.Min(limit + _shortest - 1, count);
            for (var end = NextCandidate(buffer, _shortest - 1, stop); end < stop; end = NextCandidate(buffer, end + 1, stop))
            {
                var i = end - _shortest + 1;
                if (_byFirstChar.TryGetValue(char.ToLowerInvariant(buffer[i]), out var candidates) && StartsAt(buffer, i, count, candidates))
                {
                    (positions ??= []).Add(start + i);
                    if (stopAtFirst)
                    {
                        return positions;
                    }
                }
            }

            if (last)
            {
                break;
            }

            start += limit;
        }

        return positions;
    }

    // The loop over every file of every build, compiled optimised at once and kept small, since a cold process pays for that compilation (docs/benchmarks.md).
    /// <summary>The end of the first window from <paramref name="end"/> on that may hold a name (no jump allowed, first characters known); <paramref name="stop"/> when none.</summary>
    [MethodImpl(AggressiveOptimization)]
    private int NextCandidate(char[] buffer, int end, int stop)
    {
        if (_shortest < BlockLength)
        {
            return end;
        }

        var reductions = _shiftReduction;
        var held = _heldBlocks;
        var maximumShift = _maximumShift;
        var shortest = _shortest;
        while (end < stop)
        {
            // Three ASCII characters, nearly always: their low five bits are the block's whatever their case, so one test replaces three folds.
            var a = buffer[end - 2];
            var b = buffer[end - 1];
            var c = buffer[end];
            var block = (a | b | c) < 0x80 ? ((a & 0x1F) << 10) | ((b & 0x1F) << 5) | (c & 0x1F) : Block(a, b, c);
            if ((held[block >> 6] & (1UL << (block & 63))) == 0)
            {
                end += maximumShift;
                continue;
            }

            var shift = maximumShift - reductions[block];
            if (shift > 0)
            {
                end += shift;
            }
            else
            {
                var i = end - shortest + 1;
                if (HasPrefix(buffer[i], buffer[i + 1], buffer[i + 2]))
                {
                    return end;
                }

                end++;
            }
        }

        return stop;
    }

    // Low five bits per folded character, shifts and ors only: letters stay apart, a collision only shortens a jump.
    private static int Block(char a, char b, char c) => ((Fold(a) & 0x1F) << 10) | ((Fold(b) & 0x1F) << 5) | (Fold(c) & 0x1F);

    private bool HasPrefix(char a, char b, char c)
    {
        var prefix = Prefix(a, b, c);
        return (_prefixes[prefix >> 6] & (1UL << (prefix & 63))) != 0;
    }

    private static int Prefix(char a, char b, char c) => ((Fold(a) * 0x3F1) + (Fold(b) * 0x1F) + Fold(c)) & ((1 << PrefixHashBits) - 1);

    /// <summary>ASCII case folded by setting bit 5 (other ASCII only collides more); beyond ASCII, the invariant lower case, which the Kelvin sign shares with 'k'.</summary>
    private static int Fold(char c) => (c < 0x80 ? c : FoldBeyondAscii(c)) | 0x20;

    // Not inlined: the scan's loop inlines Fold six times, and char.ToLowerInvariant's body in each would lengthen its optimised compilation.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char FoldBeyondAscii(char c) => char.ToLowerInvariant(c);

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
