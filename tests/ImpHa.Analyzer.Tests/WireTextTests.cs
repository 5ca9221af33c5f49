using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Requests written as text: SOAP/XML and JSON in string literals of every kind, interpolations, concatenations,
/// <c>string.Format</c> and constants, as code that posts its own envelopes with <c>HttpClient</c> writes them.
/// Setup: Cisco's Example 1, 15000 users active/active at 2000 users (lower 120, upper 253); 300 is wrong for either
/// reading of the delay. Diagnostics are asserted by id and place, not by message.
/// </summary>
public class WireTextTests
{
    internal static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    public static TheoryData<LanguageVersion> Versions => new() { LanguageVersion.CSharp7_3, LanguageVersion.Latest };

    internal const string Labels = """
        public static class Labels
        {
            public const string Upper = "Client Re-Login Upper Limit";
            public const string Lower = "Client Re-Login Lower Limit";
            public const string Srm = "Cisco Server Recovery Manager";
        }
        """;

    internal static DiagnosticResult Upper(int marker) => new DiagnosticResult("IMPHA001", DiagnosticSeverity.Warning).WithLocation(marker);

    internal static DiagnosticResult Lower(int marker) => new DiagnosticResult("IMPHA002", DiagnosticSeverity.Warning).WithLocation(marker);

