using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using ImpHa.Analyzers.Analysis;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Benchmarks;

/// <summary>
/// What an IDE does per keystroke: a project of 200 automation files and one open document of about 1,000
/// lines; the document is edited (a new tree in a new compilation, the other trees unchanged) and its
/// semantic diagnostics are computed with the analyzer, warm. Side by side: the compiler's own diagnostics
/// for the document, and the same with an analyzer whose operation callbacks do nothing.
/// </summary>
public class TypingBenchmarks
{
    private const int ProjectFiles = 200;
    private Compilation _compilation = null!;
    private SyntaxTree _document = null!;
    private AnalyzerOptions _options = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        var (withGenerated, options, parse) = Example1Project.Create();
        var project = Enumerable.Range(0, ProjectFiles).Select(i => CSharpSyntaxTree.ParseText(AutomationCorpus.FileText(i), parse, $"/src/Cluster{i}.cs"));
        _document = CSharpSyntaxTree.ParseText(OpenDocument(), parse, "/src/Open.cs");
        _compilation = withGenerated.AddSyntaxTrees(project).AddSyntaxTrees(CSharpSyntaxTree.ParseText(AutomationCorpus.Support, parse, "/src/Axl.cs"), _document)
            .WithOptions(withGenerated.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        _options = options;
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"the project does not compile: {errors[0]}");
        }
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly()
    {
        var (compilation, tree) = Edit();
        return compilation.GetSemanticModel(tree).GetDiagnostics().Length;
    }

    [Benchmark]
    public int EmptyOperationAnalyzer() => Analyze(new ImpHa.MeasureFloor.OperationsAnalyzer());

    [Benchmark]
    public int EmptyTreeAnalyzer() => Analyze(new ImpHa.MeasureFloor.TreeAndEndAnalyzer());

    [Benchmark]
    public int ImpHa() => Analyze(new ReLoginLimitAnalyzer());

    private int Analyze(DiagnosticAnalyzer analyzer)
    {
        var (compilation, tree) = Edit();
        var analysis = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(_options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var model = compilation.GetSemanticModel(tree);
        return model.GetDiagnostics().Length + analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    /// <summary>One keystroke: a digit changed in a comment near the end of the document.</summary>
    private (Compilation Compilation, SyntaxTree Tree) Edit()
    {
        var text = _document.GetText();
        var at = text.Length - 40;
        var edited = _document.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at, 1), (_edit++ % 10).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return (_compilation.ReplaceSyntaxTree(_document, edited), edited);
    }

    /// <summary>About 1,000 lines: automation methods like the corpus's, a few wrong values among them.</summary>
    private static string OpenDocument()
    {
        var text = new StringBuilder("namespace Corpus\n{\n    public static class OpenDocument\n    {\n");
        for (var m = 0; m < 48; m++)
        {
            var upper = m % 10 == 3 ? "300" : "253";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                        public static async System.Threading.Tasks.Task Configure{{m}}(AxlClient client, string node)
                        {
                            Axl.Set(client, node, "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", "120");
                            await client.UpdateServiceParameterAsync(new UpdateServiceParameterReq
                            {
                                processNodeName = node,
                                service = "Cisco Server Recovery Manager",
                                name = "Client Re-Login Upper Limit",
                                value = "{{upper}}",
                            });
                            var lines = new System.Collections.Generic.List<string>();
                            for (var i = 0; i < 3; i++)
                            {
                                lines.Add(string.Concat(node, ": attempt ", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                            }

                            System.Diagnostics.Debug.Assert(lines.Count == 3);
                        }

                """);
        }

        return text.Append("        // edited here: 0000000000000000000000000000000000000\n    }\n}\n").ToString();
    }
}
