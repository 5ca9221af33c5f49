using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ImpHa.Analyzer.Tests.WireTextTests;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// XML built in code rather than written as text: System.Xml.Linq trees and XmlWriter calls. Example 1 (lower 120,
/// upper 253); 300 is wrong for either reading of the delay.
/// </summary>
public class XmlTreeTests
{
    [Theory]
    [MemberData(nameof(Versions), MemberType = typeof(WireTextTests))]
    public async Task XElement_trees_are_checked_where_name_and_value_are_siblings(LanguageVersion version)
    {
        var source = """
            using System.Xml.Linq;

            class Trees
            {
                static readonly XNamespace Axl = "http://www.cisco.com/AXL/API/14.0";

                static XElement Update(string node) => new XElement(Axl + "updateServiceParameter",
                    new XElement("processNodeName", node),
                    new XElement("name", Labels.Upper),
                    new XElement("service", Labels.Srm),
                    new XElement("value", {|#0:"300"|}));

                static XDocument Envelope(string node) => new XDocument(
                    new XElement(XName.Get("Envelope", "http://schemas.xmlsoap.org/soap/envelope/"),
                        new XElement("Body",
                            new XElement(Axl + "updateServiceParameter",
                                new XElement("processNodeName", node),
                                new XElement("name", "Client Re-Login Lower Limit"),
                                new XElement("value", {|#1:100|})))));

                static XElement Attributes() => new XElement("param", new XAttribute("name", Labels.Upper), new XAttribute("value", {|#2:"301"|}));

                static XElement Right(string node) => new XElement("updateServiceParameter",
                    new XElement("processNodeName", node), new XElement("name", Labels.Upper), new XElement("service", Labels.Srm), new XElement("value", "253"));

                static XElement OtherService() => new XElement("updateServiceParameter",
                    new XElement("name", Labels.Upper), new XElement("service", "Cisco Presence Engine"), new XElement("value", "300"));

                static XElement Apart() => new XElement("r", new XElement("a", new XElement("name", Labels.Upper)), new XElement("b", new XElement("value", "300")));
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        test.ExpectedDiagnostics.Add(Upper(2));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions), MemberType = typeof(WireTextTests))]
    public async Task XmlWriter_element_sequences_are_checked_per_parent(LanguageVersion version)
    {
        var source = """
            using System.Xml;

            class Writer
            {
                static void Write(XmlWriter writer, string node)
                {
                    writer.WriteStartElement("axl", "updateServiceParameter", "http://www.cisco.com/AXL/API/14.0");
                    writer.WriteElementString("processNodeName", node);
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteElementString("service", Labels.Srm);
                    writer.WriteElementString("value", {|#0:"300"|});
                    writer.WriteEndElement();

                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", "Client Re-Login Lower Limit");
                    writer.WriteElementString("value", "120");
                    writer.WriteEndElement();
                }

                static void Right(XmlWriter writer)
                {
                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteElementString("value", "253");
                    writer.WriteEndElement();
                    writer.WriteStartElement("other");
                    writer.WriteElementString("value", "300");
                    writer.WriteEndElement();
                }
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task XmlWriter_elements_belong_to_the_element_open_around_them_whatever_comes_between()
    {
        var source = """
            using System.Xml;

            namespace Fake
            {
                public class XmlWriter
                {
                    public void WriteStartElement(string name) { }
                    public void WriteElementString(string localName, string value) { }
                    public void WriteEndElement() { }
                }
            }

            class Writer
            {
                static void Helper() { }

                static void Nested(XmlWriter writer)
                {
                    Helper();
                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteStartElement("meta");
                    writer.WriteElementString("a", "1");
                    writer.WriteElementString("b", "2");
                    writer.WriteFullEndElement();
                    writer.WriteElementString("service", Labels.Srm);
                    writer.WriteElementString("value", {|#0:"300"|});
                    writer.WriteEndElement();
                }

                static void Document(XmlWriter writer)
                {
                    writer.WriteStartDocument();
                    writer.WriteElementString("name", Labels.Lower);
                    writer.WriteElementString("value", {|#1:"100"|});
                    writer.WriteEndDocument();
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteElementString("value", {|#2:"301"|});
                }

                static void TooManyEnds(XmlWriter writer)
                {
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteElementString("value", {|#3:"302"|});
                }

                static void LookAlike(Fake.XmlWriter writer)
                {
                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteElementString("value", "300");
                    writer.WriteEndElement();
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        test.ExpectedDiagnostics.Add(Upper(2));
        test.ExpectedDiagnostics.Add(Upper(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task XElement_names_in_every_form_count_and_look_alike_types_and_other_containers_do_not()
    {
        var source = """
            using System.Xml.Linq;

            namespace Fake
            {
                public class XElement
                {
                    public XElement(string name, object value) { }

                    public XElement(string name, params object[] content) { }
                }
            }

            class Request
            {
                public Request(object first, object second) { }
            }

            class Names
            {
                static XElement Expanded() => new XElement("r",
                    new XElement("{http://www.cisco.com/AXL/API/14.0}name", Labels.Upper),
                    new XElement((XName)"service", Labels.Srm),
                    new XElement(XName.Get("value"), {|#0:"300"|}));

                static XElement Array() => new XElement("r", new object[] { new XElement("name", Labels.Lower), new XElement("value", {|#1:"100"|}) });

                static Fake.XElement LookAlike() => new Fake.XElement("r", new Fake.XElement("name", Labels.Upper), new Fake.XElement("value", "300"));

                static Request Container() => new Request(new XElement("name", Labels.Upper), new XElement("value", "300"));
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_cast_to_xname_name_the_limit_and_its_value()
    {
        var source = """
            using System.Xml.Linq;

            class Casts
            {
                static XElement Upper() => new XElement("updateServiceParameter",
                    new XElement((XName)"name", Labels.Upper),
                    new XElement((XName)"value", {|#0:"300"|}));

                static XElement Lower() => new XElement("updateServiceParameter",
                    new XAttribute((XName)"name", Labels.Lower),
                    new XAttribute((XName)"value", {|#1:"100"|}));
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        await test.RunAsync();
    }

    /// <summary>A value element inside a nested element is that element's, not the parameter's: the parameter takes the value written beside its name.</summary>
    [Fact]
    public async Task XmlWriter_value_inside_a_nested_element_is_not_the_parameter_s_value()
    {
        var source = """
            using System.Xml;

            class Writer
            {
                static void RightBesideWrongInside(XmlWriter writer)
                {
                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteStartElement("previous");
                    writer.WriteElementString("value", "300");
                    writer.WriteEndElement();
                    writer.WriteElementString("value", "253");
                    writer.WriteEndElement();
                }

                static void WrongBesideRightInside(XmlWriter writer)
                {
                    writer.WriteStartElement("updateServiceParameter");
                    writer.WriteElementString("name", Labels.Upper);
                    writer.WriteStartElement("previous");
                    writer.WriteElementString("value", "253");
                    writer.WriteEndElement();
                    writer.WriteElementString("value", {|#0:"300"|});
                    writer.WriteEndElement();
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        await test.RunAsync();
    }
}
