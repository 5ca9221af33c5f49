using ImpHa.Analyzers.Analysis.Writes.Files;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The readers of marked files, one input at a time: which kind a file is read as, what each reader takes as an item
/// ("member=value", one mapping or object in brackets), and where and why it calls a file unreadable (IMPHA011's
/// position and message). <see cref="CheckedFileTests"/> covers the same readers through the analyzer.
/// </summary>
public class CheckedFileReaderTests
{
    /// <summary>The reader's answer as a user would see it: the items it found, or the place and text of IMPHA011.</summary>
    private static string Read(string path, string text)
    {
        var file = new FileText(path, SourceText.From(text));
        var content = CheckedFiles.Read(file, default);
        if (content.ProblemAt is int at)
        {
            var position = file.At(at, 0).GetLineSpan().StartLinePosition;
            return $"unreadable at {position.Line + 1}:{position.Character + 1}: {content.Problem}";
        }

        return string.Join(" ", content.Lists.Select(list => "[" + string.Join(", ", list.Select(item => $"{item.Member}={item.Text}")) + "]"));
    }

    [Theory]
    [InlineData("/axl/update.xml")]
    [InlineData("/axl/update.wsdl")]
    [InlineData("/axl/update.xsd")]
    [InlineData("/app.config")]
    [InlineData("/AXL/UPDATE.XML")]
    public void Xml_extensions_are_read_as_xml_whatever_the_text_starts_with(string path)
    {
        Assert.StartsWith("unreadable at 1:1: ", Read(path, "{\"value\": 300}\n"));
    }

    [Theory]
    [InlineData("/appsettings.json", "unreadable at 1:1: Expected a JSON value (an object, array, string, number, true, false or null).")]
    [InlineData("/vars.yml", "")]
    [InlineData("/vars.yaml", "")]
    public void Json_and_yaml_extensions_are_read_as_such_even_when_the_text_starts_with_a_tag(string path, string expected)
    {
        Assert.Equal(expected, Read(path, "<p><name>x</name><value>300</value></p>\n"));
    }

    [Theory]
    [InlineData("/axl/update.txt", " \n\t<p><name>x</name><value>300</value></p>", "[name=x, value=300]")]
    [InlineData("/axl/update", "  {\"value\": 300}", "[value=300]")]
    [InlineData("update", "[{\"value\": 300}]", "[value=300]")]
    [InlineData("/templates.d/update", "value: 300\n", "[value=300]")]
    [InlineData("/templates.json/update", "value: 300\n", "[value=300]")]
    [InlineData("/axl/empty", "", "")]
    [InlineData("/axl/blank", " \n ", "")]
    public void Without_a_known_extension_the_first_character_decides(string path, string text, string expected)
    {
        Assert.Equal(expected, Read(path, text));
    }

    [Theory]
    [InlineData("{\"value\": 300}\n// the end, with no line break after it", "[value=300]")]
    [InlineData("/* a */ {\"value\": 300} /* b */\n", "[value=300]")]
    [InlineData("{\"a\": [-1, +2, 1e+5, 2.5, true, false, null], \"value\": 300}", "[value=300]")]
    [InlineData("[{\"name\": \"a\\\"b\"}]", "[name=a\\\"b]")]
    [InlineData("300", "")]
    [InlineData("{} x", "unreadable at 1:4: Unexpected text after the JSON value.")]
    [InlineData("{\"a\": ", "unreadable at 1:7: The file ends where a JSON value was expected.")]
    [InlineData("[", "unreadable at 1:2: The file ends where a JSON value was expected.")]
    [InlineData("{", "unreadable at 1:2: Expected a property name in double quotes.")]
    [InlineData("{a: 1}", "unreadable at 1:2: Expected a property name in double quotes.")]
    [InlineData("{\"a\"", "unreadable at 1:5: Expected ':' after a property name.")]
    [InlineData("{\"a\" 1}", "unreadable at 1:6: Expected ':' after a property name.")]
    [InlineData("[nope]", "unreadable at 1:2: Expected a JSON value (an object, array, string, number, true, false or null).")]
    [InlineData("[1", "unreadable at 1:3: Expected ',' or ']'.")]
    [InlineData("[1 2]", "unreadable at 1:4: Expected ',' or ']'.")]
    [InlineData("{\"a\": 1 \"b\": 2}", "unreadable at 1:9: Expected ',' or '}'.")]
    [InlineData("[\"abc", "unreadable at 1:2: The string does not end.")]
    [InlineData("[\"a\nb\"]", "unreadable at 1:2: The string does not end on its line.")]
    [InlineData("[1 /*/ 2]", "unreadable at 1:4: The comment does not end.")]
    public void Json_files_are_read_strictly_apart_from_comments_and_trailing_commas(string text, string expected)
    {
        Assert.Equal(expected, Read("/appsettings.json", text));
    }

