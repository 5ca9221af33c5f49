using System.IO.Compression;
using System.Text.Json;
using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>The Planner as an administrator gets it: packed as a .NET tool, installed from the local feed, run as <c>impha</c>.</summary>
public class ToolInstallTests
{
    [Fact]
    public async Task The_tool_installs_from_the_feed_and_runs_as_impha()
    {
        var feed = await PackageFeed.GetAsync();
        var package = await feed.GetToolPackageAsync();
        using (var archive = ZipFile.OpenRead(package))
        {
            var entries = archive.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(entries, e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/any/impha.dll", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/any/ImpHa.Core.dll", StringComparison.Ordinal));
            Assert.DoesNotContain(entries, e => e.EndsWith("/any/ImpHa.Analyzers.dll", StringComparison.Ordinal) || e.Contains("/any/Microsoft.CodeAnalysis", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("/any/data/login-profiles.csv", StringComparison.Ordinal));
        }

        var toolPath = Path.Combine(feed.Root, "tools");
        var install = await DotnetCli.RunAsync(Path.Combine(feed.Root, "consumers"), "tool", "install", "ImpHa.Planner", "--version", feed.Version, "--tool-path", toolPath);
        Assert.True(install.ExitCode == 0, install.ToString());

        var impha = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "impha.exe" : "impha");
        var help = await Run(impha, "--help");
        Assert.Contains("impha [command] [options]", help, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await Run(impha, "--profile", "5000", "--deployment", "active-standby", "--node-users", "4700,0", "--format", "json"));
        Assert.Equal(4700, json.RootElement.GetProperty("effectiveActiveUsers").GetInt32());
        Assert.Equal(5000, json.RootElement.GetProperty("tableActiveUsers").GetInt32());

        var lint = await Run(impha, "lint");
        Assert.Contains("0 errors, 0 warnings, 20 findings", lint, StringComparison.Ordinal);
    }

    private static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{await output}\n{await errors}");
        return await output;
    }
}
