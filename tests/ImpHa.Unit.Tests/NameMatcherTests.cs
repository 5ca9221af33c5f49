using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using ImpHa.Analyzers.Analysis.Skipping;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// The text scan that decides which trees the analyzer looks at: it must find every start of every name, ignoring case,
/// exactly where a character-by-character comparison does, whatever its jumps, hashes and buffer chunks do.
/// </summary>
public class NameMatcherTests
{
    // Letters of the names in both cases, characters whose low five bits equal a letter's (digits, punctuation), the
    // Kelvin sign (its invariant lower case is 'k') and other non-ASCII letters.
    private const string Alphabet = "abcdeklmnopsrtuvABCDEKLMNOPRSTUV 0123-(/.\u212A\u00E9\u00C9\u0130";

    private static readonly Gen<string> Name = Gen.Char[Alphabet].Array[1, 12].Select(chars => new string(chars));

    private static readonly Gen<string[]> Names = Name.Array[1, 6];

    // Texts that mostly repeat the names with other characters around them, some longer than a buffer-full (4,096 characters).
    private static Gen<string> Text(string[] names) => Gen.OneOf(
            Gen.Char[Alphabet].Array[0, 20].Select(chars => new string(chars)),
            Gen.Int[0, names.Length - 1].Select(i => names[i]),
            Gen.Int[0, names.Length - 1].Select(i => names[i].ToUpperInvariant()))
        .Array[0, 40]
        .Select(parts => string.Concat(parts))
        .SelectMany(text => Gen.Int[0, 3].Select(copies => string.Concat(Enumerable.Repeat(text, copies == 3 ? 4096 / System.Math.Max(text.Length, 1) + 2 : 1))));

    [Fact]
    public void Finds_every_start_of_every_name_as_a_character_by_character_comparison_does()
    {
        Names.SelectMany(names => Text(names).Select(text => (names, text))).Sample(
            sample =>
            {
                var matcher = new NameMatcher(sample.names);
                var expected = Starts(sample.text, sample.names);
                var found = matcher.FindAll(SourceText.From(sample.text)) ?? [];
                Assert.Equal(expected, found);
                Assert.Equal(expected.Count > 0, matcher.AnyIn(SourceText.From(sample.text)));
            },
            iter: 3000);
    }

    [Fact]
    public void Many_texts_in_one_call_find_what_each_alone_finds()
    {
        Names.SelectMany(names => Text(names).Array[1, 8].Select(texts => (names, texts))).Sample(
            sample =>
            {
                var matcher = new NameMatcher(sample.names);
                var all = matcher.FindAll(sample.texts.Select(t => SourceText.From(t)).ToList(), CancellationToken.None);
                for (var i = 0; i < sample.texts.Length; i++)
                {
                    Assert.Equal(Starts(sample.texts[i], sample.names), all[i] ?? []);
                }
            },
            iter: 300);
    }

    [Theory]
    [InlineData("ClientReLoginUpperLimit")]
    [InlineData("clientreloginupperlimit")]
    [InlineData("CLIENT RE-LOGIN UPPER LIMIT")]
    public void A_name_at_a_chunk_boundary_is_found(string spelling)
    {
        var names = new[] { "Client Re-Login Upper Limit", "ClientReLoginUpperLimit", "getlimits" };
        for (var offset = 4096 - 30; offset <= 4096 + 2; offset++)
        {
            var text = new string(' ', offset) + spelling + new string(' ', 50);
            Assert.Equal([offset], new NameMatcher(names).FindAll(SourceText.From(text)) ?? []);
        }
    }

    [Fact]
    public void A_text_without_any_name_gives_null()
    {
        var text = SourceText.From(string.Concat(Enumerable.Repeat("public sealed class JsonReader { private int _position; }\n", 500)));
        Assert.Null(new NameMatcher(["ClientReLoginUpperLimit", "Cisco XCP Router", "getlimits"]).FindAll(text));
    }

    private static List<int> Starts(string text, string[] names)
    {
        var lowered = names.Where(n => n.Length > 0).Select(n => n.ToLowerInvariant()).ToList();
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (lowered.Any(name => i + name.Length <= text.Length && Enumerable.Range(0, name.Length).All(j => char.ToLowerInvariant(text[i + j]) == name[j])))
            {
                starts.Add(i);
            }
        }

        return starts;
    }
}
