using System.Collections.Immutable;
using CsCheck;
using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Analysis.Writes.Files;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Property: marked XML, JSON and YAML files broken the way they are while they are edited never make the analyzer throw
/// (no AD0001), and a file it cannot read gets one IMPHA011 and nothing else.
/// </summary>
public class CheckedFileFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_FUZZ_WIRE_CASES"), out var n) ? n : 150;

    private static readonly (string Path, string Text)[] Seeds =
    [
        ("/axl/update.xml", CheckedFileTests.SoapTemplate),
        ("/appsettings.json", CheckedFileTests.AppSettings),
        ("/group_vars/imp.yml", CheckedFileTests.AnsibleVars),
        ("/vars.yaml", "srm:\n  Client Re-Login Upper Limit: 300\n  notes: |\n    value: 1\n  list: [a, b]\n"),
    ];

    private static readonly string[] Inserted =
    [
        "<", ">", "</", "/>", "\"", "'", "{", "}", ":", ": ", ",", "[", "]", "<value>", "</value>", "\"value\": 300", "Client Re-Login Upper Limit",
        "\\", "\n", "\r\n", "\t", "  ", "- ", "#", "|", "&amp;", "<!--", "<![CDATA[", "<!DOCTYPE x>", "/*", "//", "---\n", "\uFEFF", "\uFFFF",
    ];

    private static readonly Gen<(int Seed, (int At, int Length)[] Deletes, (int At, int Token)[] Inserts)> Case = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Gen.Select(Gen.Int, Gen.Int[1, 12]).Array[0, 4],
        Gen.Select(Gen.Int, Gen.Int[0, Inserted.Length - 1]).Array[0, 5]);

    [Fact]
    public void Broken_marked_files_never_break_the_analyzer()
    {
        Case.Sample(c => Analyze(File(c)), iter: Cases, print: c => File(c).Text);
    }

    private static (string Path, string Text) File((int Seed, (int At, int Length)[] Deletes, (int At, int Token)[] Inserts) c)
    {
        var (path, text) = Seeds[c.Seed];
        foreach (var (at, length) in c.Deletes)
        {
            var start = (int)((uint)at % (uint)(text.Length + 1));
            text = text.Remove(start, Math.Min(length, text.Length - start));
        }

        foreach (var (at, token) in c.Inserts)
        {
            text = text.Insert((int)((uint)at % (uint)(text.Length + 1)), Inserted[token]);
        }

        return (path, text);
    }

    private static void Analyze((string Path, string Text) file)
    {
        var tables = GeneratorHarness.DefaultTables();
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, GeneratorHarness.ParseOptions(), "class C { }");
        var texts = GeneratorHarness.Texts(tables).Add(new Text(file.Path, file.Text));
        var exceptions = new List<string>();
        var analysis = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(texts, new Marked(new GeneratorHarness.OptionsProvider(tables, WireTextTests.Example1), file.Path)),
                (e, _, _) => { lock (exceptions) { exceptions.Add(e.ToString()); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var unreadable = diagnostics.Count(d => d.Id == "IMPHA011");
        Assert.True(unreadable == 0 || diagnostics.Length == 1, string.Join("\n", diagnostics));
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>The harness's options, with one file marked <c>ImpHaCheck</c>.</summary>
    private sealed class Marked(AnalyzerConfigOptionsProvider inner, string path) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == path
            ? new GeneratorHarness.Options(new Dictionary<string, string> { [CheckedFiles.MetadataKey] = "true" })
            : inner.GetOptions(textFile);
    }
}
