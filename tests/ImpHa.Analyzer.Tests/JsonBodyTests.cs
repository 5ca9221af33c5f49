using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ImpHa.Analyzer.Tests.WireTextTests;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// JSON bodies built as objects: anonymous objects, System.Text.Json's JsonObject (the real assembly) and Newtonsoft's
/// JObject (a stand-in with its full names). Example 1 (lower 120, upper 253); 300 is wrong for either reading of the delay.
/// </summary>
public class JsonBodyTests
{
    /// <summary>Newtonsoft.Json.Linq as far as the tests use it: the analyzer matches the types by their full names.</summary>
    private const string Newtonsoft = """
        namespace Newtonsoft.Json.Linq
        {
            using System.Collections.Generic;

            public class JToken
            {
                public static implicit operator JToken(string value) { return new JValue(value); }
                public static implicit operator JToken(int value) { return new JValue(value); }
            }

            public class JValue : JToken
            {
                public JValue(object value) { }
            }

            public class JProperty : JToken
            {
                public JProperty(string name, object content) { }
            }

            public class JObject : JToken, IEnumerable<JToken>
            {
                public JObject() { }
                public JObject(params object[] content) { }
                public JObject(object content) { }
                public JToken this[string key] { get { return null; } set { } }
                public void Add(string key, JToken value) { }
                public IEnumerator<JToken> GetEnumerator() { return null; }
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return null; }
            }
        }
        """;

    [Theory]
    [MemberData(nameof(Versions), MemberType = typeof(WireTextTests))]
    public async Task Anonymous_objects_sent_as_json_are_checked(LanguageVersion version)
    {
        var source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class Anonymous
            {
                static Task Post(HttpClient client, string node, string srm, string label)
                    => client.PostAsJsonAsync("api/serviceparameters", new { processNodeName = node, service = Labels.Srm, name = Labels.Upper, value = {|#0:"300"|} });

                static object Both(string node) => new[]
                {
                    new { processNodeName = node, name = "Client Re-Login Lower Limit", value = {|#1:100|} },
                    new { processNodeName = node, name = "Client Re-Login Upper Limit", value = 253 },
                };

                static object Right(string node) => new { processNodeName = node, service = Labels.Srm, name = Labels.Upper, value = "253" };

                // Another service's parameter of the same name is not a limit; Cisco's restart rule for the router still applies.
                static object OtherService(string node) => new { processNodeName = node, service = "Cisco XCP Router", name = {|#2:Labels.Upper|}, value = "300" };

                static object NotARequest() => new { title = Labels.Upper, maximum = 300 };
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("IMPHA008", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(2));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions), MemberType = typeof(WireTextTests))]
    public async Task JsonObject_and_JObject_initializers_and_indexer_writes_are_checked(LanguageVersion version)
    {
        var source = """
            using System.Text.Json.Nodes;
            using Newtonsoft.Json.Linq;

            class Nodes
            {
                static JsonObject Indexed(string node) => new JsonObject
                {
                    ["processNodeName"] = node,
                    ["service"] = Labels.Srm,
                    ["name"] = Labels.Upper,
                    ["value"] = {|#0:"300"|},
                };

                static JsonObject Added() => new JsonObject { { "name", "Client Re-Login Lower Limit" }, { "value", JsonValue.Create({|#1:100|}) } };

                static JObject Properties(string node) => new JObject(new JProperty("processNodeName", node), new JProperty("name", Labels.Upper), new JProperty("value", {|#2:"301"|}));

                static JObject KeyByKey(string node)
                {
                    var body = new JObject();
                    body["processNodeName"] = node;
                    body["name"] = Labels.Upper;
                    body["value"] = {|#3:"302"|};
                    return body;
                }

                static JsonObject Right() => new JsonObject { ["service"] = Labels.Srm, ["name"] = Labels.Upper, ["value"] = "253" };

                static JsonObject OtherService() => new JsonObject { ["service"] = "Cisco Presence Engine", ["name"] = Labels.Upper, ["value"] = "300" };

                static System.Collections.Generic.Dictionary<string, string> NotJson()
                {
                    var fields = new System.Collections.Generic.Dictionary<string, string>();
                    fields["name"] = Labels.Upper;
                    fields["description"] = "300";
                    return fields;
                }
            }
            """;
        var test = Test(source, version);
        test.TestState.Sources.Add(("/Newtonsoft.cs", Newtonsoft));
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        test.ExpectedDiagnostics.Add(Upper(2));
        test.ExpectedDiagnostics.Add(Upper(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_jobject_s_single_property_argument_and_its_initializer_are_one_object_and_other_containers_none()
    {
        var source = """
            using Newtonsoft.Json.Linq;

            class Request
            {
                public Request(object first, object second) { }
            }

            class Mixed
            {
                static JObject Both() => new JObject(new JProperty("name", Labels.Upper)) { ["service"] = Labels.Srm, ["value"] = {|#0:"300"|} };

                static Request NotJson() => new Request(new JProperty("name", Labels.Upper), new JProperty("value", "300"));
            }
            """;
        var test = Test(source, LanguageVersion.Latest);
        test.TestState.Sources.Add(("/Newtonsoft.cs", Newtonsoft));
        test.ExpectedDiagnostics.Add(Upper(0));
        await test.RunAsync();
    }

    /// <summary>One content argument binds to Newtonsoft's <c>JObject(object content)</c>, not to the <c>params</c> constructor: the property is the object's all the same.</summary>
    [Fact]
    public async Task A_jobject_made_from_one_property_keeps_it_whichever_constructor_takes_it()
    {
        var source = """
            using Newtonsoft.Json.Linq;

            class Single
            {
                static JObject One(string node) => new JObject(new JProperty("name", Labels.Lower)) { ["processNodeName"] = node, ["value"] = {|#0:100|} };

                static JObject OneInAnArray() => new JObject(new object[] { new JProperty("name", Labels.Upper) }) { ["value"] = {|#1:"300"|} };

                static JObject Right() => new JObject(new JProperty("name", Labels.Upper)) { ["value"] = "253" };
            }
            """;
        var test = Test(source, LanguageVersion.Latest);
        test.TestState.Sources.Add(("/Newtonsoft.cs", Newtonsoft));
        test.ExpectedDiagnostics.Add(Lower(0));
        test.ExpectedDiagnostics.Add(Upper(1));
        await test.RunAsync();
    }

    /// <summary>
    /// The JsonObject of the System.Json package, in a namespace shorter than System.Text.Json.Nodes: not the type the
    /// analyzer reads key by key, but an entry keyed by a limit's name is a dictionary's entry and is checked, without failing.
    /// </summary>
    [Fact]
    public async Task Another_library_s_json_object_in_a_shorter_namespace_is_read_as_a_dictionary_without_failing()
    {
        var systemJson = """
            namespace System.Json
            {
                public class JsonValue
                {
                    public static implicit operator JsonValue(int value) { return new JsonValue(); }
                }

                public class JsonObject : JsonValue
                {
                    public JsonValue this[string key] { get { return null; } set { } }
                }
            }
            """;
        var source = """
            class OldJson
            {
                static System.Json.JsonObject Limits() => new System.Json.JsonObject { [Labels.Upper] = {|#0:300|} };

                static System.Json.JsonObject Right() => new System.Json.JsonObject { [Labels.Upper] = 253 };
            }
            """;
        var test = Test(source, LanguageVersion.Latest);
        test.TestState.Sources.Add(("/SystemJson.cs", systemJson));
        test.ExpectedDiagnostics.Add(Upper(0));
        await test.RunAsync();
    }
}
