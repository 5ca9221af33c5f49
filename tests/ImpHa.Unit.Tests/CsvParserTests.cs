using ImpHa.Core.Parse;
using Xunit;

namespace ImpHa.Unit.Tests;

public class CsvParserTests
{
    [Fact]
    public void Reads_header_records_and_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var document = CsvParser.Parse("/t.csv", "\uFEFFa,b\r\n1,\"x, \"\"y\"\"\nz\"\n\n2,\n");

        Assert.Empty(document.Errors);
        Assert.Equal(["a", "b"], document.Header!.Fields.Select(f => f.Value));
        Assert.Equal(2, document.Records.Length);
        Assert.Equal("x, \"y\"\nz", document.Records[0].Fields[1].Value);
        Assert.Equal(["2", ""], document.Records[1].Fields.Select(f => f.Value));
    }

    [Fact]
    public void Locates_fields_by_zero_based_line_and_column()
    {
        var document = CsvParser.Parse("/t.csv", "a,b\n10,20\n");

        var field = document.Records[0].Fields[1];
        Assert.Equal((1, 3), (field.Location.Line, field.Location.Column));
        Assert.Equal("/t.csv", field.Location.Path);
    }

    [Theory]
    [InlineData("a\n\"open\n")]
    [InlineData("a\n\"x\"y\n")]
    public void Reports_malformed_quotes_as_IMPHA101_at_their_line(string text)
    {
        var document = CsvParser.Parse("/t.csv", text);

        var error = Assert.Single(document.Errors);
        Assert.Equal("IMPHA101", error.Id);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Empty_text_has_no_header()
        => Assert.Null(CsvParser.Parse("/t.csv", string.Empty).Header);
}
