using System.Collections.Immutable;
using CsCheck;
using ImpHa.Analyzers.Analysis;
using ImpHa.CodeFixes;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Property: automation code broken the way code is while it is typed (tokens deleted, duplicated, inserted, the file cut
/// short) never makes the analyzer throw (no AD0001), and the IMPHA001/002 fix never throws or leaves code with more
/// syntax errors than it had.
/// </summary>
public class CSharpFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_FUZZ_CSHARP_CASES"), out var n) ? n : 200;

    private static readonly Dictionary<string, string> Selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private static readonly (string Name, string Text)[] Generated = ImpHaAnalyzerTest.GeneratedSources(Selection).ToArray();

    private static readonly string[] Originals =
    [
        ConcurrencyTests.AutomationFile(0),
        ConcurrencyTests.AutomationFile(7),
        File.ReadAllText(Path.Combine(ImpHaAnalyzerTest.RepositoryRoot, "samples", "ImpHa.AxlAutomation", "Program.cs")),
    ];

    private static readonly string[] Inserted =
    [
        ";", "{", "}", "(", ")", ",", "\"", "=", "new", "300", "\"Client Re-Login Upper Limit\"", "req.value", "+", "$\"", "@\"", "[", "]", "=>", "'", "\"update processconfig set paramvalue = '",
    ];

    private static readonly Gen<(int Source, int[] Deletes, int[] Duplicates, (int At, int Token)[] Inserts, int Cut)> Case = Gen.Select(
        Gen.Int[0, Originals.Length - 1],
        Gen.Int.Array[0, 4],
        Gen.Int.Array[0, 2],
        Gen.Select(Gen.Int, Gen.Int[0, Inserted.Length - 1]).Array[0, 3],
        Gen.Int[0, 3].SelectMany(k => k == 0 ? Gen.Int[0, int.MaxValue] : Gen.Const(int.MaxValue)));

    [Fact]
    public void Broken_automation_code_never_breaks_the_analyzer_or_the_fix()
    {
        var fixesApplied = 0;
        Case.Sample(
            c =>
            {
                var text = Mutate(Originals[c.Source], c);
                Interlocked.Add(ref fixesApplied, AnalyzeAndFix(text).GetAwaiter().GetResult());
            },
            iter: Cases,
            print: c => Mutate(Originals[c.Source], c));
        Assert.True(fixesApplied > Cases / 10, $"only {fixesApplied} fixes applied");
    }

    private static string Mutate(string original, (int Source, int[] Deletes, int[] Duplicates, (int At, int Token)[] Inserts, int Cut) c)
    {
        var tokens = CSharpSyntaxTree.ParseText(original).GetRoot().DescendantTokens().Select(t => t.ToFullString()).ToList();
        foreach (var d in c.Deletes)
        {
            tokens.RemoveAt((int)((uint)d % (uint)tokens.Count));
        }

        foreach (var d in c.Duplicates)
        {
            var i = (int)((uint)d % (uint)tokens.Count);
            tokens.Insert(i, tokens[i]);
        }

        foreach (var (at, token) in c.Inserts)
        {
            tokens.Insert((int)((uint)at % (uint)(tokens.Count + 1)), " " + Inserted[token] + " ");
        }

        var text = string.Concat(tokens);
        return c.Cut == int.MaxValue ? text : text[..(c.Cut % (text.Length + 1))];
    }

    /// <summary>The generated API and the AXL types in a workspace project, compiled once; each case adds its file to it.</summary>
    private static readonly Lazy<Project> BaseProject = new(() =>
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Fuzz", "Fuzz", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: GeneratorHarness.ParseOptions(),
            metadataReferences: Basic.Reference.Assemblies.Net80.References.All));
        foreach (var (name, source) in Generated)
        {
            project = project.AddDocument(name, source, filePath: name).Project;
        }

        project = project.AddDocument("Types.cs", ConcurrencyTests.Types, filePath: "/src/Types.cs").Project;
        _ = project.GetCompilationAsync().GetAwaiter().GetResult();
        return project;
    });

    /// <summary>Analyses the file with the generated API in a workspace project, then applies the fix to each IMPHA001/002; returns the fixes applied.</summary>
    private static async Task<int> AnalyzeAndFix(string text)
    {
        var project = BaseProject.Value;
        var document = project.AddDocument("Fuzzed.cs", text, filePath: "/src/Fuzzed.cs");
        project = document.Project;
        var compilation = (await project.GetCompilationAsync())!;
        var tables = GeneratorHarness.DefaultTables();
        var exceptions = new List<string>();
        var analysis = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, Selection)),
                (e, _, _) => { lock (exceptions) { exceptions.Add(e.ToString()); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        var provider = new ReLoginLimitCodeFixProvider();
        var before = (await document.GetSyntaxTreeAsync())!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var applied = 0;
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree?.FilePath == "/src/Fuzzed.cs").Take(2))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            foreach (var action in actions)
            {
                var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                var fixedTree = (await operation.ChangedSolution.GetDocument(document.Id)!.GetSyntaxTreeAsync())!;
                Assert.True(fixedTree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error) <= before, $"the fix broke the code:\n{fixedTree}");
                applied++;
            }
        }

        return applied;
    }
}
