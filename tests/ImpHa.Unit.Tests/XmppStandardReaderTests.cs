using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>The XMPP standards table: the document's two forms, "RFC 3920" and "XEP-0045", and nothing else.</summary>
public class XmppStandardReaderTests
{
    private const string Header = "identifier,number,title\n";

    private static TableResult<XmppStandardTable> Read(string rows)
        => XmppStandardReader.Read(new TableFile(TableRole.XmppStandards, "/data/" + TableFileNames.XmppStandards, Header + rows));

    [Fact]
    public void Rfc_and_xep_rows_become_standards_in_file_order()
    {
        var standards = Read("RFC 3920,3920,Extensible Messaging and Presence Protocol (XMPP): Core\nXEP-0045,45,Multi-User Chat\n").Model!.Standards;

        Assert.Equal(
            [(true, 3920, "RFC 3920", "Rfc3920"), (false, 45, "XEP-0045", "Xep0045")],
            standards.Select(s => (s.IsRfc, s.Number, s.Identifier, s.MemberName)));
        Assert.Equal("Multi-User Chat", standards[1].Title);
    }

    [Theory]
    [InlineData("XEP-45,45,Multi-User Chat\n")]
    [InlineData("XEP-00045,45,Multi-User Chat\n")]
    [InlineData("JEP-0045,45,Multi-User Chat\n")]
    [InlineData("ABC 3920,3920,Core\n")]
    [InlineData("RFC 0,1,Nothing\n")]
    [InlineData("RFC -1,1,Nothing\n")]
    [InlineData("XE,45,x\n")]
    public void An_identifier_in_neither_form_is_IMPHA104_at_its_cell_and_no_table_is_made(string rows)
    {
        var result = Read(rows);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA104", 1, 0), (error.Id, error.Location.Line, error.Location.Column));
        Assert.EndsWith("expected 'RFC <number>' or 'XEP-<four digits>', e.g. RFC 3920 or XEP-0045", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A second row with the same identifier follows each bad row: a bad row is skipped whole, so it is not "listed twice".</summary>
    [Theory]
    [InlineData(",45,Multi-User Chat\n", 0, "column 'identifier': this column must not be empty")]
    [InlineData("XEP-0045,,Multi-User Chat\nXEP-0045,45,Multi-User Chat\n", 9, "column 'number': expected a whole number")]
    [InlineData("XEP-0045,45,\nXEP-0045,45,Multi-User Chat\n", 12, "column 'title': this column must not be empty")]
    public void An_empty_cell_is_the_one_error_and_its_row_is_skipped(string rows, int column, string message)
    {
        var error = Assert.Single(Read(rows).Diagnostics);
        Assert.Equal(("IMPHA104", 1, column), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_disagrees_with_the_identifier_and_a_repeated_standard_are_reported_where_they_are()
    {
        var diagnostics = Read("XEP-0045,46,Multi-User Chat\nXEP-0045,45,Multi-User Chat\nXEP-0045,45,Again\n").Diagnostics;

        Assert.Equal(
            [
                ("IMPHA105", 1, 9, "Number 46 does not match identifier 'XEP-0045'; make them agree"),
                ("IMPHA105", 3, 0, "'XEP-0045' is listed twice; keep one row per standard"),
            ],
            diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Message)));
    }
}
