using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

using static ImpHa.Analyzer.Tests.Example1Results;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Edges of the C# write readers a user meets: constants of other numeric types, values only known at run time next to
/// digits, proxies with their choice names missing, blanks around a value in text, SQL with a value that is no number,
/// and requests reached through <c>this</c>, other objects' fields and calls.
/// </summary>
public class WriteEdgeTests
{
    private const string Helpers = """
        public static class Axl
        {
            public static void SetLong(string node, string service, string name, long value) { }

            public static void SetDouble(string node, string service, string name, double value) { }

            public static void Send(string node, string service, string name, string value) { }
        }
        """;

    /// <summary>The test's source with the helpers, and either the labels or the given proxies (which bring their own).</summary>
    private static ImpHaAnalyzerTest Test(string source, params string[] others)
    {
        var test = new ImpHaAnalyzerTest(source, Selection);
        test.TestState.Sources.Add(("/Axl.cs", Helpers));
        if (others.Length == 0)
        {
            test.TestState.Sources.Add(("/Labels.cs", WireTextTests.Labels));
        }

        for (var i = 0; i < others.Length; i++)
        {
            test.TestState.Sources.Add(($"/Other{i}.cs", others[i]));
        }

        return test;
    }

    [Fact]
    public async Task Long_constants_within_int_range_are_limits_and_other_numbers_are_not()
    {
        var source = """
            class Longs
            {
                void Small(string node) => Axl.SetLong(node, Labels.Srm, Labels.Upper, {|#0:300L|});

                void Largest(string node) => Axl.SetLong(node, Labels.Srm, Labels.Upper, {|#1:2147483647L|});

                void Smallest(string node) => Axl.SetLong(node, Labels.Srm, Labels.Upper, {|#2:-2147483648L|});

                void TooLarge(string node) => Axl.SetLong(node, Labels.Srm, Labels.Upper, 2147483648L);

                void Fraction(string node) => Axl.SetDouble(node, Labels.Srm, Labels.Upper, 300.5);
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "2147483647"));
        test.ExpectedDiagnostics.Add(Upper(2, "-2147483648"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Digits_next_to_a_value_known_only_at_run_time_are_not_read_as_the_value()
    {
        var source = """
            class Holes
            {
                static string Upper(int digit) => $"<updateServiceParameter><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>25{digit}</value></updateServiceParameter>";

                static string Format(object digit) => string.Format("<updateServiceParameter><name>{0}</name><service>{1}</service><value>3{2}</value></updateServiceParameter>", Labels.Upper, Labels.Srm, digit);
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task Blanks_around_a_value_in_text_leave_the_diagnostic_on_its_digits()
    {
        var source = """
            class Blanks
            {
                const string Body = "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>  {|#0:300|} </value></updateServiceParameter>";
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Sql_that_sets_a_limit_to_text_that_is_no_number_is_not_a_limit()
    {
        var source = """
            class Sql
            {
                const string Words = "update processconfig set paramvalue = 'three hundred' where paramname = 'Client Re-Login Upper Limit'";
                const string Digits = "update processconfig set paramvalue = '{|#0:300|}' where paramname = 'Client Re-Login Upper Limit'";
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Choice_items_without_their_element_names_are_read_as_unnamed_items()
    {
        var source = """
            class Choices
            {
                void NoNames(AXLPortClient client) => client.updateServiceParameter(new UpdateServiceParameterReq
                {
                    Items = new object[] { "Client Re-Login Upper Limit", "Cisco Server Recovery Manager" },
                    value = {|#0:"300"|},
                });

                void FewerNames(AXLPortClient client) => client.updateServiceParameter(new UpdateServiceParameterReq
                {
                    Items = new object[] { "Client Re-Login Lower Limit", "Cisco Server Recovery Manager" },
                    ItemsElementName = new[] { ItemsChoiceType108.name },
                    value = {|#1:"100"|},
                });
            }
            """;
        var test = Test(source, AxlShapeTests.XmlSerializerProxy);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_wsdl_exe_item_without_its_element_name_is_read_as_an_unnamed_item()
    {
        var source = """
            class Legacy
            {
                void Run(AXLAPIService service) => service.updateServiceParameter(new updateServiceParameter
                {
                    service = "Cisco Server Recovery Manager",
                    Item = "Client Re-Login Upper Limit",
                    newValue = {|#0:"300"|},
                });
            }
            """;
        var test = Test(source, AxlShapeTests.WsdlExeProxy);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_request_is_not_mixed_with_another_object_s_field_of_the_same_name()
    {
        var source = """
            using System.Threading.Tasks;

            class Holder
            {
                public UpdateServiceParameterReq Req;
            }

            class Fields
            {
                UpdateServiceParameterReq Req;

                static Fields Make() => new Fields();

                async Task Deeper(AXLPortClient client, Holder holder)
                {
                    var Req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    Req.value = {|#0:"400"|};
                    holder.Req.value = "300";
                    await client.updateServiceParameterAsync(Req);
                }

                async Task TwoHolders(AXLPortClient client, Holder first, Holder second)
                {
                    first.Req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    second.Req = new UpdateServiceParameterReq { name = Labels.Lower, service = Labels.Srm };
                    second.Req.value = {|#3:"300"|};
                    first.Req.value = {|#1:"400"|};
                    await client.updateServiceParameterAsync(first.Req);
                }

                async Task Returned(AXLPortClient client)
                {
                    Req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    Req.value = {|#2:"400"|};
                    Make().Req.value = "300";
                    await client.updateServiceParameterAsync(Req);
                }
            }
            """;
        var test = Test(source, AxlShapeTests.Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "400"));
        test.ExpectedDiagnostics.Add(Upper(1, "400"));
        test.ExpectedDiagnostics.Add(Upper(2, "400"));
        test.ExpectedDiagnostics.Add(Lower(3, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Two_requests_declared_in_one_method_keep_their_own_names()
    {
        var source = """
            using System.Threading.Tasks;

            class Two
            {
                async Task Run(AXLPortClient client)
                {
                    var upper = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    var lower = new UpdateServiceParameterReq { name = Labels.Lower, service = Labels.Srm };
                    upper.value = {|#0:"120"|};
                    lower.value = {|#1:"253"|};
                    await client.updateServiceParameterAsync(upper);
                    await client.updateServiceParameterAsync(lower);
                }
            }
            """;
        var test = Test(source, AxlShapeTests.Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "120"));
        test.ExpectedDiagnostics.Add(Lower(1, "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperNotAboveLower).WithLocation(0).WithArguments("120", "253"));
        await test.RunAsync();
    }

    /// <summary>Fields set through <c>this</c> inside a request type are no request ImpHa follows; reading them must not fail.</summary>
    [Fact]
    public async Task A_request_type_that_fills_its_own_fields_is_passed_over_without_failing()
    {
        var source = """
            class UpperRequest : UpdateServiceParameterReq
            {
                public UpperRequest()
                {
                    this.name = Labels.Upper;
                    this.service = Labels.Srm;
                    this.value = "300";
                }
            }
            """;
        await Test(source, AxlShapeTests.Svcutil).RunAsync();
    }

    [Fact]
    public async Task Text_built_around_values_known_only_at_run_time_keeps_their_place()
    {
        var source = """
            class Around
            {
                static string Concatenated(string x) => "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>3" + x + "00</value></updateServiceParameter>";

                static string Prefixed(string x) => "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>" + x + "300</value></updateServiceParameter>";

                static string Formatted(string format, string x) => "<updateServiceParameter><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>" + string.Format(format, x) + "300</value></updateServiceParameter>";

                static string Hole(int x) => $"<updateServiceParameter><name>{Labels.Upper}</name><service>{Labels.Srm}</service><value>3{x,2}00</value></updateServiceParameter>";
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task String_format_reads_doubled_braces_stray_braces_and_missing_arguments_as_it_formats_them()
    {
        var source = """
            public static class Templates
            {
                public const string Soap = "<updateServiceParameter><processNodeName>{0}</processNodeName><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>{|#3:300|}</value></updateServiceParameter>";
            }

            public static class Text
            {
                public static string Format(string format, params object[] args) => format;
            }

            class Formats
            {
                static string Doubled() => string.Format("<x a='{{b}}'><name>{0}</name><service>{1}</service><value>{|#0:300|}</value></x>", Labels.Upper, Labels.Srm);

                static string Stray() => string.Format("}<name>{0}</name><service>{1}</service><value>{|#1:300|}</value>{", Labels.Upper, Labels.Srm);

                static string Missing() => string.Format("<name>{0}</name><service>{1}</service><value>{2}</value>", Labels.Upper, Labels.Srm);

                static string Constant(string node) => string.Format({|#2:Templates.Soap|}, node);

                static string LookAlike() => Text.Format("<name>{0}</name><service>{1}</service><value>300</value>", Labels.Upper, Labels.Srm);
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "300"));
        test.ExpectedDiagnostics.Add(Upper(2, "300"));
        test.ExpectedDiagnostics.Add(Upper(3, "300"));
        await test.RunAsync();
    }

    /// <summary>An element's attributes are a list of their own: before this was fixed they could join the items of the element's siblings.</summary>
    [Fact]
    public async Task Attributes_of_an_element_inside_a_request_are_not_read_as_the_request_s_items()
    {
        var source = """
            class Attributes
            {
                const string Body = "<request><name>Client Re-Login Upper Limit</name><meta value=\"300\" id=\"x\"/><service>Cisco Server Recovery Manager</service><value>253</value></request>";
            }
            """;
        await Test(source).RunAsync();
    }

    [Fact]
    public async Task A_request_replaced_by_a_new_creation_is_checked_as_it_was_and_as_it_is()
    {
        var source = """
            using System.Threading.Tasks;

            class Replaced
            {
                async Task Run(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    req.value = {|#0:"300"|};
                    req = new UpdateServiceParameterReq { name = Labels.Lower, service = Labels.Srm };
                    req.value = {|#1:"100"|};
                    await client.updateServiceParameterAsync(req);
                    req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm, value = {|#2:"400"|} };
                    await client.updateServiceParameterAsync(req);
                }
            }
            """;
        var test = Test(source, AxlShapeTests.Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "400"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(2).WithArguments("Client Re-Login Upper Limit", "400", "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Calls_into_logging_are_text_and_calls_into_look_alike_namespaces_are_writes()
    {
        var source = """
            namespace Microsoft.Extensions.Logging { public static class Log { public static void Set(string node, string service, string name, string value) { } } }
            namespace Microsoft.Extensions.Options { public static class Axl { public static void Set(string node, string service, string name, string value) { } } }
            namespace Microsoft.Cisco.Logging { public static class Axl { public static void Set(string node, string service, string name, string value) { } } }
            namespace Contoso.Extensions.Logging { public static class Axl { public static void Set(string node, string service, string name, string value) { } } }

            class Namespaces
            {
                void Logged(string node) => Microsoft.Extensions.Logging.Log.Set(node, Labels.Srm, Labels.Upper, "300");

                void Options(string node) => Microsoft.Extensions.Options.Axl.Set(node, Labels.Srm, Labels.Upper, {|#0:"300"|});

                void Other(string node) => Microsoft.Cisco.Logging.Axl.Set(node, Labels.Srm, Labels.Lower, {|#1:"100"|});

                void Company(string node) => Contoso.Extensions.Logging.Axl.Set(node, Labels.Srm, Labels.Lower, {|#2:"100"|});
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Lower(2, "100"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_value_overwritten_before_the_request_leaves_is_not_checked()
    {
        var source = """
            using System.Threading.Tasks;

            class Overwritten
            {
                async Task Run(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm, value = "300" };
                    req.value = "253";
                    await client.updateServiceParameterAsync(req);
                }
            }
            """;
        await Test(source, AxlShapeTests.Svcutil).RunAsync();
    }

    [Fact]
    public async Task A_call_that_names_a_limit_passes_its_value_by_name_not_through_a_marked_parameter()
    {
        var source = """
            using ImpHa;

            static class Marked
            {
                public static void Set(string name, [ReLoginLowerLimit] int value) { }
            }

            class Calls
            {
                void Named() => Marked.Set("Client Re-Login Upper Limit", {|#0:300|});

                void Unnamed() => Marked.Set("Some Other Parameter", {|#1:100|});
            }
            """;
        var test = Test(source).WithGeneratedApi(Selection);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        await test.RunAsync();
    }

    /// <summary>Two item lists of one creation that each name a limit: the call still names one, so its marked parameter is not read again as a limit of its own.</summary>
    [Fact]
    public async Task A_creation_whose_arguments_and_initializer_both_name_a_limit_does_not_read_its_marked_parameter()
    {
        var source = """
            using ImpHa;

            class ServiceParameters
            {
                public ServiceParameters(string name, [ReLoginLowerLimit] int value) { }

                public int this[string name] { get { return 0; } set { } }
            }

            class Batches
            {
                ServiceParameters Both() => new ServiceParameters("Client Re-Login Upper Limit", {|#0:300|}) { ["Client Re-Login Lower Limit"] = {|#1:100|} };
            }
            """;
        var test = Test(source).WithGeneratedApi(Selection);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        await test.RunAsync();
    }

    /// <summary>The declaration of the object a request is reached through declares that object, not the request, even under the request member's name: the object's own members are not the request's.</summary>
    [Fact]
    public async Task A_request_reached_through_a_declared_object_does_not_take_that_object_s_members()
    {
        var source = """
            using System.Threading.Tasks;

            class RestartJob
            {
                /// <summary>The service the job restarts once the request is sent.</summary>
                public string service;

                public UpdateServiceParameterReq Request = new UpdateServiceParameterReq();
            }

            class Jobs
            {
                async Task Run(AXLPortClient client)
                {
                    var job = new RestartJob { service = "Cisco XCP Router" };
                    job.Request.name = Labels.Upper;
                    job.Request.value = {|#0:"300"|};
                    await client.updateServiceParameterAsync(job.Request);
                }

                async Task SameName(AXLPortClient client)
                {
                    var Request = new RestartJob { service = "Cisco XCP Router" };
                    Request.Request.name = Labels.Lower;
                    Request.Request.value = {|#1:"100"|};
                    await client.updateServiceParameterAsync(Request.Request);
                }
            }
            """;
        var test = Test(source, AxlShapeTests.Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        await test.RunAsync();
    }
}
