using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// A request filled field by field is one variable, field or property: its fields are the ones written through that
/// symbol, whatever the text says (a parameter that shadows it is another request; <c>this.req</c> and <c>req</c> are one);
/// and a parameter it names is reported once where it is named, however many of its states are sent.
/// </summary>
public class RequestReceiverTests
{
    private const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private const string Axl = """
        public partial class UpdateServiceParameterReq
        {
            public string name { get; set; }
            public string service { get; set; }
            public string value { get; set; }
        }

        public partial class AXLPortClient
        {
            public void updateServiceParameter(UpdateServiceParameterReq request) { }
        }
        """;

    private static ImpHaAnalyzerTest Test(string source)
    {
        var test = new ImpHaAnalyzerTest(source, Example1, LanguageVersion.Latest);
        test.TestState.Sources.Add(("/Axl.cs", Axl));
        return test;
    }

    [Fact]
    public async Task A_parameter_that_shadows_the_request_is_another_request()
    {
        var source = """
            class Shadowed
            {
                UpdateServiceParameterReq Run(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager", name = "Client Re-Login Upper Limit", value = "253" };
                    client.updateServiceParameter(req);
                    return Blank(new UpdateServiceParameterReq());

                    static UpdateServiceParameterReq Blank(UpdateServiceParameterReq req)
                    {
                        req.value = "1";
                        return req;
                    }
                }
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task A_field_written_as_this_req_and_as_req_is_one_request()
    {
        var source = """
            class OneField
            {
                private UpdateServiceParameterReq _req = new UpdateServiceParameterReq();

                void Run(AXLPortClient client)
                {
                    this._req.service = "Cisco Server Recovery Manager";
                    this._req.name = "Client Re-Login Upper Limit";
                    _req.value = {|#0:"300"|};
                    client.updateServiceParameter(_req);
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(0).WithArguments("300", Described, "253"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_request_sent_twice_with_new_values_needs_its_restart_said_once()
    {
        var source = """
            class SentTwice
            {
                void Run(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq { service = "Cisco SIP Proxy" };
                    req.name = {|#0:"HTTP Port"|};
                    req.value = "8081";
                    client.updateServiceParameter(req);
                    req.value = "8082";
                    client.updateServiceParameter(req);
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(0).WithArguments("HTTP Port", "Cisco SIP Proxy", "Cisco SIP Proxy", "utils service restart Cisco SIP Proxy"));
        await test.RunAsync();
    }
}
