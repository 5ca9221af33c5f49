using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

public class CodeFixTests
{
    private const string Helpers = """
        public static class Axl
        {
            public static void Set(string node, string service, string name, string value) { }
            public static void SetNumber(string node, string service, string name, int value) { }
        }
        """;

    // Stands in for the generated constants, which the fix prefers when the compilation has them.
    private const string Generated = """
        namespace ImpHa
        {
            public static class HaLoginProfiles
            {
                public static class Users15000ActiveActive
                {
                    public const int UpperLimitFor2000Users = 253;
                }
            }
        }
        """;

    [Fact]
    public async Task Strings_stay_strings_and_numbers_use_the_generated_constant()
    {
        var before = Helpers + """
            class Fix
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"260"|});
                    Axl.Set("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:"261"|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#2:100|});
                }

                void Other() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#3:300|});
            }
            """;
        var after = Helpers + """
            class Fix
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                    Axl.Set("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                }

                void Other() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", ImpHa.HaLoginProfiles.Users15000ActiveActive.UpperLimitFor2000Users);
            }
            """;
        const string described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        test.TestState.Sources.Add(Generated);
        test.FixedState.Sources.Add(Generated);
        ImpHaAnalyzerTest.AddTables(test.TestState, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(0).WithArguments("260", described, "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("261", described, "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(1).WithArguments("Client Re-Login Upper Limit", "261", "260"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(2).WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(3).WithArguments("300", described, "253"));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        await test.RunAsync();
    }

    [Fact]
    public async Task Sql_digits_are_rewritten_inside_the_string_and_other_values_where_they_are()
    {
        var before = Helpers + """
            class Sql
            {
                const string Upper = "Client Re-Login Upper Limit";
                const string UpperText = "300";

                string Literal() => "update processconfig set paramvalue = '{|#0:300|}' where paramname = '" + Upper + "'";

                string Verbatim() => @"update processconfig set paramvalue = '{|#1:301|}'
                    where paramname = 'Client Re-Login Upper Limit'";

                string Interpolated() => $"run sql update processconfig set paramvalue = '{|#2:302|}' where paramname = '{Upper}'";

                string Formatted() => string.Format("update processconfig set paramvalue = '{0}' where paramname = '{1}'", {|#3:"303"|}, Upper);

                string Escaped() => {|#4:"update processconfig set paramvalue = '\u003304' where paramname = '"|} + Upper + "'";

                Request FieldByField()
                {
                    var request = new Request();
                    request.name = Upper;
                    request.value = {|#5:"305"|};
                    return request;
                }
            }

            class Request
            {
                public string name;
                public string value;
            }
            """;
        var after = Helpers + """
            class Sql
            {
                const string Upper = "Client Re-Login Upper Limit";
                const string UpperText = "300";

                string Literal() => "update processconfig set paramvalue = '253' where paramname = '" + Upper + "'";

                string Verbatim() => @"update processconfig set paramvalue = '253'
                    where paramname = 'Client Re-Login Upper Limit'";

                string Interpolated() => $"run sql update processconfig set paramvalue = '253' where paramname = '{Upper}'";

                string Formatted() => string.Format("update processconfig set paramvalue = '{0}' where paramname = '{1}'", "253", Upper);

                string Escaped() => {|#4:"update processconfig set paramvalue = '\u003304' where paramname = '"|} + Upper + "'";

                Request FieldByField()
                {
                    var request = new Request();
                    request.name = Upper;
                    request.value = "253";
                    return request;
                }
            }

            class Request
            {
                public string name;
                public string value;
            }
            """;
        const string described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        ImpHaAnalyzerTest.AddTables(test.TestState, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000"));
        foreach (var (marker, value) in new[] { (0, "300"), (1, "301"), (2, "302"), (3, "303"), (5, "305") })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(marker).WithArguments(value, described, "253"));
        }

        // An escaped digit: reported on the literal and left for a person to fix.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(4).WithArguments("304", described, "253"));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(4).WithArguments("304", described, "253"));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        await test.RunAsync();
    }

    [Fact]
    public async Task With_a_project_wide_selection_the_fix_writes_SelectedHaProfile_but_not_in_an_overridden_folder()
    {
        var before = Helpers + """
            class Fix
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:300|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#1:100|});
                }
            }
            """;
        var after = Helpers + """
            class Fix
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", ImpHa.SelectedHaProfile.UpperLimit);
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", ImpHa.SelectedHaProfile.LowerLimit);
                }
            }
            """;
        // The folder's lower limit is the project's (120) too, yet it is written as a number: the folder has its own selection.
        const string otherCluster = """
            class OtherCluster
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#2:300|});
                void Lower() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#3:100|});
            }
            """;
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        selection["ImpHaGenerate"] = "all"; // the per-cell constants the overridden folder's fix writes
        var test = NewTest(before, after, selection);
        test.TestState.Sources.Add(("/other/OtherCluster.cs", otherCluster));
        test.FixedState.Sources.Add(("/other/OtherCluster.cs", otherCluster.Replace("{|#2:300|}", "ImpHa.HaLoginProfiles.Users15000ActiveStandby.UpperLimitFor2000Users").Replace("{|#3:100|}", "120")));
        test.TestState.AnalyzerConfigFiles.Add(("/other/.editorconfig", "[*.cs]\nimpha_deployment = active-standby\n"));
        test.FixedState.AnalyzerConfigFiles.Add(("/other/.editorconfig", "[*.cs]\nimpha_deployment = active-standby\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(0).WithArguments("300", "15000 Users Full UC active/active, 2000 active users (table row 2000)", "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(1).WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(2).WithArguments("300", "15000 Users Full UC active/standby, 2000 active users (table row 2000)", "453"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(3).WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task With_a_custom_namespace_the_fix_writes_the_generated_constant_not_a_look_alike()
    {
        // A type of the same simple name elsewhere must not be taken for the generated one.
        const string lookAlike = """
            namespace Legacy
            {
                public static class SelectedHaProfile
                {
                    public const int UpperLimit = 253;
                }
            }
            """;
        var before = Helpers + """
            class Fix
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:300|});
            }
            """;
        var after = Helpers + """
            class Fix
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", Contoso.Uc.SelectedHaProfile.UpperLimit);
            }
            """;
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        selection["ImpHaNamespace"] = "Contoso.Uc";
        var test = NewTest(before, after, selection);
        test.TestState.Sources.Add(("/Legacy.cs", lookAlike));
        test.FixedState.Sources.Add(("/Legacy.cs", lookAlike));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(0).WithArguments("300", "15000 Users Full UC active/active, 2000 active users (table row 2000)", "253"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_profile_too_small_for_the_users_is_replaced_by_the_smallest_that_fits()
    {
        const string before = """
            using ImpHa;
            using static ImpHa.HardwareProfile;

            class Sizing
            {
                ReLoginLimits A() => HaLoginProfiles.GetLimits({|#0:HardwareProfile.Users5000|}, HaDeployment.ActiveActive, 4700);
                ReLoginLimits B() => HaLoginProfiles.ForRedundancyGroup({|#1:Users2000|}, HaDeployment.ActiveStandby, 1500, 1500);
            }
            """;
        const string after = """
            using ImpHa;
            using static ImpHa.HardwareProfile;

            class Sizing
            {
                ReLoginLimits A() => HaLoginProfiles.GetLimits(HardwareProfile.Users15000, HaDeployment.ActiveActive, 4700);
                ReLoginLimits B() => HaLoginProfiles.ForRedundancyGroup(Users5000, HaDeployment.ActiveStandby, 1500, 1500);
            }
            """;
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, SmallestProfileCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        AddGeneratedApi(test, null);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(0)
            .WithArguments("4700 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 7500 active users)."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(1)
            .WithArguments("3000 active users exceed 2000 Users Full UC active/standby, which covers at most 2000 active users. The smallest profile that fits is 5000 Users Full UC (HardwareProfile.Users5000, up to 5000 active users)."));
        await test.RunAsync();
    }

    private static CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier> NewTest(string before, string after, Dictionary<string, string> selection)
    {
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = before,
            FixedCode = after,
        };
        AddGeneratedApi(test, selection);
        return test;
    }

    /// <summary>The real generated API and the tables, in both the test and the fixed state.</summary>
    private static void AddGeneratedApi<TFix>(CSharpCodeFixTest<ReLoginLimitAnalyzer, TFix, DefaultVerifier> test, Dictionary<string, string>? selection)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        foreach (var (name, text) in ImpHaAnalyzerTest.GeneratedSources(selection))
        {
            test.TestState.Sources.Add((name, text));
        }

        ImpHaAnalyzerTest.AddTables(test.TestState, selection);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.Sources.AddRange(test.TestState.Sources.Skip(1).Where(s => s.filename.StartsWith("/obj/", StringComparison.Ordinal)));
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
    }
}
