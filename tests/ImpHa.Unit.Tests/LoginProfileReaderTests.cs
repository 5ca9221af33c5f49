using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>The login profile table as its reader takes it: the rows of each profile and deployment, the bad cell reported once, the lint's words.</summary>
public class LoginProfileReaderTests
{
    private const string Header = "profile,deployment,active_users,lower_limit,upper_limit,table,caption_rate\n";

    private static TableResult<LoginProfileTable> Read(string text, HardwareProfileTable? hardware)
        => LoginProfileReader.Read(new TableFile(TableRole.LoginProfiles, "/data/" + TableFileNames.LoginProfiles, text), hardware);

    [Fact]
    public void Rows_group_into_one_table_per_profile_and_deployment_smallest_profile_first_active_active_first()
    {
        var login = Read(
            Header
            + "1000,active-standby,500,120,220,4,\n"
            + "1000,active-active,500,120,220,3,\n"
            + "500,active-standby,250,120,170,2,\n"
            + "500,active-standby,100,120,140,2,\n",
            ShippedTables.Hardware).Model!;

        Assert.Equal(120, login.CriticalServiceDownDelaySeconds);
        Assert.Equal(
            [(500, HaDeploymentKind.ActiveStandby, 2), (1000, HaDeploymentKind.ActiveActive, 3), (1000, HaDeploymentKind.ActiveStandby, 4)],
            login.Tables.Select(t => (t.Profile, t.Deployment, t.TableNumber ?? 0)));
        Assert.Equal([new LoginRowModel(100, 120, 140), new LoginRowModel(250, 120, 170)], login.Tables[0].Rows);
    }

    [Fact]
    public void Without_the_hardware_table_the_rows_are_read_as_they_are()
    {
        // The analyzer reads the login table alone (model only), trusting the generator to check it against the hardware table.
        var table = Assert.Single(Read(Header + "3000,active-active,100,120,140,,\n", hardware: null).Model!.Tables);
        Assert.Equal(3000, table.Profile);
    }

