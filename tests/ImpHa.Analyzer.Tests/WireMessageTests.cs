using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// A string that is a message (printed, traced, logged, thrown) is prose and not read as a request, however it is
/// passed; the same text passed anywhere else is read. Setup as <see cref="WireTextTests"/>: 300 is a wrong upper limit.
/// </summary>
public class WireMessageTests
{
    private const string Soap = "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>300</value></updateServiceParameter>";

    private const string Marked = "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>{|#N:300|}</value></updateServiceParameter>";

    private static string Read(int marker) => "\"" + Marked.Replace("#N", "#" + marker) + "\"";

    [Fact]
    public async Task Messages_passed_as_objects_or_to_exceptions_and_message_parameters_of_any_type_are_prose()
    {
        var source = $$"""
            namespace Microsoft.Extensions.Logging
            {
                public static class Sink
                {
                    public static void Write(string text) { }
                }
            }

            class AxlException : System.Exception
            {
                public AxlException(string body) : base(body) { }
            }

            class RejectedException : AxlException
            {
                public RejectedException(string body) : base(body) { }
            }

            class Prose
            {
                static void Notify(string message) { }

                static void Run()
                {
                    System.Console.Write((object)"{{Soap}}");
                    System.Diagnostics.Debug.Write((object)"{{Soap}}");
                    System.Diagnostics.Trace.Write(("{{Soap}}"));
                    Microsoft.Extensions.Logging.Sink.Write("{{Soap}}");
                    Notify("{{Soap}}");
                    var error = new RejectedException("{{Soap}}");
                }
            }
            """;
        await WireTextTests.Test(source).RunAsync();
    }

    [Fact]
    public async Task The_same_text_passed_to_look_alike_types_an_indexer_or_another_parameter_is_read()
    {
        var source = $$"""
            namespace Tools
            {
                public static class Console
                {
                    public static void Post(string body) { }
                }

                public static class Trace
                {
                    public static void Post(string body) { }
                }

                public class Failure
                {
                    public Failure(string body) { }
                }

                public class Outbox
                {
                    public int this[string body] => 0;
                }
            }

            class Requests
            {
                static int Run(Tools.Outbox outbox)
                {
                    Tools.Console.Post({{Read(0)}});
                    Tools.Trace.Post({{Read(1)}});
                    var failure = new Tools.Failure({{Read(2)}});
                    return outbox[{{Read(3)}}];
                }
            }
            """;
        var test = WireTextTests.Test(source);
        for (var marker = 0; marker < 4; marker++)
        {
            test.ExpectedDiagnostics.Add(WireTextTests.Upper(marker));
        }

        await test.RunAsync();
    }
}
