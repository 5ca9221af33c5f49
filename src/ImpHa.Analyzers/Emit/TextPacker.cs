using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Packs a table's texts for the generated code, which <see cref="PackedTextEmitter"/> decodes: each distinct text once,
/// as its word count and word indexes; each distinct word once, all of them joined by ' ' in one UTF-8 byte array.
/// Texts are split on ' ' only, so joining the words with ' ' gives back every text, double spaces included.
/// Byte arrays compile to a data blob at one byte per ASCII character, where string literals take two; numbers are
/// 7-bit varints, and frequent texts and words get the small numbers.
/// </summary>
internal sealed class TextPacker
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _firstSeen = [];
    private Dictionary<string, int>? _ids;

    /// <summary>Counts a text in; call <see cref="Pack"/> after the last.</summary>
    public void Add(string text)
    {
        if (_ids is not null)
        {
            throw new InvalidOperationException("The texts are packed already.");
        }

        if (_counts.TryGetValue(text, out var count))
        {
            _counts[text] = count + 1;
        }
        else
        {
            _counts.Add(text, 1);
            _firstSeen.Add(text);
        }
    }

    /// <summary>The number of distinct texts.</summary>
    public int Count => _firstSeen.Count;

    /// <summary>The words, joined by ' ', as UTF-8.</summary>
    public byte[] Words { get; private set; } = [];

    /// <summary>Per text: its word count, then its word indexes, as varints.</summary>
    public byte[] Runs { get; private set; } = [];

    /// <summary>The id of a text added before <see cref="Pack"/>.</summary>
    public int Id(string text) => (_ids ?? throw new InvalidOperationException("Pack the texts first."))[text];

    /// <summary>Orders texts and words by use (then first appearance, so the output is deterministic) and builds <see cref="Words"/> and <see cref="Runs"/>.</summary>
    public TextPacker Pack()
    {
        var texts = ByUse(_firstSeen, _counts);
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordsSeen = new List<string>();
        var splits = new List<string[]>(texts.Count);
        foreach (var text in texts)
        {
            _ids.Add(text, _ids.Count);
            var split = Split(text);
            splits.Add(split);
            foreach (var word in split)
            {
                wordCounts.TryGetValue(word, out var count);
                if (count == 0)
                {
                    wordsSeen.Add(word);
                }

                wordCounts[word] = count + _counts[text];
            }
        }

        var words = ByUse(wordsSeen, wordCounts);
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            wordIds.Add(word, wordIds.Count);
        }

        var runs = new List<byte>();
        foreach (var split in splits)
        {
            WriteVarint(runs, split.Length);
            foreach (var word in split)
            {
                WriteVarint(runs, wordIds[word]);
            }
        }

        Words = Encoding.UTF8.GetBytes(string.Join(" ", words));
        Runs = runs.ToArray();
        return this;
    }

    /// <summary>Seven bits a byte, low bits first; the high bit says another byte follows.</summary>
    public static void WriteVarint(List<byte> bytes, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        bytes.Add((byte)rest);
    }

    /// <summary>
    /// One array for a table (each array of its own size costs the assembly a type and a field): the rows, then
    /// <see cref="Words"/>, then <see cref="Runs"/>; and the decoder of its texts.
    /// </summary>
    public void WriteTableData(SourceWriter w, IReadOnlyList<byte> rows)
    {
        var data = new List<byte>(rows.Count + Words.Length + Runs.Length);
        for (var i = 0; i < rows.Count; i++)
        {
            data.Add(rows[i]);
        }

        data.AddRange(Words);
        data.AddRange(Runs);
        WritePackedBytes(w, "private static readonly byte[] s_data", data);
        var start = rows.Count.ToString(CultureInfo.InvariantCulture);
        var length = Words.Length.ToString(CultureInfo.InvariantCulture);
        w.Line($"private static readonly ImpHaPackedText s_texts = new ImpHaPackedText(s_data, {start}, {length}, {Count.ToString(CultureInfo.InvariantCulture)});");
    }

    /// <summary>
    /// The bytes two to a character of a string literal (low byte first), unpacked once by <c>ImpHaPackedText.Unpack</c>:
    /// the literal costs the assembly its bytes only, where an array initialiser also costs a named data field and a data type.
    /// </summary>
    public static void WritePackedBytes(SourceWriter w, string declaration, IReadOnlyList<byte> bytes)
    {
        var chars = new List<int>((bytes.Count + 1) / 2);
        for (var i = 0; i < bytes.Count; i += 2)
        {
            chars.Add(((i + 1 < bytes.Count ? bytes[i + 1] : 0) << 8) | bytes[i]);
        }

        w.Line($"{declaration} = ImpHaPackedText.Unpack(").Indent();
        w.CharLiteral(chars, ",").Line($"{bytes.Count.ToString(CultureInfo.InvariantCulture)});").Outdent();
    }

    /// <summary>The empty text has no words; any other splits on every ' '.</summary>
    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split(' ');

    /// <summary>Most used first, ties in order of first appearance (a total order, so any sort gives the same list).</summary>
    private static List<string> ByUse(List<string> firstSeen, Dictionary<string, int> counts)
    {
        // No LINQ over (item, index) tuples: a cold compiler compiles generic code once per value type it is used with.
        var firstIndex = new Dictionary<string, int>(firstSeen.Count, StringComparer.Ordinal);
        foreach (var item in firstSeen)
        {
            firstIndex.Add(item, firstIndex.Count);
        }

        var ordered = new List<string>(firstSeen);
        ordered.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : firstIndex[a].CompareTo(firstIndex[b]));
        return ordered;
    }
}
