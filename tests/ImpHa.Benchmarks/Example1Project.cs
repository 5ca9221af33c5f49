using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Benchmarks;

/// <summary>What the analyzer benchmarks start from: the document's Example 1 selected, the generated API compiled in, the tables as options.</summary>
internal sealed record Example1Project(Compilation WithGenerated, AnalyzerOptions Options, CSharpParseOptions Parse)
{
    public static Example1Project Create(IDictionary<string, string>? moreProperties = null)
    {
        var selection = new Dictionary<string, string> { ["ImpHaProfile"] = "15000", ["ImpHaDeployment"] = "ActiveActive", ["ImpHaActiveUsers"] = "2000" };
        foreach (var (key, value) in moreProperties ?? new Dictionary<string, string>())
        {
            selection[key] = value;
        }

        var tables = GeneratorHarness.DefaultTables();
        var (_, withGenerated) = GeneratorHarness.Run(tables, properties: selection);
        return new Example1Project(withGenerated, new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, selection)), GeneratorHarness.ParseOptions());
    }
}