    [Theory]
    [InlineData("-1,active-active,100,120,140,,\n", 0, "'-1' is not a valid value for column 'profile'")]
    [InlineData("500,active-active,x,120,140,,\n", 18, "'x' is not a valid value for column 'active_users'")]
    [InlineData("500,active-active,100,0,140,,\n", 22, "'0' is not a valid value for column 'lower_limit'")]
    [InlineData("500,active-active,100,120,,,\n", 26, "'' is not a valid value for column 'upper_limit': expected a whole number greater than 0")]
    public void A_bad_cell_is_the_one_error_and_no_table_is_made(string rows, int column, string message)
    {
        var result = Read(Header + rows, ShippedTables.Hardware);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA104", 1, column), (error.Id, error.Location.Line, error.Location.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_reported_at_the_header()
    {
        var result = Read(Header, ShippedTables.Hardware);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IMPHA105", 0), (error.Id, error.Location.Line));
        Assert.Equal("The login profile table has no rows; add at least one row below the header", error.Message);
    }

    [Fact]
    public void An_empty_file_is_only_the_missing_column_error()
        => Assert.Equal(["IMPHA102"], Read(string.Empty, ShippedTables.Hardware).Diagnostics.Select(d => d.Id));

    [Fact]
    public void A_caption_rate_the_values_do_not_bear_out_is_found_at_the_first_row_caption_naming_profile_and_table()
    {
        // Both rows lie on 5 users per second (100 / (140 - 120), 250 / (170 - 120)); the first row's caption says 9, the second's 5.
        var findings = Read(Header + "500,active-active,100,120,140,1,9\n500,active-active,250,120,170,1,5\n", ShippedTables.Hardware).Diagnostics;

        var finding = Assert.Single(findings);
        Assert.Equal(("IMPHA109", 1, 32), (finding.Id, finding.Location.Line, finding.Location.Column));
        Assert.Equal("500 Users Full UC active/active (Table 1): the caption's login rate is 9 users per second, but the values imply 5 (upper - lower = users / 5); ImpHa uses the values", finding.Message);
    }

    [Fact]
    public void A_caption_within_half_a_user_per_second_of_the_values_is_no_finding()
        => Assert.Empty(Read(Header + "500,active-standby,100,120,187,2,1\n500,active-standby,250,120,287,2,1\n", ShippedTables.Hardware).Diagnostics);

    [Fact]
    public void A_table_whose_upper_limits_never_exceed_the_lower_has_no_line_to_lint_against()
    {
        var result = Read(Header + "500,active-standby,100,120,120,,\n500,active-standby,200,120,110,,\n", ShippedTables.Hardware);

        Assert.Equal([(100, 120), (200, 110)], Assert.Single(result.Model!.Tables).Rows.Select(r => (r.ActiveUsers, r.UpperLimit)));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_row_off_the_line_without_hardware_names_nor_table_number_is_named_by_its_profile_number()
    {
        // 100 / (140 - 120) and 300 / (180 - 120) are 5 users per second: the line gives 120 + 200 / 5 = 160 for 200 users.
        var finding = Assert.Single(Read(Header + "500,active-standby,100,120,140,,\n500,active-standby,200,120,170,,\n500,active-standby,300,120,180,,\n", hardware: null).Diagnostics);

        Assert.Equal(("IMPHA109", 2, 27), (finding.Id, finding.Location.Line, finding.Location.Column));
        Assert.Equal("500 active/standby, 200 active users: Cisco prints an upper limit of 170, but the table's own line (lower limit + users / 5 users per second) gives 160; ImpHa keeps Cisco's value", finding.Message);
    }

    /// <summary>Each bad row is followed by one that a row read on would put in conflict with it (same users, another lower limit).</summary>
    [Theory]
    [InlineData("500,active/passive,100,120,140,,\n500,active-active,100,120,140,,\n", 1, 4, "IMPHA104", "'active/passive' is not a valid value for column 'deployment': expected active-active, active-standby (also ActiveActive, ActiveStandby, active/active, active/standby)")]
    [InlineData("700,active-active,100,120,140,,\n500,active-active,100,130,160,,\n", 1, 0, "IMPHA105", "Profile 700 is not in the hardware profile table (it has 500, 1000, 2000, 5000, 15000, 25000); fix the capacity or add the profile to the hardware profile CSV")]
    [InlineData("500,active-active,100,120,140,,\n500,active-active,200,130,160,,\n500,active-active,200,120,160,,\n", 2, 22, "IMPHA105", "Lower limit 130 differs from the 120 of the rows above; the lower limit is the cluster-wide Critical Service Down Delay, so every row must share it")]
    [InlineData("500,active-active,100,120,140,,\n500,active-active,100,120,150,,\n", 2, 18, "IMPHA105", "The 500 active/active table already has a row for 100 active users; keep one row per user count")]
    public void A_row_that_contradicts_the_table_is_the_one_error_at_its_cell_and_no_table_is_made(string rows, int line, int column, string id, string message)
    {
        var result = Read(Header + rows, ShippedTables.Hardware);

        Assert.Null(result.Model);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((id, line, column, message), (error.Id, error.Location.Line, error.Location.Column, error.Message));
    }

    [Fact]
    public void The_package_own_table_is_not_linted()
    {
        // The off-line row of A_row_off_the_line_…, read as a shipped table: the build says nothing about ImpHa's own data.
        var text = Header + "500,active-standby,100,120,140,,\n500,active-standby,200,120,170,,\n500,active-standby,300,120,180,,\n";
        var result = LoginProfileReader.Read(new TableFile(TableRole.LoginProfiles, "/data/" + TableFileNames.LoginProfiles, text, Shipped: true), ShippedTables.Hardware);

        Assert.NotNull(result.Model);
        Assert.Empty(result.Diagnostics);
    }
}
