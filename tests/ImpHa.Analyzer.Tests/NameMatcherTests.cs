using ImpHa.Analyzers.Analysis.Candidates;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Analyzer.Tests;

public class NameMatcherTests
{
    private static readonly NameMatcher Matcher = new(["Client Re-Login Upper Limit", "HTTP Port", "Labels_Upper"]);

    [Theory]
    [InlineData(0)]
    [InlineData(4070)]
    [InlineData(4080)]
    [InlineData(4095)]
    [InlineData(9000)]
    public void A_name_is_found_wherever_it_sits_including_across_chunk_boundaries(int position)
    {
        var text = new string('x', position) + "CLIENT re-login UPPER limit" + new string('y', 3000);
        Assert.True(Matcher.AnyIn(SourceText.From(text)));
    }

    [Fact]
    public void Text_without_any_name_is_not_a_candidate()
    {
        var text = string.Concat(Enumerable.Repeat("Client Re-Login Lower Limit; HTTP Por; Labels_Uppe ", 500));
        Assert.False(Matcher.AnyIn(SourceText.From(text)));
        Assert.True(Matcher.AnyIn(SourceText.From(text + "labels_upper")));
        Assert.False(new NameMatcher([]).AnyIn(SourceText.From(text)));
    }

    [Fact]
    public void Finds_exactly_the_positions_a_naive_case_insensitive_search_finds()
    {
        // Seeded random texts built from name fragments, other letters, punctuation and non-ASCII, against random name sets.
        var random = new Random(20261126);
        string[] pieces = ["Client Re-Login Upper Limit", "client re", "Upper", "HTTP Port", "http po", "GetLimits", "ion", "tion ", "Ä", "é", "\n", "\"", " ", ",", "K", "\u212A", "ß"];
        for (var run = 0; run < 2000; run++)
        {
            var names = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => Prefix(pieces[random.Next(pieces.Length)], 1 + random.Next(3)) + (random.Next(3) == 0 ? string.Empty : pieces[random.Next(pieces.Length)]))
                .ToList();
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => Case(random, pieces[random.Next(pieces.Length)])));
            if (random.Next(4) == 0)
            {
                text = new string('x', 4090) + text;
            }

            var expected = Enumerable.Range(0, text.Length)
                .Where(i => names.Any(n => i + n.Length <= text.Length && string.Equals(text.Substring(i, n.Length).ToLowerInvariant(), n.ToLowerInvariant(), StringComparison.Ordinal)))
                .ToList();
            var found = new NameMatcher(names).FindAll(SourceText.From(text)) ?? [];
            Assert.True(expected.SequenceEqual(found), $"run {run}: names [{string.Join("|", names)}] in \"{text}\": expected [{string.Join(",", expected)}], found [{string.Join(",", found)}]");
        }
    }

    [Fact]
    public void Many_texts_in_one_call_find_what_each_finds_alone()
    {
        var texts = new[] { "x HTTP Port", string.Empty, "nothing here", new string('y', 5000) + "http port" + " Labels_Upper" }.Select(t => SourceText.From(t)).ToList();
        var together = Matcher.FindAll(texts, CancellationToken.None);
        Assert.Equal(texts.Select(t => Matcher.FindAll(t)), together);
        Assert.Equal([5000, 5010], together[3]);
        Assert.Null(together[1]);
    }

    private static string Prefix(string text, int length) => text.Substring(0, Math.Min(length, text.Length));

    private static string Case(Random random, string text) => random.Next(3) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        _ => text,
    };
}