    [Fact]
    public void Json_nested_256_deep_is_read_and_257_deep_is_too_deep()
    {
        Assert.Equal("", Read("/deep.json", new string('[', 256) + new string(']', 256)));
        Assert.Equal("unreadable at 1:257: The JSON is nested too deeply.", Read("/deep.json", new string('[', 257) + new string(']', 257)));
        Assert.Equal("unreadable at 1:1281: The JSON is nested too deeply.", Read("/deep.json", string.Concat(Enumerable.Repeat("{\"a\":", 256)) + "[]" + new string('}', 256)));
    }

    [Theory]
    [InlineData("value: \"300\" # Example 1", "[value=300]")]
    [InlineData("name: \"Client Re-Login # Upper\"", "[name=Client Re-Login # Upper]")]
    [InlineData("name: 'it # is'\nvalue: it's # here", "[name=it # is, value=it's]")]
    [InlineData("\"key # x\": 300", "[key # x=300]")]
    [InlineData("\"srm\":\n  'value': 1\n\"a\":b\nvalue: 2", "[value=2] [value=1]")]
    [InlineData("# first line\nvalue: 300 #no blank after the hash", "[value=300]")]
    [InlineData("value: 300 # a # b", "[value=300]")]
    [InlineData("\nvalue: 300   \n   \n  # indented comment\n", "[value=300]")]
    [InlineData("name: \"\"\nvalue: \"\n", "[name=]")]
    [InlineData("value: \"300\n  next: 1\nname: x\n", "[name=x]")]
    [InlineData("items:\n  - a", "")]
    [InlineData("items:\n  -", "")]
    [InlineData("  value: 300", "[value=300]")]
    [InlineData("-x: 1", "[-x=1]")]
    [InlineData("service: x\nitems:\n  - a: 1\n    b: 2\n  - c: 3", "[service=x] [a=1, b=2] [c=3]")]
    [InlineData("a: 1\n[b, c]", "[a=1]")]
    [InlineData("srm:\n\tvalue: 300", "unreadable at 2:1: A tab indents this line; YAML indents with spaces only.")]
    [InlineData("srm:\n  name: x\n  value 300", "unreadable at 3:3: Expected 'key: value' here: the line is at a mapping's indentation but has no ':'.")]
    [InlineData("items:\n  - \"a\"", "")]
    [InlineData(": x\n\"key: 1\n", "[=x]")]
    [InlineData("srm:", "")]
    [InlineData("a: 1\n---\nb: 2\n...\nc: 3\n%YAML 1.2\nd: 4", "[a=1] [b=2] [c=3] [d=4]")]
    public void Yaml_scalars_quotes_and_comments(string text, string expected)
    {
        Assert.Equal(expected, Read("/vars.yml", text));
    }

    [Fact]
    public void Yaml_flow_collections_anchors_aliases_tags_and_block_scalars_are_skipped_not_taken_for_keys()
    {
        const string Text = """
            - [a: 1]
            - {b: 2}
            - |c: 3
            - >d: 4
            - &e f: 5
            - *g h: 6
            - !i j: 7
            - value: 300
            """;
        Assert.Equal("[value=300]", Read("/vars.yml", Text));
    }

    [Fact]
    public void Yaml_values_that_go_on_past_their_line_are_not_items()
    {
        const string Text = """
            a: |
              value: 1
            b: >
              value: 2
            c: [1, 2]
            d: {e: 3}
            f: &anchor 4
            g: *anchor
            h: !tag 5
            value: 300
            """;
        Assert.Equal("[value=300]", Read("/vars.yml", Text));
    }

    [Theory]
    [InlineData("<a><b></a>", 1, 9)]
    [InlineData("<a>\n  <b>\n</a>", 3, 3)]
    public void An_xml_error_is_placed_at_the_line_and_column_system_xml_gives(string text, int line, int column)
    {
        Assert.StartsWith($"unreadable at {line}:{column}: ", Read("/axl/update.xml", text));
        Assert.DoesNotContain("DOCTYPE", Read("/axl/update.xml", text));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_in_imphas_words()
    {
        Assert.Equal(
            "unreadable at 1:1: ImpHa does not read a document type declaration (<!DOCTYPE>) or the entities it defines.",
            Read("/axl/update.xml", "<!DOCTYPE x [ <!ENTITY e \"300\"> ]>\n<value>&e;</value>"));
    }

    [Fact]
    public void Reading_an_xml_file_stops_when_the_analysis_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var file = new FileText("/axl/update.xml", SourceText.From(CheckedFileTests.SoapTemplate));
        Assert.Throws<OperationCanceledException>(() => CheckedFiles.Read(file, cancelled.Token));
    }

    [Fact]
    public void A_location_asked_for_past_the_end_of_a_file_stops_at_its_end()
    {
        var file = new FileText("/f.xml", SourceText.From("abc"));
        Assert.Equal(new TextSpan(2, 1), file.At(2, 5).SourceSpan);
        Assert.Equal(new TextSpan(3, 0), file.At(7, 1).SourceSpan);
        Assert.Equal(new TextSpan(0, 0), file.At(-1, 0).SourceSpan);
    }
}
