using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// The line a login table's values lie on (IMPHA109): upper = lower + users / rate, the rate the median over the rows to
/// the nearest half, as Cisco's captions print 1.5, 3, 6, 8, 9 and 15 users per second.
/// </summary>
public class LoginLineTests
{
    private static LoginTableModel Table(params (int Users, int Upper)[] rows)
        => new(500, HaDeploymentKind.ActiveActive, null, rows.Select(r => new LoginRowModel(r.Users, 120, r.Upper)).ToEquatableArray());

    [Fact]
    public void The_rate_of_an_odd_number_of_rows_is_the_middle_one()
        // 100 / 25 = 4, 300 / 50 = 6, 900 / 100 = 9.
        => Assert.Equal(6, TableLint.ImpliedRate(Table((100, 145), (300, 170), (900, 220))));

    [Fact]
    public void The_rate_of_an_even_number_of_rows_is_the_mean_of_the_middle_two()
        // 100 / 25 = 4, 300 / 50 = 6, 900 / 100 = 9, 1500 / 100 = 15: (6 + 9) / 2.
        => Assert.Equal(7.5, TableLint.ImpliedRate(Table((100, 145), (300, 170), (900, 220), (1500, 220))));

    [Theory]
    [InlineData(144, 4.0)] // 100 / 24 = 4.17
    [InlineData(143, 4.5)] // 100 / 23 = 4.35
    [InlineData(136, 6.5)] // 100 / 16 = 6.25: a half rounds up
    [InlineData(187, 1.5)] // 100 / 67 = 1.49: Cisco's Table 1
    public void The_rate_is_rounded_to_the_nearest_half(int upper, double rate)
        => Assert.Equal(rate, TableLint.ImpliedRate(Table((100, upper))));

    [Fact]
    public void A_row_whose_upper_limit_is_not_above_the_lower_one_tells_no_rate()
    {
        // 300 / 100 = 3 and 500 / 100 = 5 give 4; the row at 120 (no span) must not count as a rate at all.
        Assert.Equal(4, TableLint.ImpliedRate(Table((300, 220), (500, 220), (700, 120))));
        Assert.Null(TableLint.ImpliedRate(Table((700, 120))));
    }

    [Fact]
    public void The_line_value_is_lower_plus_users_over_rate_rounded_half_up()
    {
        // Cisco's Table 8: 100 users at 3 per second: 120 + 33.3 = 153, where Cisco prints 154.
        Assert.Equal(153, TableLint.LineValue(new LoginRowModel(100, 120, 154), 3));
        Assert.Equal(154, TableLint.LineValue(new LoginRowModel(101, 120, 154), 3)); // 33.67
        Assert.Equal(187, TableLint.LineValue(new LoginRowModel(100, 120, 187), 1.5)); // 66.67: Cisco's Table 1
        Assert.Equal(123, TableLint.LineValue(new LoginRowModel(5, 120, 123), 2)); // 2.5 rounds up
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(8, "8")]
    public void The_rate_is_written_as_Cisco_writes_it(double rate, string text)
        => Assert.Equal(text, TableLint.Rate(rate));
}
