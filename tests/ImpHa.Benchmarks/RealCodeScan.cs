using System.Collections.Immutable;
using System.Diagnostics;
using ImpHa.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Benchmarks;

/// <summary>
/// Runs ImpHa's analyzer over every C# file under a folder (a checkout of someone else's code), with
/// Example 1 selected and the generated API compiled in, and lists what it reports. The code need not
/// build: missing references leave compile errors, which ImpHa must survive. Not part of <c>dotnet test</c>:
/// <c>dotnet run -c Release --project tests/ImpHa.Benchmarks -- scan DIR [UPPER-NAMES]</c>. UPPER-NAMES
/// (ImpHaUpperLimitParameterNames) makes strings that occur in the code count as a limit's name, to drive every
/// shape through real code and check that nothing throws.
/// </summary>
internal static class RealCodeScan
{
    public static int Run(string folder, string? upperNames)
    {
        var project = Example1Project.Create(upperNames is null ? null : new Dictionary<string, string> { ["ImpHaUpperLimitParameterNames"] = upperNames });
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), project.Parse, f)).ToList();
        var compilation = project.WithGenerated.AddSyntaxTrees(trees)
            .WithOptions(project.WithGenerated.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var analyzer = new ReLoginLimitAnalyzer();
        var stopwatch = Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(project.Options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        stopwatch.Stop();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        Console.WriteLine($"{files.Count} files, {trees.Sum(t => t.Length):N0} characters, {errors} compile errors (missing references are expected)");
        Console.WriteLine($"ImpHa: {diagnostics.Length} diagnostics, own time {telemetry.ExecutionTime.TotalMilliseconds:N1} ms, analysis with compilation {stopwatch.ElapsedMilliseconds:N0} ms");
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            var span = diagnostic.Location.GetLineSpan();
            Console.WriteLine($"{Path.GetRelativePath(folder, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key}: {group.Count()}");
        }

        return diagnostics.Any(d => d.Id == "AD0001") ? 1 : 0;
    }
}