    internal static ImpHaAnalyzerTest Test(string source, LanguageVersion version = LanguageVersion.Latest)
    {
        var test = new ImpHaAnalyzerTest(source, Example1, version);
        test.TestState.Sources.Add(("/Labels.cs", Labels));
        return test;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Soap_envelopes_in_regular_verbatim_and_interpolated_strings_are_checked_at_their_digits(LanguageVersion version)
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Soap
            {
                const string Envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:ns=\"http://www.cisco.com/AXL/API/14.0\"><soapenv:Body>"
                    + "<ns:updateServiceParameter><processNodeName>imp1a</processNodeName><name>Client Re-Login Upper Limit</name>"
                    + "<service>Cisco Server Recovery Manager</service><value>{|#0:300|}</value></ns:updateServiceParameter></soapenv:Body></soapenv:Envelope>";

                static Task Post(HttpClient client, string node) => client.PostAsync("https://cucm:8443/axl/", new StringContent($@"<soapenv:Envelope>
                      <soapenv:Body>
                        <axl:updateServiceParameter>
                          <processNodeName>{node}</processNodeName>
                          <name>{Labels.Upper}</name>
                          <service>{Labels.Srm}</service>
                          <value>{|#1:300|}</value>
                        </axl:updateServiceParameter>
                      </soapenv:Body>
                    </soapenv:Envelope>"));

                static string Lower(string node) => "<updateServiceParameter><processNodeName>" + node + "</processNodeName><paramName>" + Labels.Lower
                    + "</paramName><service>" + Labels.Srm + "</service><newValue>{|#2:100|}</newValue></updateServiceParameter>";

                static string Formatted(string node) => string.Format("<updateServiceParameter><processNodeName>{0}</processNodeName><name>{1}</name><service>{2}</service><value>{3}</value></updateServiceParameter>",
                    node, Labels.Upper, Labels.Srm, {|#3:"300"|});

                static string Right(string node) => $"<x:updateServiceParameter><processNodeName>{node}</processNodeName><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>253</value></x:updateServiceParameter>"
                    + $"<x:updateServiceParameter><processNodeName>{node}</processNodeName><name>{Labels.Lower}</name><service>{Labels.Srm}</service><value>120</value></x:updateServiceParameter>";

                static string Runtime(string node, int upper) => $"<updateServiceParameter><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>{upper}</value></updateServiceParameter>";
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Upper(1));
        test.ExpectedDiagnostics.Add(Lower(2));
        test.ExpectedDiagnostics.Add(Upper(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task Raw_and_utf8_literals_are_checked_at_their_digits()
    {
        var source = """"
            using System;

            class Raw
            {
                static string Envelope(string node) => $"""
                    <soapenv:Envelope>
                      <soapenv:Body>
                        <ns:updateServiceParameter>
                          <processNodeName>{node}</processNodeName>
                          <name>Client Re-Login Upper Limit</name>
                          <service>Cisco Server Recovery Manager</service>
                          <value>{|#0:300|}</value>
                        </ns:updateServiceParameter>
                      </soapenv:Body>
                    </soapenv:Envelope>
                    """;

                const string Template = """
                    {"processNodeName": "imp1a", "service": "Cisco Server Recovery Manager", "name": "Client Re-Login Upper Limit", "value": "{|#1:300|}"}
                    """;

                static ReadOnlySpan<byte> Utf8 => "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>{|#2:300|}</value></updateServiceParameter>"u8;

                static ReadOnlySpan<byte> RawUtf8 => """<updateServiceParameter><name>Client Re-Login Lower Limit</name><value>{|#3:100|}</value></updateServiceParameter>"""u8;
            }
            """";
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Upper(1));
        test.ExpectedDiagnostics.Add(Upper(2));
        test.ExpectedDiagnostics.Add(Lower(3));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Json_bodies_in_strings_are_checked_at_their_digits(LanguageVersion version)
    {
        var source = """
            class Json
            {
                const string Body = "{\"processNodeName\": \"imp1a\", \"service\": \"Cisco Server Recovery Manager\", \"name\": \"Client Re-Login Upper Limit\", \"value\": \"{|#0:300|}\"}";

                static string Number(string node) => "{ \"processNodeName\": \"" + node + "\", \"name\": \"" + Labels.Upper + "\", \"value\": {|#1:300|} }";

                static string Verbatim() => @"{
                    ""parameters"": [
                      { ""name"": ""Client Re-Login Lower Limit"", ""value"": ""{|#2:100|}"" },
                      { ""name"": ""Client Re-Login Upper Limit"", ""value"": ""253"" }
                    ]
                  }";

                static string Interpolated(string node) => $"{{\"processNodeName\": \"{node}\", \"service\": \"{Labels.Srm}\", \"name\": \"{Labels.Upper}\", \"value\": {|#3:301|}}}";

                static string Right(string node) => "{\"processNodeName\": \"" + node + "\", \"name\": \"Client Re-Login Upper Limit\", \"value\": \"253\"}";
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Upper(1));
        test.ExpectedDiagnostics.Add(Lower(2));
        test.ExpectedDiagnostics.Add(Upper(3));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Text_for_other_services_other_software_and_prose_is_not_a_limit(LanguageVersion version)
    {
        var source = """
            using System;

            class Silent
            {
                const string OtherService = "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco XCP Router</service><value>300</value></updateServiceParameter>";

                const string OtherServiceJson = "{\"service\": \"Cisco Presence Engine\", \"name\": \"Client Re-Login Upper Limit\", \"value\": \"300\"}";

                const string OtherSoftware = "<setting><key>Client Re-Login Upper Limit</key><default>300</default></setting>";

                const string Prose = "Set the Client Re-Login Upper Limit to 300 {if needed} <b>now</b>.";

                static void Log(string node)
                {
                    Console.WriteLine("<name>Client Re-Login Upper Limit</name><value>300</value>");
                    System.Diagnostics.Debug.WriteLine($"<name>{Labels.Upper}</name><value>300</value> on {node}");
                    throw new InvalidOperationException("{\"name\": \"Client Re-Login Upper Limit\", \"value\": \"300\"} was rejected");
                }

                static string Separate() => "<a><name>Client Re-Login Upper Limit</name></a><b><value>300</value></b>";
            }
            """;
        await Test(source, version).RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Templates_held_in_constants_are_read_where_they_are_filled(LanguageVersion version)
    {
        var source = """
            public static class Templates
            {
                public const string Upper = "<updateServiceParameter><processNodeName>{0}</processNodeName><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>{1}</value></updateServiceParameter>";
                public const string Open = "{\"name\": \"Client Re-Login Lower Limit\", \"value\": \"";
            }

            class Fill
            {
                static string Soap(string node) => string.Format(Templates.Upper, node, {|#0:"300"|});

                static string Json() => Templates.Open + "{|#1:100|}" + "\"}";

                static string Right(string node) => string.Format(Templates.Upper, node, "253");
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Limits_in_one_text_are_compared_with_each_other()
    {
        // Cisco: the upper limit must be greater than the lower limit (IMPHA003); the nodes of a cluster take the same values (IMPHA007).
        var source = """
            class Both
            {
                static string Envelope(string node1, string node2) =>
                    $"<updateServiceParameter><processNodeName>{node1}</processNodeName><name>{Labels.Lower}</name><service>{Labels.Srm}</service><value>120</value></updateServiceParameter>"
                    + $"<updateServiceParameter><processNodeName>{node1}</processNodeName><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>{|#0:100|}</value></updateServiceParameter>"
                    + $"<updateServiceParameter><processNodeName>{node2}</processNodeName><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>253</value></updateServiceParameter>";
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IMPHA007", DiagnosticSeverity.Warning).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IMPHA003", DiagnosticSeverity.Warning).WithLocation(0));
        await test.RunAsync();
    }
}
