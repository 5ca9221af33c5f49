using System.Globalization;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// Generated sources are byte-identical whatever the build machine's culture and the tables' line endings, and the
/// table diagnostics quote numbers the same way everywhere.
/// </summary>
public class DeterminismTests
{
    public static TheoryData<string> Cultures => new() { "tr-TR", "de-DE", "ar-SA", "fa-IR", "ja-JP", "hi-IN" };

    private static List<(string Name, string Text)> Sources(IEnumerable<GeneratorHarness.TableText> tables, IDictionary<string, string>? properties = null)
        => GeneratorHarness.Run([.. tables], properties: properties).Result.Results[0].GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    private static readonly Dictionary<string, string> Example1 = new() { ["ImpHaProfile"] = "15000", ["ImpHaDeployment"] = "ActiveActive", ["ImpHaActiveUsers"] = "2000" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Generated_sources_are_the_same_in_every_culture(string culture)
    {
        var invariant = InCulture("en-US", () => Sources(GeneratorHarness.DefaultTables(), Example1));
        var other = InCulture(culture, () => Sources(GeneratorHarness.DefaultTables(), Example1));
        Assert.Equal(invariant, other);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Table_diagnostics_quote_numbers_the_same_in_every_culture(string culture)
    {
        // A lower limit that differs from the rows above, and the lint's rates with a fraction (1.5 users per second).
        const string login = "profile,deployment,active_users,lower_limit,upper_limit\n500,active-active,1000,120,787\n500,active-active,2500,1200,1787\n";
        string Messages() => string.Join("\n", GeneratorHarness.Run(GeneratorHarness.DefaultTables().With("LoginProfiles", login)).Result.Diagnostics.Select(d => d.GetMessage(CultureInfo.CurrentCulture)))
            + "\n" + string.Join("\n", GeneratorHarness.Run(GeneratorHarness.DefaultTables()).Result.Diagnostics.Select(d => d.GetMessage(CultureInfo.CurrentCulture)));
        var invariant = InCulture("en-US", Messages);
        Assert.Contains("1200", invariant, StringComparison.Ordinal);
        Assert.Equal(invariant, InCulture(culture, Messages));
    }

    [Fact]
    public void Crlf_tables_generate_the_same_bytes_as_lf_tables()
    {
        var lf = GeneratorHarness.DefaultTables().Select(t => t with { Text = t.Text.Replace("\r\n", "\n", StringComparison.Ordinal) }).ToList();
        var crlf = lf.Select(t => t with { Text = t.Text.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToList();
        var mixed = lf.Select(t => t with { Text = string.Concat(t.Text.Split('\n').Select((line, i) => line + (i % 2 == 0 ? "\r\n" : "\n"))) }).ToList();
        var expected = Sources(lf);
        Assert.Equal(expected, Sources(crlf));
        Assert.Equal(expected, Sources(mixed));
        Assert.All(expected, s => Assert.DoesNotContain('\r', s.Text));
    }
}
