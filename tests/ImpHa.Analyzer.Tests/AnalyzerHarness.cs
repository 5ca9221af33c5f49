using System.Text;
using ImpHa.Analyzers.Analysis;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ImpHa.Analyzer.Tests;

/// <summary>An analyzer test with the shipped tables as tagged AdditionalFiles and in-memory reference assemblies.</summary>
internal sealed class ImpHaAnalyzerTest : CSharpAnalyzerTest<ReLoginLimitAnalyzer, DefaultVerifier>
{
    public static readonly string RepositoryRoot = TestData.RepositoryRoot;

    public ImpHaAnalyzerTest(string source, IDictionary<string, string>? properties = null, LanguageVersion version = LanguageVersion.Latest)
    {
        LanguageVersion = version;
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.Sources.Add(source);
        AddTables(TestState, properties);
    }

    /// <summary>Reference assemblies from Basic.Reference.Assemblies (no download), the tables, and the MSBuild properties.</summary>
    public static void AddTables(SolutionState state, IDictionary<string, string>? properties)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        var config = new StringBuilder("is_global = true\n");
        foreach (var property in properties ?? new Dictionary<string, string>())
        {
            config.Append($"build_property.{property.Key} = {property.Value}\n");
        }

        foreach (var table in GeneratorHarness.DefaultTables())
        {
            state.AdditionalFiles.Add((table.Path, table.Text));
            config.Append($"\n[{table.Path}]\n{TableRoles.MetadataKey} = {table.Role}\n");
        }

        state.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
    }

    public LanguageVersion LanguageVersion { get; }

    /// <summary>The generator's real output for these settings, to add as sources (the testing library runs no generators here).</summary>
    public static IEnumerable<(string Name, string Text)> GeneratedSources(IDictionary<string, string>? properties = null)
        => GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: properties)
            .Result.Results[0].GeneratedSources
            .Select(s => ("/obj/" + s.HintName, s.SourceText.ToString()));

    /// <summary>Adds the generated API for these settings to the test's sources.</summary>
    public ImpHaAnalyzerTest WithGeneratedApi(IDictionary<string, string>? properties)
    {
        TestState.Sources.AddRange(GeneratedSources(properties).Select(s => (s.Name, Microsoft.CodeAnalysis.Text.SourceText.From(s.Text))));
        return this;
    }

    public static Dictionary<string, string> Profile(string profile, string deployment, string? users = null, string? delay = null)
    {
        var properties = new Dictionary<string, string> { ["ImpHaProfile"] = profile, ["ImpHaDeployment"] = deployment };
        if (users is not null)
        {
            properties["ImpHaActiveUsers"] = users;
        }

        if (delay is not null)
        {
            properties["ImpHaCriticalServiceDownDelay"] = delay;
        }

        return properties;
    }

    protected override ParseOptions CreateParseOptions()
        => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
}
