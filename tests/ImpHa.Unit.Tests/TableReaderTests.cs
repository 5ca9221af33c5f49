using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

public class TableReaderTests
{
    private static TableReader Open(string text) => TableReader.Open(new TableFile(TableRole.LoginProfiles, "/t.csv", text), ["profile", "users"]);

    [Fact]
    public void Reads_cells_by_column_name_in_any_order_and_case()
    {
        var reader = Open("Users,PROFILE,note\n 250 ,500,x\n");

        Assert.False(reader.HasErrors);
        var row = Assert.Single(reader.Rows);
        Assert.Equal(500, reader.PositiveInt(row, "profile"));
        Assert.Equal(250, reader.PositiveInt(row, "users"));
        Assert.Equal("x", reader.Text(row, "note"));
        Assert.Equal(string.Empty, reader.Text(row, "absent"));
    }

    [Fact]
    public void A_missing_column_is_IMPHA102_at_the_header()
    {
        var reader = Open("profile,note\n500,x\n");

        var error = Assert.Single(reader.Diagnostics);
        Assert.Equal(("IMPHA102", 0), (error.Id, error.Location.Line));
        Assert.Equal(["login profile", "users", "profile, users"], error.Arguments);
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_is_IMPHA103_and_skipped()
    {
        var reader = Open("profile,users\n500\n500,250\n");

        Assert.Equal("IMPHA103", Assert.Single(reader.Diagnostics).Id);
        Assert.Single(reader.Rows);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1,000")]
    [InlineData("5 s")]
    [InlineData("99999999999")]
    public void Anything_but_a_positive_whole_number_is_IMPHA104_at_the_cell(string cell)
    {
        var reader = Open($"profile,users\n500,\"{cell}\"\n");

        Assert.Null(reader.PositiveInt(reader.Rows[0], "users"));
        var error = Assert.Single(reader.Diagnostics);
        Assert.Equal(("IMPHA104", 1, 4), (error.Id, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Blank_rows_are_ignored()
        => Assert.Single(Open("profile,users\n , \n500,250\n").Rows);
}
