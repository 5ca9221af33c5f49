using Newtonsoft.Json.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ImpHa.EndToEnd.Tests.Ide;

/// <summary>
/// The IDE path: a consumer of the package opened in csharp-ls 0.28.0 (a Roslyn language server) through a real LSP
/// client. Diagnostics arrive while typing, hover shows the generated XML docs, completion lists the generated members.
/// </summary>
public class LanguageServerTests(ITestOutputHelper output)
{
    private const string CSharpLsVersion = "0.28.0";
    private static readonly TimeSpan ProjectLoad = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan AfterEdit = TimeSpan.FromMinutes(1);

    private static string Automation(string value, string probe = "0") => $$"""
        namespace Consumer
        {
            public static class Automation
            {
                public static void Set(string node, string service, string name, string value) { }

                public static void Wrong() => Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "{{value}}");

                public static int Upper => ImpHa.SelectedHaProfile.UpperLimit;

                public static object Probe() { return {{probe}}; }
            }
        }
        """;

    [Fact]
    public async Task An_editor_gets_live_diagnostics_hover_docs_and_completion_from_the_package()
    {
        var feed = await PackageFeed.GetAsync();
        var server = await InstallCSharpLsAsync(feed);
        var consumer = feed.CreateConsumer("IdeConsumer", ConsumerProjects.Project("net10.0", ConsumerProjects.Example1Selection), new Dictionary<string, string> { ["Automation.cs"] = Automation("300") });
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());

        await using var client = await LanguageServerClient.StartAsync(server, consumer.Directory);
        var path = Path.Combine(consumer.Directory, "Automation.cs");
        var uri = new Uri(path).AbsoluteUri;
        var opened = client.Now;
        await client.OpenAsync(uri, Automation("300"));
        var (diagnostics, loadedAt) = await client.WaitForDiagnosticsAsync(uri, d => d.Any(x => IsUpperLimit(x, "300")), opened, ProjectLoad);
        output.WriteLine($"open -> IMPHA001 (project load included): {(loadedAt - opened).TotalMilliseconds:0} ms");

        // On the value itself, as dotnet build reports it.
        var first = diagnostics.Single(x => IsUpperLimit(x, "300"));
        var text = Automation("300").Split('\n');
        var line = Array.FindIndex(text, l => l.Contains("\"300\"", StringComparison.Ordinal));
        Assert.Equal(line, (int)first["range"]!["start"]!["line"]!);
        Assert.Equal(text[line].IndexOf("\"300\"", StringComparison.Ordinal), (int)first["range"]!["start"]!["character"]!);
        Assert.Equal(2, (int)first["severity"]!);
        Assert.EndsWith("docs/diagnostics/IMPHA001.md", (string?)first["codeDescription"]?["href"], StringComparison.Ordinal);

        // Each edit of the value updates the diagnostic; the time from the edit to it is what a user waits. Interleaved with
        // the same edit producing a compiler error instead (CS0103), the server's own floor in the same session.
        var version = 1;
        var latencies = new List<double>();
        var compilerLatencies = new List<double>();
        for (var round = 1; round <= 9; round++)
        {
            var value = (300 + round).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sent = client.Now;
            await client.ChangeAsync(uri, ++version, Automation(value));
            var (_, at) = await client.WaitForDiagnosticsAsync(uri, d => d.Any(x => IsUpperLimit(x, value)), sent, AfterEdit);
            latencies.Add((at - sent).TotalMilliseconds);

            var name = "undefined" + value;
            sent = client.Now;
            await client.ChangeAsync(uri, ++version, Automation("300").Replace("\"300\"", name, StringComparison.Ordinal));
            (_, at) = await client.WaitForDiagnosticsAsync(uri, d => d.Any(x => (string?)x["code"] == "CS0103" && ((string?)x["message"])!.Contains(name, StringComparison.Ordinal)), sent, AfterEdit);
            compilerLatencies.Add((at - sent).TotalMilliseconds);
        }

        output.WriteLine($"edit -> updated IMPHA001: {Summary(latencies)}");
        output.WriteLine($"baseline, edit -> updated CS0103: {Summary(compilerLatencies)}");

        var fixedAt = client.Now;
        await client.ChangeAsync(uri, ++version, Automation("253"));
        var (afterFix, clearedAt) = await client.WaitForDiagnosticsAsync(uri, d => !d.Any(IsImpha001), fixedAt, AfterEdit);
        Assert.DoesNotContain(afterFix, IsImpha001);
        output.WriteLine($"right value -> IMPHA001 cleared: {(clearedAt - fixedAt).TotalMilliseconds:0} ms");

        // Hover on the generated constant shows its XML documentation.
        var current = Automation("253").Split('\n');
        var upperLine = Array.FindIndex(current, l => l.Contains("SelectedHaProfile.UpperLimit", StringComparison.Ordinal));
        var hover = await client.HoverAsync(uri, upperLine, current[upperLine].IndexOf("UpperLimit;", StringComparison.Ordinal) + 2);
        var hoverText = hover["contents"]!.ToString();
        Assert.Contains("Client Re-Login Upper Limit in seconds for the selected active users", hoverText, StringComparison.Ordinal);

        // Completion after "SelectedHaProfile." lists the generated members.
        var probed = Automation("253", "ImpHa.SelectedHaProfile.");
        await client.ChangeAsync(uri, ++version, probed);
        var probeLines = probed.Split('\n');
        var probeLine = Array.FindIndex(probeLines, l => l.Contains("SelectedHaProfile.;", StringComparison.Ordinal));
        var completion = await client.CompletionAsync(uri, probeLine, probeLines[probeLine].IndexOf("SelectedHaProfile.", StringComparison.Ordinal) + "SelectedHaProfile.".Length);
        var items = (completion is JObject list ? list["items"]! : completion).Select(i => (string?)i["label"]).ToList();
        Assert.Contains("UpperLimit", items);
        Assert.Contains("LowerLimit", items);
        Assert.Contains("TableActiveUsers", items);
    }

    private static string Summary(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        return $"{sorted.Count} edits, median {sorted[sorted.Count / 2]:0} ms, min {sorted[0]:0} ms, max {sorted[^1]:0} ms";
    }

    private static bool IsImpha001(JToken diagnostic) => (string?)diagnostic["code"] == "IMPHA001";

    private static bool IsUpperLimit(JToken diagnostic, string value)
        => IsImpha001(diagnostic) && ((string?)diagnostic["message"])?.Contains($"Client Re-Login Upper Limit is {value} but", StringComparison.Ordinal) == true;

    private static readonly SemaphoreSlim InstallOnce = new(1, 1);

    private static async Task<string> InstallCSharpLsAsync(PackageFeed feed)
    {
        var toolPath = Path.Combine(feed.Root, "csharp-ls");
        var server = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        await InstallOnce.WaitAsync();
        try
        {
            if (!File.Exists(server))
            {
                var install = await DotnetCli.RunAsync(Path.Combine(feed.Root, "consumers"), "tool", "install", "csharp-ls", "--version", CSharpLsVersion, "--tool-path", toolPath);
                Assert.True(install.ExitCode == 0, install.ToString());
            }
        }
        finally
        {
            InstallOnce.Release();
        }

        return server;
    }
}
