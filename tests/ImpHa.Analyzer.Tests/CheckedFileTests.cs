using ImpHa.Analyzers.Analysis.Writes.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The project's own files marked <c>ImpHaCheck</c>: SOAP templates, JSON settings and inventories, YAML variables.
/// Setup: Cisco's Example 1, 15000 users active/active at 2000 users (lower 120, upper 253); 300 is wrong for either
/// reading of the delay. Diagnostics are asserted by id and file(line, column), not by message.
/// </summary>
public class CheckedFileTests
{
    private const string Code = "class Program { static void Main() { } }";

    internal const string SoapTemplate = """
        <?xml version="1.0" encoding="utf-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns="http://www.cisco.com/AXL/API/14.0">
          <soapenv:Body>
            <ns:updateServiceParameter>
              <processNodeName>imp1a</processNodeName>
              <name>Client Re-Login Upper Limit</name>
              <service>Cisco Server Recovery Manager</service>
              <value>300</value>
            </ns:updateServiceParameter>
          </soapenv:Body>
        </soapenv:Envelope>
        """;

    internal const string AppSettings = """
        {
          // The parameters the deployment job writes.
          "Srm": {
            "Nodes": [
              { "processNodeName": "imp1a", "service": "Cisco Server Recovery Manager", "name": "Client Re-Login Upper Limit", "value": "253" },
              { "processNodeName": "imp1b", "service": "Cisco Server Recovery Manager", "name": "Client Re-Login Upper Limit", "value": 300 },
            ]
          }
        }
        """;

    internal const string AnsibleVars = """
        ---
        # group_vars/imp.yml
        srm_service: Cisco Server Recovery Manager
        srm_parameters:
          - name: Client Re-Login Lower Limit
            service: Cisco Server Recovery Manager
            value: "120"
          - name: Client Re-Login Upper Limit   # Example 1
            service: Cisco Server Recovery Manager
            value: 300
        """;

    private static DiagnosticResult At(string id, DiagnosticSeverity severity, string path, int line, int column, int length)
        => new DiagnosticResult(id, severity).WithSpan(path, line, column, line, column + length);

    private static DiagnosticResult Upper(string path, int line, int column) => At("IMPHA001", DiagnosticSeverity.Warning, path, line, column, 3);

    private static ImpHaAnalyzerTest Test(params (string Path, string Text, bool Checked)[] files)
    {
        var test = new ImpHaAnalyzerTest(Code, WireTextTests.Example1);
        var config = new System.Text.StringBuilder("is_global = true\n");
        foreach (var (path, text, isChecked) in files)
        {
            test.TestState.AdditionalFiles.Add((path, text));
            if (isChecked)
            {
                config.Append($"\n[{path}]\n{CheckedFiles.MetadataKey} = true\n");
            }
        }

        test.TestState.AnalyzerConfigFiles.Add(("/checked.globalconfig", config.ToString()));
        return test;
    }

