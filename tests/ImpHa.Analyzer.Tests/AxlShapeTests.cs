using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The shapes real AXL automation writes limits in: requests filled field by field, generated proxies with
/// choice items (XmlSerializer for the 12.5+ schema, wsdl.exe for CUCM 4.x–6.x), dictionaries, tuples, and
/// SQL on <c>processconfig</c>; each also in C# 7.3, as .NET Framework projects compile it.
/// </summary>
public class AxlShapeTests
{
    private const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    public static TheoryData<LanguageVersion> Versions => new() { LanguageVersion.CSharp7_3, LanguageVersion.Latest };

    /// <summary>The request and client types dotnet-svcutil generates from the AXL schema, reduced to what the tests use.</summary>
    internal const string Svcutil = """
        using System.Threading.Tasks;

        public partial class UpdateServiceParameterReq
        {
            public string processNodeName { get; set; }
            public string name { get; set; }
            public string service { get; set; }
            public string value { get; set; }
        }

        public partial class ExecuteSQLUpdateReq
        {
            public string sql { get; set; }
        }

        public partial class AXLPortClient
        {
            public Task updateServiceParameterAsync(UpdateServiceParameterReq request) { return Task.FromResult(0); }
            public Task executeSQLUpdateAsync(ExecuteSQLUpdateReq request) { return Task.FromResult(0); }
        }

        public static class Labels
        {
            public const string Upper = "Client Re-Login Upper Limit";
            public const string Lower = "Client Re-Login Lower Limit";
            public const string Srm = "Cisco Server Recovery Manager";
            public const int UpperValue = 300;
            public const string UpperText = "300";
        }
        """;

    /// <summary>What XmlSerializer code generation makes of the 12.5+ schema's <c>&lt;choice&gt;</c>.</summary>
    internal const string XmlSerializerProxy = """
        using System.Xml.Serialization;

        public enum ItemsChoiceType108 { name, processNodeName, service, uuid }

        public partial class UpdateServiceParameterReq
        {
            [XmlElement("name", typeof(string))]
            [XmlElement("processNodeName", typeof(string))]
            [XmlElement("service", typeof(string))]
            [XmlElement("uuid", typeof(string))]
            [XmlChoiceIdentifier("ItemsElementName")]
            public object[] Items { get; set; }

            [XmlElement("ItemsElementName")]
            [XmlIgnore]
            public ItemsChoiceType108[] ItemsElementName { get; set; }

            public string value { get; set; }
        }

        public partial class AXLPortClient
        {
            public void updateServiceParameter(UpdateServiceParameterReq request) { }
        }
        """;

    /// <summary>A wsdl.exe proxy for CUCM 4.x–6.x: one choice item and <c>newValue</c>.</summary>
    internal const string WsdlExeProxy = """
        public enum ItemChoiceType27 { name, uuid }

        public partial class updateServiceParameter
        {
            public string processNodeName;
            public string service;
            public object Item;
            public ItemChoiceType27 ItemElementName;
            public string newValue;
        }

        public partial class AXLAPIService
        {
            public void updateServiceParameter(updateServiceParameter request) { }
        }
        """;

