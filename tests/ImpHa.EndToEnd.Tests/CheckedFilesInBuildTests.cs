using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>The project's own files marked <c>ImpHaCheck</c> in a real <c>dotnet build</c>: the warnings name the file, line and column.</summary>
public class CheckedFilesInBuildTests
{
    private const string SoapTemplate = """
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

    private const string AppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          "Srm": {
            "Parameters": [
              { "service": "Cisco Server Recovery Manager", "name": "Client Re-Login Lower Limit", "value": "120" },
              { "service": "Cisco Server Recovery Manager", "name": "Client Re-Login Upper Limit", "value": 300 }
            ]
          }
        }
        """;

    private const string AnsibleVars = """
        ---
        srm_parameters:
          - name: Client Re-Login Upper Limit
            service: Cisco Server Recovery Manager
            value: "300"
        """;

    [Fact]
    public async Task Wrong_limits_in_marked_xml_json_and_yaml_files_are_reported_at_their_file_line_and_column()
    {
        const string items = """
            <AdditionalFiles Include="axl/*.xml" ImpHaCheck="true" />
            <AdditionalFiles Include="appsettings.json;group_vars/*.yml" ImpHaCheck="true" />
            <AdditionalFiles Include="unchecked/update.xml" />
            """;
        var feed = await PackageFeed.GetAsync();
        var consumer = feed.CreateConsumer("CheckedFiles", ConsumerProjects.Project("net10.0", ConsumerProjects.Example1Selection, items), new Dictionary<string, string>
        {
            ["Program.cs"] = "namespace Consumer { public static class Program { public static void Main() { } } }",
            ["axl/update.xml"] = SoapTemplate,
            ["appsettings.json"] = AppSettings,
            ["group_vars/imp.yml"] = AnsibleVars,
            ["unchecked/update.xml"] = SoapTemplate,
        });

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        var reported = BuildDiagnostics.Parse(build.Output).Where(d => d.Id.StartsWith("IMPHA", StringComparison.Ordinal)).ToHashSet();
        var expected = new HashSet<BuildDiagnostics.Entry>
        {
            Where("update.xml", SoapTemplate, "<value>300", "300"),
            Where("appsettings.json", AppSettings, "\"value\": 300", "300"),
            Where("imp.yml", AnsibleVars, "value: \"300\"", "300"),
        };
        Assert.Equal(expected.OrderBy(e => e.FileName), reported.OrderBy(e => e.FileName));
    }

    /// <summary>IMPHA001 at <paramref name="digits"/> on the first line holding <paramref name="line"/>: 1-based line and column.</summary>
    private static BuildDiagnostics.Entry Where(string fileName, string text, string line, string digits)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(line, StringComparison.Ordinal));
        var column = lines[index].IndexOf(line, StringComparison.Ordinal) + line.IndexOf(digits, StringComparison.Ordinal);
        return new BuildDiagnostics.Entry(fileName, index + 1, column + 1, "warning", "IMPHA001");
    }
}
