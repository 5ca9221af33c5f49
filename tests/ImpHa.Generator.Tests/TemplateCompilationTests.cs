using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// The generator's fixed code (Emit/Templates) as each consumer gets it, adapted to the language version, nullable
/// context, namespace and visibility, compiles beside the table-shaped code without a single diagnostic.
/// </summary>
public class TemplateCompilationTests
{
    public static TheoryData<string, LanguageVersion, NullableContextOptions, string> Consumers => new()
    {
        { "net472", LanguageVersion.CSharp7_3, NullableContextOptions.Disable, "public" },
        { "net472", LanguageVersion.CSharp7_3, NullableContextOptions.Disable, "internal" },
        { "netstandard2.0", LanguageVersion.CSharp8, NullableContextOptions.Disable, "public" },
        { "net8.0", LanguageVersion.Latest, NullableContextOptions.Enable, "public" },
        { "net8.0", LanguageVersion.Latest, NullableContextOptions.Enable, "internal" },
        { "net8.0", LanguageVersion.Latest, NullableContextOptions.Disable, "public" },
    };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Every_part_compiles_without_diagnostics(string framework, LanguageVersion version, NullableContextOptions nullable, string visibility)
    {
        IEnumerable<MetadataReference> references = framework switch
        {
            "net472" => Basic.Reference.Assemblies.Net472.References.All,
            "netstandard2.0" => Basic.Reference.Assemblies.NetStandard20.References.All,
            _ => Basic.Reference.Assemblies.Net80.References.All,
        };
        var parseOptions = GeneratorHarness.ParseOptions(version);
        var compilation = GeneratorHarness.Compilation(references, parseOptions, "namespace Consumer { internal static class Empty { } }")
            .WithOptions(GeneratorHarness.Compilation(references, parseOptions).Options.WithNullableContextOptions(nullable).WithWarningLevel(9999));
        var properties = new Dictionary<string, string>
        {
            ["ImpHaGenerate"] = "all",
            ["ImpHaTypeVisibility"] = visibility,
            ["ImpHaNamespace"] = "Contoso.Presence.Ha",
        };
        GeneratorHarness.Driver(GeneratorHarness.DefaultTables(), parseOptions, properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics.WithoutLint());
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("ImpHa.RestartPlanner.g.cs", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => d.ToString()));
    }
}
