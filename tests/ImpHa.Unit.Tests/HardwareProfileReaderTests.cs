using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>The hardware profile table as its reader takes it: every column, the bad cell reported once, the clock lint on supplied tables only.</summary>
public class HardwareProfileReaderTests
{
    private const string Header = "profile,name,vcpu,cpu_mhz,memory_gb,min_clock_mhz_active_active,min_clock_mhz_active_standby\n";

    private static TableResult<HardwareProfileTable> Read(string text, bool shipped = false, bool modelOnly = false)
        => HardwareProfileReader.Read(new TableFile(TableRole.HardwareProfiles, "/data/" + TableFileNames.HardwareProfiles, text, shipped, modelOnly));

    [Fact]
    public void Every_column_of_a_row_reaches_the_profile_and_profiles_come_smallest_first()
    {
        var table = Read(Header + "2000,2000 Users Full UC,1,1500,4,2500,2600\n500,500 Users Full UC,1,,2,,\n").Model!;

        Assert.Equal(
            [
                new HardwareProfileModel(500, "500 Users Full UC", 1, null, 2, null, null),
                new HardwareProfileModel(2000, "2000 Users Full UC", 1, 1500, 4, 2500, 2600),
            ],
            table.Profiles);
    }

    /// <summary>A second row for the same profile follows each bad row: a bad row is skipped whole, so it is not "listed twice".</summary>
    [Theory]
    [InlineData("x,500 Users,1,,2,,\n", 0, "'x' is not a valid value for column 'profile'")]
    [InlineData("500,,1,,2,,\n500,500 Users,1,,2,,\n", 4, "'' is not a valid value for column 'name': this column must not be empty")]
    [InlineData("500,500 Users,one,,2,,\n500,500 Users,1,,2,,\n", 14, "'one' is not a valid value for column 'vcpu'")]
    [InlineData("500,500 Users,1,,0,,\n500,500 Users,1,,2,,\n", 17, "'0' is not a valid value for column 'memory_gb': expected a whole number greater than 0")]
    public void A_bad_cell_is_the_one_error_and_its_row_is_skipped(string rows, int column, string message)
    {
        var result = Read(Header + rows);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA104", 1, column), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_listed_twice_is_reported_at_the_second_row()
    {
        var error = Assert.Single(Read(Header + "500,500 Users,1,,2,,\n500,Other,1,,2,,\n").Diagnostics);
        Assert.Equal(("IMPHA105", 2, 0), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("Hardware profile 500 is listed twice; keep one row per profile", error.Message);
    }

    [Fact]
    public void A_table_with_one_clock_column_is_read_and_its_clock_kept()
    {
        var result = Read("profile,name,vcpu,memory_gb,min_clock_mhz_active_active\n15000,15000 Users Full UC,4,8,2500\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2500, Assert.Single(result.Model!.Profiles).MinimumClockMegahertzActiveActive);
    }

    [Fact]
    public void The_clock_lint_runs_on_a_supplied_table_only_not_on_the_package_own_nor_on_a_model_only_read()
    {
        // As Cisco's 15000 user system: 2.5GHz above Table 9 (active/active), 2.6GHz above Table 10 (active/standby).
        var text = Header + "15000,15000 Users Full UC,4,,8,2500,2600\n";

        var finding = Assert.Single(Read(text).Diagnostics);
        Assert.Equal(("IMPHA109", 1, 31), (finding.Id, finding.Location.Line, finding.Location.Column));
        Assert.Empty(Read(text, shipped: true).Diagnostics);
        Assert.Empty(Read(text, modelOnly: true).Diagnostics);
        Assert.NotNull(Read(text, modelOnly: true).Model);
    }

    [Fact]
    public void A_system_size_clock_in_one_section_only_or_two_that_differ_is_found_at_the_cell_it_concerns()
    {
        var findings = Read(Header + "500,500 Users Full UC,1,700,2,,\n2000,2000 Users Full UC,1,1500,4,,2500\n5000,5000 Users Full UC,2,,4,2600,\n15000,15000 Users Full UC,4,,8,2500,2650\n")
            .Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Message));

        Assert.Equal(
            [
                ("IMPHA109", 2, 33, "2000 Users Full UC: only the active/standby section has the Attention note recommending \"a minimum of 2.5GHz CPU clock speed\" on a 2000 user system; the active/active section has none, so ImpHa gives no minimum clock for active/active, although the note speaks of the system size"),
                ("IMPHA109", 3, 34, "5000 Users Full UC: only the active/active section has the Attention note recommending \"a minimum of 2.6GHz CPU clock speed\" on a 5000 user system; the active/standby section has none, so ImpHa gives no minimum clock for active/standby, although the note speaks of the system size"),
                ("IMPHA109", 4, 31, "15000 Users Full UC: Cisco's Attention note in the active/active section recommends \"a minimum of 2.5GHz CPU clock speed\" on a 15000 user system, the one in the active/standby section \"a minimum of 2.65GHz CPU clock speed\"; ImpHa keeps each section's value for its deployment type"),
            ],
            findings);
    }

    [Fact]
    public void A_malformed_line_is_reported_where_it_is_and_no_table_is_made()
    {
        var result = Read(Header + "500,\"500 Users\"x,1,,2,,\n1000,1000 Users Full UC,1,,2,,\n");

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA101", 1, 15), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("Malformed CSV: unexpected 'x' after a closing quote; put the whole field in quotes and double any quote inside it (\"\")", error.Message);
    }

    [Fact]
    public void Without_a_required_column_the_header_is_the_one_error_and_no_row_is_read()
    {
        // Read on, the row's empty 'name' would be a second error.
        var result = Read("profile,vcpu,memory_gb\n500,1,2\n");

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA102", 0), (error.Id, error.Location.Line));
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }
}
