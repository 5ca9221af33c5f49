using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Analysis.Writes.Files;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The tolerant scanner of JSON written in strings, one text at a time: the string and number members of each object
/// are one list ("member=value", one object in brackets), through nesting, arrays, escapes, blanks and fragments cut off
/// anywhere. <see cref="WireTextTests"/> covers the same scanner through the analyzer.
/// </summary>
public class JsonTextScannerTests
{
    private static string Scan(string text)
        => string.Join(" ", JsonText.Items(new FileText("/t.json", SourceText.From(text))).Select(list => "[" + string.Join(", ", list.Select(item => $"{item.Member}={item.Text}")) + "]"));

    [Theory]
    [InlineData("{\"name\": \"a\", \"value\": 300}", "[name=a, value=300]")]
    [InlineData("{\"name\":\"a\",\"value\":\"300\"}", "[name=a, value=300]")]
    [InlineData("{ \"name\" :\n \"a\" , \"value\"\t:\t-3.5e }", "[name=a, value=-3.5]")]
    [InlineData("{\"value\": +300, \"other\": true, \"none\": null, \"list\": [1, 2]}", "[value=+300]")]
    [InlineData("{}", "")]
    [InlineData("{\"name\": \"a\"}", "[name=a]")]
    public void String_and_number_members_of_an_object_are_its_items(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("{\"a\": {\"name\": \"n\", \"value\": 1}, \"value\": 2}", "[value=2] [name=n, value=1]")]
    [InlineData("[{\"name\": \"n\"}, {\"value\": 1}]", "[name=n] [value=1]")]
    [InlineData("{\"list\": [\"name\", \"x\"], \"value\": 1}", "[value=1]")]
    [InlineData("{\"name\": \"n\"}}] {\"value\": 1}", "[name=n] [value=1]")]
    [InlineData("]}\"name\": \"n\"", "")]
    public void Nesting_decides_which_object_a_member_belongs_to(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("{\"na\\\"me\": \"a\\\"b\", \"value\": 1}", "[na\\\"me=a\\\"b, value=1]")]
    [InlineData("{\"name\": \"a\nb\", \"value\": 1}", "")]
    [InlineData("{\"name\": \"a", "")]
    [InlineData("{\"name\"", "")]
    [InlineData("{\"name\": ", "")]
    [InlineData("{\"name", "")]
    [InlineData("{\"name\" \"a\", \"value\": 1}", "[value=1]")]
    [InlineData("{\"value\": 12x}", "[value=12]")]
    [InlineData("{\"value\":", "")]
    public void Escapes_line_breaks_and_fragments_cut_off_are_read_as_far_as_they_go(string text, string expected) => Assert.Equal(expected, Scan(text));
}
