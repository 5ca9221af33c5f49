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
    [InlineData("")]
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

    [Fact]
    public void An_optional_number_may_be_empty_and_is_read_when_given()
    {
        var reader = Open("profile,users,table\n500,250,\n500,100,7\n");

        Assert.Null(reader.OptionalPositiveInt(reader.Rows[0], "table"));
        Assert.Equal(7, reader.OptionalPositiveInt(reader.Rows[1], "table"));
        Assert.Null(reader.OptionalPositiveInt(reader.Rows[1], "absent"));
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void An_empty_required_text_is_IMPHA104_at_the_cell()
    {
        var reader = Open("profile,users,name\n500,250, \n");

        Assert.Equal(string.Empty, reader.RequiredText(reader.Rows[0], "name"));
        var error = Assert.Single(reader.Diagnostics);
        Assert.Equal(("IMPHA104", 1, 8), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("'' is not a valid value for column 'name': this column must not be empty", error.Message);
    }

    [Fact]
    public void A_column_named_twice_is_read_from_its_first_place()
    {
        var reader = Open("profile,users,Users\n500,250,300\n");

        Assert.False(reader.HasErrors);
        Assert.Equal(250, reader.PositiveInt(reader.Rows[0], "users"));
    }

    [Fact]
    public void A_table_of_exactly_the_row_cap_is_read_and_one_row_more_is_one_error_with_no_row_read()
    {
        static string Table(int rows) => "profile,users\n" + string.Concat(Enumerable.Repeat("500,250\n", rows));

        var atCap = Open(Table(TableReader.MaxRows));
        Assert.False(atCap.HasErrors);
        Assert.Equal(TableReader.MaxRows, atCap.Rows.Length);

        // Beyond the cap no row is read: nothing of the table reaches the generated code.
        var beyond = Open(Table(TableReader.MaxRows + 1));
        var error = Assert.Single(beyond.Diagnostics);
        Assert.Equal(("IMPHA105", TableReader.MaxRows + 1), (error.Id, error.Location.Line));
        Assert.Equal("The login profile table has 50001 rows; ImpHa reads at most 50000, because a larger table makes every build and keystroke slow. Keep the rows your clusters use", error.Message);
        Assert.Empty(beyond.Rows);
    }
}