    [Fact]
    public async Task A_wrong_upper_limit_in_a_soap_template_is_reported_at_its_digits()
    {
        var test = Test(("/axl/update.xml", SoapTemplate, true));
        test.ExpectedDiagnostics.Add(Upper("/axl/update.xml", 8, 14));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_wrong_upper_limit_in_appsettings_json_is_reported_with_the_nodes_that_differ()
    {
        var test = Test(("/appsettings.json", AppSettings, true));
        test.ExpectedDiagnostics.Add(Upper("/appsettings.json", 6, 129));
        test.ExpectedDiagnostics.Add(At("IMPHA007", DiagnosticSeverity.Warning, "/appsettings.json", 6, 129, 3));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_wrong_upper_limit_in_yaml_variables_is_reported_at_its_digits()
    {
        var test = Test(("/group_vars/imp.yml", AnsibleVars, true));
        test.ExpectedDiagnostics.Add(Upper("/group_vars/imp.yml", 10, 12));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_upper_limit_not_above_the_lower_one_in_a_file_is_reported()
    {
        var vars = AnsibleVars.Replace("value: 300", "value: 100");
        var test = Test(("/group_vars/imp.yml", vars, true));
        test.ExpectedDiagnostics.Add(Upper("/group_vars/imp.yml", 10, 12));
        test.ExpectedDiagnostics.Add(At("IMPHA003", DiagnosticSeverity.Warning, "/group_vars/imp.yml", 10, 12, 3));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_wrong_lower_limit_in_a_file_is_reported()
    {
        var vars = AnsibleVars.Replace("value: \"120\"", "value: \"60\"").Replace("value: 300", "value: 253");
        var test = Test(("/group_vars/imp.yml", vars, true));
        test.ExpectedDiagnostics.Add(At("IMPHA002", DiagnosticSeverity.Warning, "/group_vars/imp.yml", 7, 13, 2));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_right_values_in_every_kind_of_file_are_silent()
    {
        await Test(
            ("/axl/update.xml", SoapTemplate.Replace(">300<", ">253<"), true),
            ("/appsettings.json", AppSettings.Replace("\"value\": 300", "\"value\": 253"), true),
            ("/group_vars/imp.yml", AnsibleVars.Replace("value: 300", "value: 253"), true)).RunAsync();
    }

    [Fact]
    public async Task Another_services_parameter_of_the_same_name_is_not_a_limit()
    {
        await Test(
            ("/axl/update.xml", SoapTemplate.Replace("Cisco Server Recovery Manager", "Cisco XCP Router"), true),
            ("/group_vars/imp.yml", AnsibleVars.Replace("service: Cisco Server Recovery Manager", "service: Cisco Presence Engine"), true)).RunAsync();
    }

    [Fact]
    public async Task Files_the_project_does_not_mark_are_not_read()
    {
        await Test(
            ("/axl/update.xml", SoapTemplate, false),
            ("/appsettings.json", AppSettings, false),
            ("/broken.json", "{ \"name\": ", false)).RunAsync();
    }

    [Fact]
    public async Task An_editorconfig_section_selects_for_the_files_under_it()
    {
        // 15000 users active/standby at 2000 users: upper 453, so Example 1's 253 is wrong there and 453 right.
        var test = Test(
            ("/other/vars.yml", AnsibleVars.Replace("value: 300", "value: 253"), true),
            ("/other/update.xml", SoapTemplate.Replace(">300<", ">453<"), true));
        test.TestState.AnalyzerConfigFiles.Add(("/other/.editorconfig", "[*.yml]\nimpha_deployment = active-standby\n\n[*.xml]\nimpha_deployment = active-standby\n"));
        test.ExpectedDiagnostics.Add(Upper("/other/vars.yml", 10, 12));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_limit_keyed_by_its_name_in_settings_and_variables_is_checked()
    {
        var test = Test(
            ("/appsettings.json", "{\n  \"ReLogin\": { \"Client Re-Login Upper Limit\": 300 },\n  \"Other\": { \"service\": \"Cisco XCP Router\", \"Client Re-Login Upper Limit\": 300 }\n}", true),
            ("/vars.yml", "srm:\n  Client Re-Login Lower Limit: 120\n  Client Re-Login Upper Limit: \"253\"\n", true));
        test.ExpectedDiagnostics.Add(Upper("/appsettings.json", 2, 47));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("/axl/update.xml", "<envelope>\n  <name>Client Re-Login Upper Limit</name>\n  <value>300</valu>\n</envelope>", 3, 15)]
    [InlineData("/axl/doctype.xml", "<!DOCTYPE x [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]>\n<x>&e;</x>", 1, 1)]
    [InlineData("/appsettings.json", "{\n  \"name\": \"Client Re-Login Upper Limit\",\n  \"value\" 300\n}", 3, 11)]
    [InlineData("/vars.yml", "srm:\n  name: Client Re-Login Upper Limit\n  value 300\n", 3, 3)]
    [InlineData("/tabs.yaml", "srm:\n\tvalue: 300\n", 2, 1)]
    public async Task A_file_that_cannot_be_read_is_one_info_at_its_position(string path, string text, int line, int column)
    {
        var test = Test((path, text, true));
        test.ExpectedDiagnostics.Add(At("IMPHA011", DiagnosticSeverity.Info, path, line, column, 0));
        await test.RunAsync();
    }
}
