using ImpHa.Analyzers.Analysis.Skipping;
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
}
