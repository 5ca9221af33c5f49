using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Analyzers.Analysis.Candidates;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Benchmarks;

/// <summary>
/// The analyzer's cost on a compilation of 200 ordinary files and 5 automation files (plus the generated API):
/// compiler diagnostics alone (baseline) against compiler plus ImpHa. With <see cref="CandidateInEveryFile"/>
/// each ordinary file also holds a restart-table parameter name in a string, so no file can be skipped.
/// </summary>
public class AnalyzerBenchmarks
{
    private const int OrdinaryFiles = 200;
    private const int AutomationFiles = 5;
    private Compilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private NameMatcher _skipNames = null!;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = [new ReLoginLimitAnalyzer()];

    [Params(false, true)]
    public bool CandidateInEveryFile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (withGenerated, options, parse) = Example1Project.Create();
        var trees = Enumerable.Range(0, OrdinaryFiles).Select(i => Ordinary(i, CandidateInEveryFile))
            .Concat(Enumerable.Range(0, AutomationFiles).Select(Automation))
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, $"/src/Corpus{i}.cs"));
        _compilation = withGenerated.AddSyntaxTrees(trees)
            .WithOptions(withGenerated.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default).WithConcurrentBuild(false));
        _options = options;
        var restarts = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, GeneratorHarness.DefaultTables().Single(t => t.Role == "RestartRules").Text)).Model!;
        _skipNames = new NameMatcher(RestartNeededRule.ParameterNamesOf(restarts).Append(ServerRecoveryManagerParameters.ClientReLoginUpperLimit).Append(ServerRecoveryManagerParameters.ClientReLoginLowerLimit));

        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var found = WithImpHa().Count(d => d.Id == "IMPHA001");
        if (errors.Count > 0 || found != AutomationFiles)
        {
            throw new InvalidOperationException($"corpus is wrong: {errors.Count} errors ({errors.FirstOrDefault()}), {found} IMPHA001 instead of {AutomationFiles}");
        }
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

    /// <summary>The floor any such analyzer pays: the same operation callbacks, doing nothing.</summary>
    [Benchmark]
    public int CompilerAndEmptyOperationAnalyzer()
        => Analyze([new ImpHa.MeasureFloor.OperationsAnalyzer()]).Length;

    [Benchmark]
    public int CompilerAndImpHa() => WithImpHa().Length;

    /// <summary>What the per-tree skip costs: its scan of every file's text for the parameter names.</summary>
    [Benchmark]
    public int SkipScanOfEveryTree()
    {
        var candidates = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            candidates += _skipNames.AnyIn(tree.GetText()) ? 1 : 0;
        }

        return candidates;
    }

    private ImmutableArray<Diagnostic> WithImpHa() => Analyze(_analyzers);

    // One thread throughout: on two cores, parallel binding and analysis made the timings too noisy to compare.
    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => _compilation.Clone()
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    private static string Ordinary(int index, bool candidate)
    {
        var text = new StringBuilder($"namespace Corpus{{ public sealed class Ordinary{index} {{\n");
        text.Append("    private readonly System.Collections.Generic.List<string> _items = new System.Collections.Generic.List<string>();\n");
        for (var m = 0; m < 10; m++)
        {
            text.Append($$"""
                    public int Method{{m}}(string name, int value)
                    {
                        var label = {{(candidate && m == 0 ? "\"HTTP Port\"" : "\"Some label " + m + "\"")}};
                        Store(name, label, value + {{m}});
                        var holder = new Holder { Name = label, Value = value };
                        _items.Add(string.Concat(label, name));
                        return holder.Value + Compute(value, {{m}});
                    }

                """);
        }

        text.Append("""
                private static void Store(string node, string label, int value) { }
                private static int Compute(int a, int b) => a * b;
                private sealed class Holder { public string? Name { get; set; } public int Value { get; set; } }
            } }
            """);
        return text.ToString();
    }

    private static string Automation(int index) => $$"""
        namespace Corpus
        {
            public static class Automation{{index}}
            {
                private static void Set(string node, string service, string name, string value) { }
                public static void Run()
                {
                    Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", "120");
                    Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "300");
                }
            }
        }
        """;
}
