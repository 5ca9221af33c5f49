using System.Collections.Immutable;
using ImpHa.Analyzers.Analysis;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Settings problems have no location, so nothing but their text orders them: they come sorted by it, and a build log
/// lists them the same way every time (the analyzer collects them concurrently, in no order of its own).
/// </summary>
public class SettingsOrderTests
{
    [Fact]
    public async Task Settings_problems_of_several_folders_come_in_the_order_of_their_text()
    {
        var folders = new[] { "e", "b", "d", "a", "c" };
        var trees = folders.Select(f => CSharpSyntaxTree.ParseText(
            $"class Code_{f} {{ void Run() => System.Console.WriteLine(\"Client Re-Login Upper Limit\"); }}",
            GeneratorHarness.ParseOptions(),
            $"/{f}/Code.cs"));
        var perFile = folders.ToDictionary(
            f => $"/{f}/Code.cs",
            f => new Dictionary<string, string> { ["impha_profile"] = "300" + (f[0] - 'a'), ["impha_deployment"] = "active-active" });
        var tables = GeneratorHarness.DefaultTables();
        var options = new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, new Dictionary<string, string>(), perFile));
        var compilation = CSharpCompilation.Create("Settings", trees, Basic.Reference.Assemblies.Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(
            new[] { "3000", "3001", "3002", "3003", "3004" }.Select(p => $"ImpHa profile settings are invalid: ImpHaProfile / impha_profile is '{p}'; use one of 500, 1000, 2000, 5000, 15000, 25000 (or Users15000 style names)"),
            diagnostics.Where(d => d.Id == "IMPHA005").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
