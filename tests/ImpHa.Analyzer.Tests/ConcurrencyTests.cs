using System.Collections.Immutable;
using System.Text;
using ImpHa.Analyzers.Analysis;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>The analyzer with concurrent execution over many files at once reports exactly what a sequential run reports.</summary>
public class ConcurrencyTests
{
    private const int Files = 150;

    /// <summary>One automation file: every shape, with values that are wrong in some files and right in others.</summary>
    internal static string AutomationFile(int i)
    {
        var upper = i % 7 == 0 ? "300" : "253";
        var lower = i % 5 == 0 ? "100" : "120";
        var sqlUpper = i % 3 == 0 ? "254" : "253";
        return $$"""
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public class Automation{{i}}
            {
                public void Helper() => Axl.Set("imp{{i}}", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "{{upper}}");

                public async Task FieldByField(AXLPortClient client)
                {
                    var req = new UpdateServiceParameterReq();
                    req.service = Labels.Srm;
                    req.name = Labels.Lower;
                    req.value = "{{lower}}";
                    await client.updateServiceParameterAsync(req);
                }

                public string Sql() => "update processconfig set paramvalue = '{{sqlUpper}}' where paramname = '" + Labels.Upper + "'";

                public Dictionary<string, string> Settings() => new Dictionary<string, string> { [Labels.Upper] = "{{upper}}", [Labels.Lower] = "{{lower}}" };

                public void Restart() => Axl.Set("imp{{i}}", "Cisco SIP Proxy", "HTTP Port", "{{8000 + i}}");

                public void Ordinary(int x) { var total = 0; for (var k = 0; k < x; k++) { total += k; } System.Console.WriteLine(total); }
            }
            """;
    }

    internal const string Types = """
        using System.Threading.Tasks;

        public static class Axl { public static void Set(string node, string service, string name, string value) { } }
        public class UpdateServiceParameterReq { public string processNodeName { get; set; } public string name { get; set; } public string service { get; set; } public string value { get; set; } }
        public class AXLPortClient { public Task updateServiceParameterAsync(UpdateServiceParameterReq request) => Task.CompletedTask; }
        public static class Labels
        {
            public const string Upper = "Client Re-Login Upper Limit";
            public const string Lower = "Client Re-Login Lower Limit";
            public const string Srm = "Cisco Server Recovery Manager";
        }
        """;

    [Fact]
    public async Task Concurrent_analysis_of_many_files_reports_what_sequential_analysis_reports()
    {
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        var (_, generated) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: selection);
        var tables = GeneratorHarness.DefaultTables();
        var options = new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, selection));
        var trees = Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(AutomationFile(i), GeneratorHarness.ParseOptions(), $"/src/Automation{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(Types, GeneratorHarness.ParseOptions(), "/src/Types.cs"));
        var compilation = generated.AddSyntaxTrees(trees).WithOptions(((CSharpCompilationOptions)generated.Options).WithGeneralDiagnosticOption(ReportDiagnostic.Default).WithNullableContextOptions(NullableContextOptions.Disable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        async Task<List<string>> Run(bool concurrent)
        {
            var exceptions = new List<Exception>();
            var analysis = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()),
                new CompilationWithAnalyzersOptions(options, (e, _, _) => { lock (exceptions) { exceptions.Add(e); } }, concurrent, logAnalyzerExecutionTime: false));
            var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
            Assert.Empty(exceptions);
            return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}").Order(StringComparer.Ordinal).ToList();
        }

        var sequential = await Run(concurrent: false);
        // 150 files: 22 wrong helper uppers, 30 wrong lowers, 50 wrong SQL uppers, wrong dictionary entries, 150 restarts.
        Assert.Equal(Files, sequential.Count(d => d.StartsWith("IMPHA008", StringComparison.Ordinal)));
        Assert.True(sequential.Count(d => d.StartsWith("IMPHA001", StringComparison.Ordinal)) >= 22 + 50);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(sequential, await Run(concurrent: true));
        }
    }
}
