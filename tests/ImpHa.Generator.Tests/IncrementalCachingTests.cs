using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using ImpHa.Analyzers.Generation;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

public class IncrementalCachingTests
{
    /// <summary>Every tracking name the generator declares, so a new step is covered without listing it here.</summary>
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void An_unrelated_code_edit_leaves_every_step_cached()
    {
        var (driver, compilation, _) = FirstRun(GeneratorHarness.DefaultTables());
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }", GeneratorHarness.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        foreach (var name in TrackedSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} did not run");
            AssertAll(result.TrackedSteps[name], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        AssertAll(result.TrackedOutputSteps.SelectMany(s => s.Value), IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_table_reruns_only_that_tables_outputs()
    {
        var tables = GeneratorHarness.DefaultTables();
        var (driver, compilation, texts) = FirstRun(tables);
        var restart = tables.Single(t => t.Role == "RestartRules");
        var changed = new GeneratorHarness.InMemoryText(restart.Path, restart.Text.Replace("Editing Application Listeners", "Editing application listeners"));
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == restart.Path), changed);
        var result = driver.RunGenerators(compilation).GetRunResult().Results[0];

        AssertAll(result.TrackedSteps[TrackingNames.RestartTable], IncrementalStepRunReason.Modified);
        foreach (var name in new[] { TrackingNames.HardwareTable, TrackingNames.LoginTable, TrackingNames.XmppTable, TrackingNames.Settings })
        {
            AssertAll(result.TrackedSteps[name], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Editing application listeners", result.GeneratedSources.Single(s => s.HintName == "ImpHa.RestartRules.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_the_hardware_table_reruns_the_login_table_that_depends_on_it()
    {
        var tables = GeneratorHarness.DefaultTables();
        var (driver, compilation, texts) = FirstRun(tables);
        var hardware = tables.Single(t => t.Role == "HardwareProfiles");
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == hardware.Path), new GeneratorHarness.InMemoryText(hardware.Path, hardware.Text.Replace("2,,4,,2600", "2,,4,,2700")));
        var result = driver.RunGenerators(compilation).GetRunResult().Results[0];

        AssertAll(result.TrackedSteps[TrackingNames.HardwareTable], IncrementalStepRunReason.Modified);
        AssertAll(result.TrackedSteps[TrackingNames.RestartTable], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertAll(result.TrackedSteps[TrackingNames.XmppTable], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Changing_the_selected_active_users_regenerates_only_SelectedHaProfile()
    {
        var tables = GeneratorHarness.DefaultTables();
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, parseOptions, "class Existing { }");
        var texts = GeneratorHarness.Texts(tables);
        var driver = GeneratorHarness.Driver(tables, texts, parseOptions, SelectedProfileTests.Example1Selection, trackSteps: true).RunGenerators(compilation);
        var moreUsers = new Dictionary<string, string>(SelectedProfileTests.Example1Selection) { ["ImpHaActiveUsers"] = "2400" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.OptionsProvider(tables, GeneratorHarness.WithDocComments(moreUsers)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results[0];

        AssertAll(result.TrackedSteps[TrackingNames.Selection], IncrementalStepRunReason.Modified);
        foreach (var name in new[] { TrackingNames.Settings, TrackingNames.HardwareTable, TrackingNames.LoginTable, TrackingNames.RestartTable, TrackingNames.XmppTable })
        {
            AssertAll(result.TrackedSteps[name], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("public const int ActiveUsers = 2400;", result.GeneratedSources.Single(s => s.HintName == "ImpHa.SelectedHaProfile.g.cs").SourceText.ToString());
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        var (driver, _, _) = FirstRun(GeneratorHarness.DefaultTables());
        var result = driver.GetRunResult().Results[0];
        // Only ImpHa's named steps: the compiler's own input nodes legitimately carry AdditionalText.
        var values = TrackedSteps.SelectMany(name => result.TrackedSteps[name]).SelectMany(step => step.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), "output");
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) FirstRun(ImmutableArray<GeneratorHarness.TableText> tables)
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, parseOptions, "class Existing { }");
        var texts = GeneratorHarness.Texts(tables);
        var driver = GeneratorHarness.Driver(tables, texts, parseOptions, trackSteps: true).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
    {
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains(r, allowed));
    }

    private static void AssertNoBannedTypes(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        if (value.GetType().GetProperty("IsDefault")?.GetValue(value) is true)
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or AdditionalText, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, seen, $"{path}[{i++}]");
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), seen, $"{path}.{field.Name}");
        }
    }
}
