using ImpHa.Analyzers.Analysis;
using ImpHa.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>The IMPHA001/IMPHA002 fix on requests written as text: the digits are rewritten inside the text, the rest stays as written.</summary>
public class WireFixTests
{
    [Fact]
    public async Task Digits_in_xml_and_json_text_are_rewritten_in_place()
    {
        var before = """"
            class Wire
            {
                string Soap(string node) => $@"<axl:updateServiceParameter>
                      <processNodeName>{node}</processNodeName>
                      <name>{Labels.Upper}</name>
                      <service>{Labels.Srm}</service>
                      <value>{|#0:300|}</value>
                    </axl:updateServiceParameter>";

                string Raw(string node) => $"""
                    <updateServiceParameter>
                      <processNodeName>{node}</processNodeName>
                      <name>Client Re-Login Lower Limit</name>
                      <value> {|#1:100|} </value>
                    </updateServiceParameter>
                    """;

                string Json() => "{\"name\": \"Client Re-Login Upper Limit\", \"value\": {|#2:300|}}";

                string Formatted() => string.Format("<name>{0}</name><value>{1}</value>", Labels.Upper, {|#3:"300"|});
            }
            """";
        var after = """"
            class Wire
            {
                string Soap(string node) => $@"<axl:updateServiceParameter>
                      <processNodeName>{node}</processNodeName>
                      <name>{Labels.Upper}</name>
                      <service>{Labels.Srm}</service>
                      <value>253</value>
                    </axl:updateServiceParameter>";

                string Raw(string node) => $"""
                    <updateServiceParameter>
                      <processNodeName>{node}</processNodeName>
                      <name>Client Re-Login Lower Limit</name>
                      <value> 120 </value>
                    </updateServiceParameter>
                    """;

                string Json() => "{\"name\": \"Client Re-Login Upper Limit\", \"value\": 253}";

                string Formatted() => string.Format("<name>{0}</name><value>{1}</value>", Labels.Upper, "253");
            }
            """";
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        test.TestState.Sources.Add(("/Labels.cs", WireTextTests.Labels));
        test.FixedState.Sources.Add(("/Labels.cs", WireTextTests.Labels));
        ImpHaAnalyzerTest.AddTables(test.TestState, WireTextTests.Example1);
        test.ExpectedDiagnostics.Add(WireTextTests.Upper(0));
        test.ExpectedDiagnostics.Add(WireTextTests.Lower(1));
        test.ExpectedDiagnostics.Add(WireTextTests.Upper(2));
        test.ExpectedDiagnostics.Add(WireTextTests.Upper(3));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        await test.RunAsync();
    }

    [Fact]
    public async Task Values_in_json_objects_and_mappings_are_replaced_in_the_same_form()
    {
        var before = """
            class Objects
            {
                object Anonymous(string node) => new { processNodeName = node, name = Labels.Upper, value = {|#0:"300"|} };

                static string Mapped(string parameter) => parameter switch
                {
                    Labels.Lower => {|#1:"100"|},
                    _ => "",
                };
            }
            """;
        var after = """
            class Objects
            {
                object Anonymous(string node) => new { processNodeName = node, name = Labels.Upper, value = "253" };

                static string Mapped(string parameter) => parameter switch
                {
                    Labels.Lower => "120",
                    _ => "",
                };
            }
            """;
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        test.TestState.Sources.Add(("/Labels.cs", WireTextTests.Labels));
        test.FixedState.Sources.Add(("/Labels.cs", WireTextTests.Labels));
        ImpHaAnalyzerTest.AddTables(test.TestState, WireTextTests.Example1);
        test.ExpectedDiagnostics.Add(WireTextTests.Upper(0));
        test.ExpectedDiagnostics.Add(WireTextTests.Lower(1));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        await test.RunAsync();
    }
}
