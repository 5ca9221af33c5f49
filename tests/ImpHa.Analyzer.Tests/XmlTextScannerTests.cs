using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Analysis.Writes.Files;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The tolerant scanner of XML written in strings, one text at a time: which elements and attributes become items of
/// one request ("member=value" per item, one list in brackets), through prefixes, comments, CDATA, processing
/// instructions, self-closing and unclosed tags, quotes of both kinds and fragments cut off anywhere.
/// <see cref="WireTextTests"/> covers the same scanner through the analyzer.
/// </summary>
public class XmlTextScannerTests
{
    private static string Scan(string text)
        => string.Join(" ", XmlText.Items(new FileText("/t.xml", SourceText.From(text))).Select(list => "[" + string.Join(", ", list.Select(item => $"{item.Member}={item.Text}")) + "]"));

    [Theory]
    [InlineData("<r><name>a</name><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<axl:r><ns:name>a</ns:name><x:y:value>300</x:y:value></axl:r>", "[name=a, value=300]")]
    [InlineData("<name>a</name><value>300</value>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name></r><s><value>300</value></s>", "")]
    [InlineData("<r><name>a</name><value>300</value></r><s><name>b</name><value>1</value></s>", "[name=a, value=300] [name=b, value=1]")]
    [InlineData("<r><name>a</name><p><value>300</value></p></r>", "")]
    [InlineData("<r><name>a</name><value>300</value><value>4</value></r>", "[name=a, value=300, value=4]")]
    [InlineData("<r><name>a</name></r>", "")]
    [InlineData("<r><name> a </name><value></value></r>", "[name= a , value=]")]
    public void Text_only_elements_under_one_parent_are_one_list(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><r><name>a</name><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><!-- <value>9</value> --><name>a</name><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><!-- a > b <value>9</value> --><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><![CDATA[ a > b <value>9</value> ]]><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><value><![CDATA[<x>]]>300</value></r>", "[name=a, value=<![CDATA[<x>]]>300]")]
    [InlineData("<!DOCTYPE r><r><name>a</name><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><!-- unclosed <value>300</value></r>", "")]
    [InlineData("<r><name>a</name><![CDATA[ unclosed <value>300</value></r>", "")]
    [InlineData("<r><name>a</name><!x <value>300</value></r>", "")]
    public void Comments_cdata_and_declarations_are_passed_over(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("<r><name>a</name><br/><value>300</value></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><value>300</value></r", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><value>300</value", "")]
    [InlineData("<r><name>a</name><value>300</value></ r >", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><value>300</other></value></r>", "[name=a, value=300</other>]")]
    [InlineData("<r><name>a</name><value>300</value></q></r>", "[name=a, value=300]")]
    [InlineData("<r><name>a</name><value>300", "")]
    [InlineData("<r><name>a</name><value", "")]
    [InlineData("<r><name>a</name><", "")]
    [InlineData("<r><name>a</name></", "")]
    [InlineData("<r><name>a</name></r><", "")]
    [InlineData("<r><name>a</name><value 300</value></r>", "")]
    public void Fragments_self_closing_and_stray_tags_are_read_as_far_as_they_go(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("<p name=\"a\" value=\"300\"/>", "[name=a, value=300]")]
    [InlineData("<p name='a' value='300'></p>", "[name=a, value=300]")]
    [InlineData("<p  name = \"a\"\tvalue\n=\n'300' />", "[name=a, value=300]")]
    [InlineData("<p x:name=\"a\" ns:value=\"300\"/>", "[name=a, value=300]")]
    [InlineData("<p name=\"a\"/>", "")]
    [InlineData("<p name=\"a>b\" value='3\"0'/>", "[name=a>b, value=3\"0]")]
    [InlineData("<p name=\"a\"value=\"300\"/>", "[name=a, value=300]")]
    [InlineData("<p \"a\" value=\"300\" name=\"b\"/>", "[value=300, name=b]")]
    [InlineData("<p = \"a\" value=\"300\" name=\"b\"/>", "[value=300, name=b]")]
    [InlineData("<p name=\"a\" value=\"300/>", "")]
    [InlineData("<p name=\"a\" value=\"300\"", "")]
    [InlineData("<p name=\"a\" <value>300</value>", "")]
    public void Attributes_of_one_element_are_one_list(string text, string expected) => Assert.Equal(expected, Scan(text));

    [Fact]
    public void Lists_come_in_the_order_they_start_and_an_element_s_attributes_never_join_its_siblings()
    {
        var text = "<r a=\"1\" b=\"2\"><name>n</name><p c=\"3\" d=\"4\"/><value>5</value></r>";
        Assert.Equal("[a=1, b=2] [name=n, value=5] [c=3, d=4]", Scan(text));
    }

    [Fact]
    public void An_element_with_a_child_is_no_item_even_when_the_child_is_only_attributes()
    {
        Assert.Equal("[name=n, value=5] [x=1, y=2]", Scan("<r><name>n</name><q><p x=\"1\" y=\"2\"/></q><value>5</value></r>"));
    }
}
