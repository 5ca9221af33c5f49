using System.Collections.Concurrent;
using System.Collections.Immutable;
using ImpHa.Analyzers.Analysis;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>Code as it looks while being typed: every prefix of a realistic file, analysed without an exception.</summary>
public class RobustnessTests
{
    [Fact]
    public async Task The_analyzer_never_throws_on_any_prefix_of_the_automation_sample()
    {
        var sample = File.ReadAllText(Path.Combine(ImpHaAnalyzerTest.RepositoryRoot, "samples", "ImpHa.AxlAutomation", "Program.cs"));
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        // The sample's AXL requests use internal names from configuration, as its .csproj tells ImpHa.
        selection["ImpHaLowerLimitParameterNames"] = "YourClusterLowerLimitName";
        selection["ImpHaUpperLimitParameterNames"] = "YourClusterUpperLimitName";
        var (_, generated) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: selection);
        var tables = GeneratorHarness.DefaultTables();
        var options = new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, selection));
        var exceptions = new ConcurrentBag<string>();
        var analyzed = 0;
        var flagged = 0;

        // Cut after every 19th character: over a hundred half-typed files, including the cuts inside literals, calls and
        // initializers. IMPHA_PREFIX_STRIDE cuts less often, for mutation runs, where every mutant reruns this test.
        const int everyNineteenth = 19;
        var stride = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_PREFIX_STRIDE"), out var n) && n > 0 ? n : everyNineteenth;
        Assert.True(sample.Length > 120 * everyNineteenth, $"the sample has only {sample.Length} characters, too few for a hundred prefixes");
        for (var length = 0; length <= sample.Length; length += stride)
        {
            var tree = CSharpSyntaxTree.ParseText(sample[..length], GeneratorHarness.ParseOptions(), "/src/Program.cs");
            var compilation = generated.AddSyntaxTrees(tree).WithOptions(generated.Options.WithOutputKind(OutputKind.ConsoleApplication));
            var analysis = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()),
                new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Add($"{length}: {e}"), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
            analyzed++;
            flagged += diagnostics.Any(d => d.Id == "IMPHA001") ? 1 : 0;
        }

        Assert.Empty(exceptions);
        // The later prefixes hold complete wrong values: the analyzer keeps finding them in broken files.
        Assert.True(flagged > analyzed / 4, $"IMPHA001 in {flagged} of {analyzed} prefixes");
    }
}
