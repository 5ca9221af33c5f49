using System.Collections;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>The generated code stores the restart and XMPP texts packed; at run time every text is the table's, character for character.</summary>
public class PackedTextTests
{
    private static readonly string[] RuleTexts = ["Setting", "MenuPath", "Trigger", "AlertName", "ServiceName", "ParameterName", "PrintedRestart", "Interpretation"];

    [Fact]
    public void Every_restart_rule_reads_back_the_csv_text_of_its_row()
    {
        var tables = GeneratorHarness.DefaultTables();
        var csv = RestartRuleReader.Read(File(tables, "RestartRules", TableRole.RestartRules)).Model!.Rules;
        var rules = All(GeneratedAssembly.Load(tables), "ImpHa.RestartRules");

        Assert.Equal(csv.Count, rules.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            var expected = new[] { csv[i].Setting, csv[i].MenuPath, csv[i].Trigger, csv[i].Alert, csv[i].Service, csv[i].Parameter, csv[i].PrintedRestart, csv[i].Interpretation };
            Assert.Equal(expected, RuleTexts.Select(name => Property(rules[i], name)));
            Assert.Equal(csv[i].Id, Property(rules[i], "Change"));
            Assert.Equal(csv[i].SameChange.Count, ((ICollection)rules[i].GetType().GetProperty("SameChange")!.GetValue(rules[i])!).Count);
        }
    }

    [Fact]
    public void Every_xmpp_standard_reads_back_the_csv_identifier_and_title()
    {
        var tables = GeneratorHarness.DefaultTables();
        var csv = XmppStandardReader.Read(File(tables, "XmppStandards", TableRole.XmppStandards)).Model!.Standards;
        var standards = All(GeneratedAssembly.Load(tables), "ImpHa.XmppStandards");

        Assert.Equal(csv.Select(s => ((string?)s.Identifier, (string?)s.Title, (string?)s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))), standards.Select(s => (Property(s, "Identifier"), Property(s, "Title"), Property(s, "Number"))));
    }

    [Fact]
    public void Awkward_titles_read_back_exactly()
    {
        string[] titles = ["Multi-User  Chat", "Präsenz – 日本語 😀", "say \"\"hi\"\"", @"back\slash */ /* end", "x"];
        var rows = string.Concat(titles.Select((title, i) => $"XEP-{i + 1:0000},{i + 1},\"{title}\"\n"));
        var tables = GeneratorHarness.DefaultTables().With("XmppStandards", "identifier,number,title\n" + rows);
        var csv = XmppStandardReader.Read(File(tables, "XmppStandards", TableRole.XmppStandards)).Model!.Standards;
        var standards = All(GeneratedAssembly.Load(tables), "ImpHa.XmppStandards");

        Assert.Equal("Multi-User  Chat", csv[0].Title);
        Assert.Equal(csv.Select(s => (string?)s.Title), standards.Select(s => Property(s, "Title")));
    }

    private static List<object> All(System.Reflection.Assembly assembly, string type)
        => ((IEnumerable)assembly.GetType(type)!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    private static string? Property(object item, string name) => item.GetType().GetProperty(name)!.GetValue(item)?.ToString();

    private static TableFile File(System.Collections.Immutable.ImmutableArray<GeneratorHarness.TableText> tables, string role, TableRole tableRole)
    {
        var table = tables.Single(t => t.Role == role);
        return new TableFile(tableRole, table.Path, table.Text);
    }
}
