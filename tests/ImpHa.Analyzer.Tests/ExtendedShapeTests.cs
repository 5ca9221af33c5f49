using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>Marked members, configured parameter names, profiles chosen in code, and the per-tree skip.</summary>
public class ExtendedShapeTests
{
    private const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";

    private const string Axl = """
        public static class Axl
        {
            public static void Set(string node, string service, string name, string value) { }
        }
        """;

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private static DiagnosticResult Upper(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(marker).WithArguments(value, Described, "253");

    private static DiagnosticResult Lower(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(marker)
            .WithArguments(value, "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)");

    [Fact]
    public async Task Values_written_to_marked_members_are_checked_where_they_are_written()
    {
        var source = """
            using ImpHa;

            public class ClusterSettings
            {
                [ReLoginUpperLimit] public int Upper { get; set; } = {|#0:300|};
                [ReLoginLowerLimit] public string Lower = {|#1:"100"|};
                [ReLoginUpperLimit] public int Fine { get; set; } = SelectedHaProfile.UpperLimit;
            }

            public static class Automation
            {
                public static void Apply(string node, [ReLoginUpperLimit] int upper = {|#2:250|}, [ReLoginLowerLimit] int lower = 120) { }

                public static void Assign(ClusterSettings settings) => settings.Upper = {|#3:260|};

                public static void Pass() => Apply("imp2", {|#4:254|});

                public static void BothNodes()
                {
                    Apply("imp1", upper: 253);
                    Apply("imp2", upper: {|#5:254|});
                }

                public static void Fine(ClusterSettings settings)
                {
                    settings.Upper = 253;
                    var copy = new ClusterSettings { Lower = "120" };
                    int unrelated = 999;
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1).WithGeneratedApi(Example1);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "250"));
        test.ExpectedDiagnostics.Add(Upper(3, "260"));
        test.ExpectedDiagnostics.Add(Upper(4, "254"));
        test.ExpectedDiagnostics.Add(Upper(5, "254"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(5).WithArguments("Client Re-Login Upper Limit", "254", "253"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Configured_parameter_names_count_from_msbuild_and_editorconfig()
    {
        var project = Axl + """
            class ProjectWide
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "ClientReloginUpperLimit", {|#0:"300"|});
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "srm.relogin.lower", {|#1:"100"|});
                    Axl.Set("imp1", "Cisco Server Recovery Manager", {|#3:"SomethingElse"|}, "300");
                }
            }
            """;
        var folder = """
            class PerFolder
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", "upper-limit-id", {|#2:"300"|});
            }
            """;
        var properties = new Dictionary<string, string>(Example1)
        {
            ["ImpHaUpperLimitParameterNames"] = "ClientReloginUpperLimit",
            ["ImpHaLowerLimitParameterNames"] = " srm.relogin.lower , other.lower",
        };
        var test = new ImpHaAnalyzerTest(project, properties);
        test.TestState.Sources.Add(("/b/PerFolder.cs", folder));
        test.TestState.AnalyzerConfigFiles.Add(("/b/.editorconfig", "root = true\n[*.cs]\nimpha_upper_limit_parameter_names = another, upper-limit-id\n"));
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Lower(1, "100"));
        test.ExpectedDiagnostics.Add(Upper(2, "300"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownParameter).WithLocation(3)
            .WithArguments("SomethingElse", "ImpHaUpperLimitParameterNames", "ImpHaLowerLimitParameterNames"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Label_constants_declared_in_another_file_or_chained_are_followed()
    {
        var labels = """
            public static class Labels
            {
                public const string Upper = "Client Re-Login Upper Limit";
                public const string Alias = Upper;
            }
            """;
        var use = Axl + """
            class UsesChainedConstant
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", Labels.Alias, {|#0:"300"|});
            }
            """;
        var useGenerated = """
            class UsesGeneratedConstant
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", ImpHa.ServerRecoveryManagerParameters.ClientReLoginUpperLimit, {|#1:"301"|});
            }
            """;
        var test = new ImpHaAnalyzerTest(use, Example1).WithGeneratedApi(Example1);
        test.TestState.Sources.Add(("/Labels.cs", labels));
        test.TestState.Sources.Add(("/UsesGenerated.cs", useGenerated));
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "301"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_profile_chosen_in_code_that_cannot_hold_the_users_is_flagged_on_the_profile()
    {
        var source = """
            using ImpHa;

            class Sizing
            {
                void Run(int dynamicUsers)
                {
                    HaLoginProfiles.GetLimits({|#0:HardwareProfile.Users5000|}, HaDeployment.ActiveActive, 4700);
                    HaLoginProfiles.ForRedundancyGroup({|#1:HardwareProfile.Users2000|}, HaDeployment.ActiveStandby, 1500, 1500);
                    HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users5000, HaDeployment.ActiveActive, 2500, 2500);
                    HaLoginProfiles.GetLimits(HardwareProfile.Users5000, HaDeployment.ActiveActive, dynamicUsers);
                    HaLoginProfiles.GetLimits({|#2:HardwareProfile.Users25000|}, HaDeployment.ActiveActive, 20000);
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source).WithGeneratedApi(null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(0)
            .WithArguments("4700 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 7500 active users)."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(1)
            .WithArguments("3000 active users exceed 2000 Users Full UC active/standby, which covers at most 2000 active users. The smallest profile that fits is 5000 Users Full UC (HardwareProfile.Users5000, up to 5000 active users)."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(2)
            .WithArguments("20000 active users exceed 25000 Users Full UC active/active, which covers at most 12500 active users. No hardware profile covers that many users in one presence redundancy group; spread them over more groups."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Incomplete_code_typed_in_an_editor_does_not_break_the_analyzer()
    {
        var source = Axl + """
            using ImpHa;
            class Typing
            {
                void Complete() => Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:"100"|});

                [ReLoginUpperLimit] int upper = 
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 
                    Axl.Set("imp1", , "Client Re-Login Lower Limit", "90"
                    HaLoginProfiles.GetLimits(HardwareProfile., HaDeployment.ActiveActive, 4700);
                    new UpdateServiceParameterReq { name = "Client Re-Login Upper Limit", value = };
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1).WithGeneratedApi(Example1);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(Lower(0, "100"));
        await test.RunAsync();
    }
}