    private static DiagnosticResult Upper(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(marker).WithArguments(value, Described, "253");

    private static DiagnosticResult Lower(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(marker)
            .WithArguments(value, "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)");

    private static DiagnosticResult Unknown(int marker, string name)
        => new DiagnosticResult(DiagnosticDescriptors.UnknownParameter).WithLocation(marker)
            .WithArguments(name, "ImpHaUpperLimitParameterNames", "ImpHaLowerLimitParameterNames");

    /// <summary>IMPHA008 by Cisco's rule that any edit to a Cisco XCP Router parameter needs the router's restart.</summary>
    private static DiagnosticResult XcpRouterBlanket(int marker, string parameter)
        => new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(marker)
            .WithArguments(parameter, "Cisco XCP Router (Cisco: any edit to a parameter that affects it needs its restart)", "Cisco XCP Router", "utils service restart Cisco XCP Router");

    private static ImpHaAnalyzerTest Test(string source, LanguageVersion version, params string[] others)
    {
        var test = new ImpHaAnalyzerTest(source, Example1, version);
        for (var i = 0; i < others.Length; i++)
        {
            test.TestState.Sources.Add(($"/Other{i}.cs", others[i]));
        }

        return test;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Requests_filled_field_by_field_are_checked_per_send(LanguageVersion version)
    {
        var source = """
            using System.Threading.Tasks;

            class FieldByField
            {
                async Task Run(AXLPortClient client, string node)
                {
                    var req = new UpdateServiceParameterReq();
                    req.processNodeName = node;
                    req.service = "Cisco Server Recovery Manager";
                    req.name = "Client Re-Login Upper Limit";
                    req.value = {|#0:"300"|};
                    await client.updateServiceParameterAsync(req);

                    req.value = {|#1:"100"|};
                    req.name = Labels.Lower;
                    await client.updateServiceParameterAsync(req);
                }

                async Task ValueFirst(AXLPortClient client)
                {
                    UpdateServiceParameterReq request = new UpdateServiceParameterReq { service = Labels.Srm };
                    request.value = "253";
                    request.name = Labels.Upper;
                    await client.updateServiceParameterAsync(request);
                    request.value = "120";
                    request.name = Labels.Lower;
                    await client.updateServiceParameterAsync(request);
                }

                UpdateServiceParameterReq Build()
                {
                    var req = new UpdateServiceParameterReq { name = Labels.Upper, service = Labels.Srm };
                    req.value = {|#2:Labels.UpperText|};
                    return req;
                }

                async Task NotALimit(AXLPortClient client, string value)
                {
                    var req = new UpdateServiceParameterReq();
                    req.service = "Cisco Server Recovery Manager";
                    req.name = "Client Re-Login Upper Limit";
                    req.value = value;
                    await client.updateServiceParameterAsync(req);

                    var other = new UpdateServiceParameterReq();
                    other.service = "Cisco XCP Router";
                    other.name = {|#3:"Client Re-Login Upper Limit"|};
                    other.value = "300";
                    await client.updateServiceParameterAsync(other);
                }
            }
            """;
        var test = Test(source, version, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "300"));
        test.ExpectedDiagnostics.Add(XcpRouterBlanket(3, "Client Re-Login Upper Limit"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task XmlSerializer_choice_items_name_the_parameter_through_ItemsElementName(LanguageVersion version)
    {
        var source = """
            class Choice
            {
                void Initializer(AXLPortClient client) => client.updateServiceParameter(new UpdateServiceParameterReq
                {
                    Items = new object[] { "imp1a", "Client Re-Login Upper Limit", "Cisco Server Recovery Manager" },
                    ItemsElementName = new[] { ItemsChoiceType108.processNodeName, ItemsChoiceType108.name, ItemsChoiceType108.service },
                    value = {|#0:"300"|},
                });

                void FieldByField(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq();
                    req.ItemsElementName = new ItemsChoiceType108[] { ItemsChoiceType108.name, ItemsChoiceType108.service };
                    req.Items = new object[] { "Client Re-Login Lower Limit", "Cisco Server Recovery Manager" };
                    req.value = {|#1:"100"|};
                    client.updateServiceParameter(req);
                }

                void NotTheName(AXLPortClient client)
                {
                    // The label is the node's name here, and the uuid form names no parameter.
                    client.updateServiceParameter(new UpdateServiceParameterReq
                    {
                        Items = new object[] { "Client Re-Login Upper Limit", "Cisco Server Recovery Manager" },
                        ItemsElementName = new[] { ItemsChoiceType108.processNodeName, ItemsChoiceType108.service },
                        value = "300",
                    });
                    client.updateServiceParameter(new UpdateServiceParameterReq
                    {
                        Items = new object[] { "Client Re-Login Upper Limit" },
                        ItemsElementName = new[] { ItemsChoiceType108.uuid },
                        value = "300",
                    });
                    client.updateServiceParameter(new UpdateServiceParameterReq
                    {
                        Items = new object[] { "Cisco XCP Router", {|#2:"Client Re-Login Upper Limit"|} },
                        ItemsElementName = new[] { ItemsChoiceType108.service, ItemsChoiceType108.name },
                        value = "300",
                    });
                }
            }
            """;
        var test = Test(source, version, XmlSerializerProxy);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(XcpRouterBlanket(2, "Client Re-Login Upper Limit"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Wsdl_exe_proxies_name_the_parameter_through_ItemElementName_and_take_newValue(LanguageVersion version)
    {
        var source = """
            class Legacy
            {
                void Initializer(AXLAPIService client) => client.updateServiceParameter(new updateServiceParameter
                {
                    processNodeName = "imp1a",
                    service = "Cisco Server Recovery Manager",
                    Item = "Client Re-Login Upper Limit",
                    ItemElementName = ItemChoiceType27.name,
                    newValue = {|#0:"300"|},
                });

                void FieldByField(AXLAPIService client)
                {
                    updateServiceParameter request = new updateServiceParameter();
                    request.service = "Cisco Server Recovery Manager";
                    request.ItemElementName = ItemChoiceType27.name;
                    request.Item = "Client Re-Login Lower Limit";
                    request.newValue = {|#1:"100"|};
                    client.updateServiceParameter(request);
                }

                void ByUuid(AXLAPIService client) => client.updateServiceParameter(new updateServiceParameter
                {
                    Item = "Client Re-Login Upper Limit",
                    ItemElementName = ItemChoiceType27.uuid,
                    newValue = "300",
                });
            }
            """;
        var test = Test(source, version, WsdlExeProxy);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Settings_kept_in_dictionaries_are_checked_where_each_entry_is_written(LanguageVersion version)
    {
        var source = """
            using System.Collections.Generic;

            class Dictionaries
            {
                static readonly Dictionary<string, string> Collection = new Dictionary<string, string>
                {
                    { "Client Re-Login Upper Limit", {|#0:"300"|} },
                    { "Client Re-Login Lower Limit", "120" },
                    { "Some Other Parameter", "300" },
                };

                static readonly Dictionary<string, int> Indexed = new Dictionary<string, int>
                {
                    [Labels.Upper] = {|#1:Labels.UpperValue|},
                    ["Some Other Parameter"] = 90,
                };

                void Added(IDictionary<string, string> settings, string runtime)
                {
                    settings.Add(Labels.Lower, {|#2:"100"|});
                    settings[Labels.Upper] = {|#3:"301"|};
                    settings[Labels.Upper] = runtime;
                }

                void Pairs()
                {
                    var pairs = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>(Labels.Upper, {|#4:"302"|}) };
                }
            }
            """;
        var test = Test(source, version, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "300"));
        test.ExpectedDiagnostics.Add(Lower(2, "100"));
        test.ExpectedDiagnostics.Add(Upper(3, "301"));
        test.ExpectedDiagnostics.Add(Upper(4, "302"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Tuples_and_collection_expressions_are_read_in_current_CSharp()
    {
        var source = """
            using System.Collections.Generic;

            class Modern
            {
                static readonly (string Name, string Value)[] Settings = [("Client Re-Login Upper Limit", {|#0:"300"|}), (Labels.Lower, "120")];

                static readonly UpdateServiceParameterReq Request = new()
                {
                    Items = ["imp1a", Labels.Upper, Labels.Srm],
                    ItemsElementName = [ItemsChoiceType108.processNodeName, ItemsChoiceType108.name, ItemsChoiceType108.service],
                    value = {|#1:"301"|},
                };
            }
            """;
        var proxy = XmlSerializerProxy.Replace("public partial class AXLPortClient", "public partial class Unused", StringComparison.Ordinal);
        var test = Test(source, LanguageVersion.Latest, proxy, Svcutil.Replace("public partial class UpdateServiceParameterReq", "public partial class SvcutilReq", StringComparison.Ordinal));
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "301"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Sql_on_processconfig_is_checked_in_literals_concatenations_and_string_Format(LanguageVersion version)
    {
        var source = """
            using System.Threading.Tasks;

            class Sql
            {
                const string Table = "processconfig";

                async Task Literal(AXLPortClient client)
                {
                    await client.executeSQLUpdateAsync(new ExecuteSQLUpdateReq { sql = "update processconfig set paramvalue = '{|#0:300|}' where paramname = 'Client Re-Login Upper Limit'" });
                    var req = new ExecuteSQLUpdateReq();
                    req.sql = "UPDATE ProcessConfig SET ParamValue='{|#1:100|}' WHERE ParamName='" + Labels.Lower + "' AND fkprocessnode = (select pkid from processnode where name = 'imp1a')";
                    await client.executeSQLUpdateAsync(req);
                }

                string Concatenated() => "update " + Table + " set paramvalue = '" + {|#2:Labels.UpperValue|} + "' where paramname = '" + Labels.Upper + "'";

                string Formatted() => string.Format("update processconfig set paramvalue = '{0}' where paramname = '{1}'", {|#3:"301"|}, Labels.Upper);

                string FormattedNumber() => string.Format("update processconfig set paramvalue = {0} where paramname = '{1}'", {|#4:302|}, Labels.Upper);

                string Cli() => "run sql update processconfig set paramvalue = '{|#5:303|}' where paramname = '" + Labels.Upper + "'";

                string Right() => "update processconfig set paramvalue = '253' where paramname = '" + Labels.Upper + "'";

                string Silent(string value, string node) =>
                    "update processconfig set paramvalue = '" + value + "' where paramname = '" + Labels.Upper + "'"
                    + "; update processnode set description = '300' where name = '" + Labels.Upper + "'"
                    + "; update processconfig set paramvalue = '300' where paramname = 'Some Other Parameter'"
                    + "; select paramvalue from processconfig where paramname = '" + Labels.Upper + "'";

                void Logged() => System.Console.WriteLine("Set " + Labels.Upper + " to 300 with processconfig");
            }
            """;
        var test = Test(source, version, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "300"));
        test.ExpectedDiagnostics.Add(Upper(3, "301"));
        test.ExpectedDiagnostics.Add(Upper(4, "302"));
        test.ExpectedDiagnostics.Add(Upper(5, "303"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Sql_in_interpolated_and_verbatim_strings_points_at_the_digits()
    {
        var source = """
            class Interpolated
            {
                string Hole() => $"update processconfig set paramvalue = '{{|#0:Labels.UpperValue|}}' where paramname = '{Labels.Upper}'";

                string Text() => $"update processconfig set paramvalue = '{|#1:304|}' where paramname = '{Labels.Upper}'";

                string Verbatim() => @"update processconfig
                    set paramvalue = '{|#2:305|}'
                    where paramname = 'Client Re-Login Upper Limit'";

                string Escaped() => "update processconfig set paramvalue = '\t{|#3:306|}' where paramname = \"Client Re-Login Upper Limit\" or paramname = 'Client Re-Login Upper Limit'";

                string Runtime(int value) => $"update processconfig set paramvalue = '{value}' where paramname = '{Labels.Upper}'";
            }
            """;
        var test = Test(source, LanguageVersion.Latest, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "304"));
        test.ExpectedDiagnostics.Add(Upper(2, "305"));
        test.ExpectedDiagnostics.Add(Upper(3, "306"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Named_arguments_in_any_order_and_values_in_any_constant_form(LanguageVersion version)
    {
        var source = """
            static class Axl
            {
                public static void Set(string node, string service, string name, string value) { }
                public static void SetNumber(string node, string service, string name, int value) { }
            }

            class Named
            {
                void Run()
                {
                    Axl.Set(value: {|#0:"300"|}, name: Labels.Upper, service: Labels.Srm, node: "imp1a");
                    Axl.SetNumber(name: Labels.Lower, value: {|#1:100|}, node: "imp1a", service: Labels.Srm);
                    Axl.SetNumber("imp1a", Labels.Srm, Labels.Upper, {|#2:Labels.UpperValue|});
                    Axl.Set(service: "Cisco SIP Proxy", value: "300", name: Labels.Upper, node: "imp1a");
                }
            }
            """;
        var test = Test(source, version, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "300"));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Unknown_Server_Recovery_Manager_parameters_get_an_info_saying_ImpHa_cannot_check_them(LanguageVersion version)
    {
        var source = """
            using System.Threading.Tasks;

            class Unknown
            {
                async Task Run(AXLPortClient client, string runtime)
                {
                    var req = new UpdateServiceParameterReq();
                    req.service = Labels.Srm;
                    req.name = {|#0:"ClientReloginUpperLimit"|};
                    req.value = "300";
                    await client.updateServiceParameterAsync(req);

                    await client.updateServiceParameterAsync(new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager (Active)", name = {|#1:"SrmLowerLimit"|}, value = "90" });

                    // Not a number, another service (the XCP Router's blanket restart rule speaks there), a known label, no service named: no IMPHA009.
                    await client.updateServiceParameterAsync(new UpdateServiceParameterReq { service = Labels.Srm, name = "SomethingElse", value = runtime });
                    await client.updateServiceParameterAsync(new UpdateServiceParameterReq { service = "Cisco XCP Router", name = {|#2:"SomethingElse"|}, value = "300" });
                    await client.updateServiceParameterAsync(new UpdateServiceParameterReq { service = Labels.Srm, name = "Critical Service Down Delay", value = "120" });
                    await client.updateServiceParameterAsync(new UpdateServiceParameterReq { name = "SomethingElse", value = "300" });
                }
            }
            """;
        var test = Test(source, version, Svcutil);
        test.ExpectedDiagnostics.Add(Unknown(0, "ClientReloginUpperLimit"));
        test.ExpectedDiagnostics.Add(Unknown(1, "SrmLowerLimit"));
        test.ExpectedDiagnostics.Add(XcpRouterBlanket(2, "SomethingElse"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Block_checks_and_restarts_see_every_shape()
    {
        var source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            class Block
            {
                async Task TwoNodes(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq { processNodeName = "imp1a", service = Labels.Srm };
                    req.name = Labels.Upper;
                    req.value = "253";
                    await client.updateServiceParameterAsync(req);
                    await client.executeSQLUpdateAsync(new ExecuteSQLUpdateReq
                    {
                        sql = "update processconfig set paramvalue = '{|#0:254|}' where paramname = '" + Labels.Upper + "' and fkprocessnode = (select pkid from processnode where name = 'imp1b')",
                    });
                }

                Dictionary<string, string> UpperNotAbove() => new Dictionary<string, string>
                {
                    [Labels.Lower] = "120",
                    [Labels.Upper] = {|#1:"100"|},
                };

                async Task Restart(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq();
                    req.service = "Cisco SIP Proxy";
                    req.name = {|#2:"HTTP Port"|};
                    req.value = "8081";
                    await client.updateServiceParameterAsync(req);
                }
            }
            """;
        var test = Test(source, LanguageVersion.Latest, Svcutil);
        test.ExpectedDiagnostics.Add(Upper(0, "254"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(0).WithArguments("Client Re-Login Upper Limit", "254", "253"));
        test.ExpectedDiagnostics.Add(Upper(1, "100"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperNotAboveLower).WithLocation(1).WithArguments("100", "120"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(2).WithArguments("HTTP Port", "Cisco SIP Proxy", "Cisco SIP Proxy", "utils service restart Cisco SIP Proxy"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Configured_internal_names_are_checked_in_every_shape()
    {
        var source = """
            using System.Collections.Generic;

            class Internal
            {
                void Request(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq();
                    req.service = Labels.Srm;
                    req.name = "ClientReloginUpperLimit";
                    req.value = {|#0:"300"|};
                    client.updateServiceParameterAsync(req);
                }

                void Sql()
                {
                    var sql = "update processconfig set paramvalue = '{|#1:301|}' where paramname = 'ClientReloginUpperLimit'";
                }

                void Settings()
                {
                    var settings = new Dictionary<string, string> { ["ClientReloginUpperLimit"] = {|#2:"302"|} };
                }
            }
            """;
        var properties = new Dictionary<string, string>(Example1) { ["ImpHaUpperLimitParameterNames"] = "ClientReloginUpperLimit" };
        var test = new ImpHaAnalyzerTest(source, properties);
        test.TestState.Sources.Add(("/Svcutil.cs", Svcutil));
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "301"));
        test.ExpectedDiagnostics.Add(Upper(2, "302"));
        await test.RunAsync();
    }
}
