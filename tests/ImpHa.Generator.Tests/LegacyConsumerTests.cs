using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>The generated code must compile cleanly, XML docs included, wherever users build: .NET Framework, .NET Standard, .NET 8+.</summary>
public class LegacyConsumerTests
{
    public static TheoryData<string, LanguageVersion> Consumers => new()
    {
        { "net472", LanguageVersion.CSharp7_3 },
        { "netstandard2.0", LanguageVersion.CSharp7_3 },
        { "netstandard2.0", LanguageVersion.CSharp8 },
        { "net8.0", LanguageVersion.Latest },
    };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Generated_code_compiles_without_warnings(string framework, LanguageVersion version)
    {
        IEnumerable<MetadataReference> references = framework switch
        {
            "net472" => Basic.Reference.Assemblies.Net472.References.All,
            "netstandard2.0" => Basic.Reference.Assemblies.NetStandard20.References.All,
            _ => Basic.Reference.Assemblies.Net80.References.All,
        };
        var parseOptions = GeneratorHarness.ParseOptions(version);
        var compilation = GeneratorHarness.Compilation(references, parseOptions, UsageSample);
        var properties = new Dictionary<string, string>(SelectedProfileTests.Example1Selection) { ["ImpHaGenerate"] = "all" };
        var driver = GeneratorHarness.Driver(GeneratorHarness.DefaultTables(), parseOptions, properties);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics.WithoutLint());
        Assert.Equal(9, output.SyntaxTrees.Count() - 1);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Missing_xml_docs_would_be_caught()
    {
        // Guards the test above: the options it uses do report an undocumented public member.
        var parseOptions = GeneratorHarness.ParseOptions(LanguageVersion.CSharp7_3);
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net472.References.All, parseOptions, "/// <summary>x</summary>\npublic class Documented { public int Undocumented; }");
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS1591");
    }

    private const string UsageSample = """
        /// <summary>Uses the generated API the way automation code does.</summary>
        public static class Usage
        {
            /// <summary>Example 1.</summary>
            public static int Upper()
            {
                ImpHa.ReLoginLimits limits = ImpHa.HaLoginProfiles.ForRedundancyGroup(ImpHa.HardwareProfile.Users15000, ImpHa.HaDeployment.ActiveActive, 2000, 1000);
                ImpHa.RestartPlan plan = ImpHa.RestartPlanner.Plan(ImpHa.ConfigurationChange.EditProxyConfiguration);
                return limits.UpperLimit + plan.Commands.Count + (ImpHa.XmppStandards.IsSupported("XEP-0045") ? 1 : 0);
            }

            /// <summary>The selected profile's limits, through a marked parameter.</summary>
            public static int Selected([ImpHa.ReLoginUpperLimit] int upper = ImpHa.SelectedHaProfile.UpperLimit)
            {
                return upper + ImpHa.SelectedHaProfile.Limits.LowerLimit;
            }

            /// <summary>A marked field.</summary>
            [ImpHa.ReLoginLowerLimit]
            public static readonly int Lower = ImpHa.SelectedHaProfile.LowerLimit;
        }
        """;
}
