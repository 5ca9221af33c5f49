using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The delay rule as Cisco's document writes it. Step 3: "retrieve the corresponding lower and upper retry limits in the
/// profile table". Step 5: the Critical Service Down Delay's "default value is 90 seconds. The lower retry limit should
/// be set to this value". The inputs list: "if the Critical Service Down Delay is changed then the lower limit must
/// also change". Example 1's note: "the lower limit of 120 assumes the Critical Service Down Delay service parameter is
/// set to 120". Nothing changes the upper limit with the delay: for Example 1 (15000 active/active, 2000 users) the
/// upper limit is 253 whatever the delay; with no delay configured the lower limit may be 90 or 120.
/// </summary>
public class DelayReadingTests
{
    private const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";
    private const string OnlyLowerMoves = "253 (the table's value: Cisco changes only the lower limit with the Critical Service Down Delay)";

    private const string Helpers = """
        public static class Axl
        {
            public static void SetNumber(string node, string service, string name, int value) { }
            public static void Set(string node, string service, string name, string value) { }
        }

        """;

    private static DiagnosticResult FollowsCiscoDefault(int marker)
        => new DiagnosticResult(DiagnosticDescriptors.DelayNotPinned).WithLocation(marker).WithArguments("90", "120", "ImpHaCriticalServiceDownDelay");

    private static ImpHaAnalyzerTest Test(string body, string? delay = null)
        => new(Helpers + body, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000", delay));

    [Fact]
    public async Task Without_a_configured_delay_lower_90_and_lower_120_are_both_right_with_the_tables_upper_253()
    {
        var test = Test("""
            class Example1
            {
                void StepsThreeAndFive()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 253);
                }

                void AsPrinted()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 253);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(FollowsCiscoDefault(0));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_upper_limit_shifted_with_the_delay_is_flagged_with_the_tables_value()
    {
        var test = Test("""
            class Shifted
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:223|});
                }

                void UpperAlone() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#2:223|});

                void Neither() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#3:100|});
            }
            """);
        test.ExpectedDiagnostics.Add(FollowsCiscoDefault(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("223", Described, OnlyLowerMoves));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(2).WithArguments("223", Described, "253"));
        test.ExpectedDiagnostics.Add(WrongLower(3));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("120", "90", "120", "253")]
    [InlineData("90", "120", "90", OnlyLowerMoves)]
    [InlineData("150", "120", "150", OnlyLowerMoves)]
    public async Task A_configured_delay_is_the_only_right_lower_limit_and_the_upper_stays_the_tables(string delay, string wrongLower, string lower, string upperMessage)
    {
        var test = Test($$"""
            class Pinned
            {
                void Wrong()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:{{wrongLower}}|});
                }

                void Shifted() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:223|});

                void Right()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {{lower}});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 253);
                }
            }
            """, delay);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(0).WithArguments(wrongLower, lower, string.Empty));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("223", Described, upperMessage));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fixes_write_the_tables_upper_limit_and_the_tables_delay_as_SelectedHaProfile_constants()
    {
        var test = FixTest(
            """
            class Fix
            {
                void CiscoDefault()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:223|});
                }

                void Lower() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#2:100|});
            }
            """,
            """
            class Fix
            {
                void CiscoDefault()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", ImpHa.SelectedHaProfile.UpperLimit);
                }

                void Lower() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", ImpHa.SelectedHaProfile.LowerLimit);
            }
            """);
        test.CodeActionEquivalenceKey = "ImpHa.UseExpectedReLoginLimit";
        test.ExpectedDiagnostics.Add(FollowsCiscoDefault(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("223", Described, OnlyLowerMoves));
        test.ExpectedDiagnostics.Add(WrongLower(2));
        test.FixedState.ExpectedDiagnostics.Add(FollowsCiscoDefault(0));
        await test.RunAsync();
    }

    /// <summary>The second fix writes the generated constant for a number, text for text, and the number where the project has no generated API.</summary>
    [Theory]
    [InlineData("SetNumber", "100", "ImpHa.SelectedHaProfile.CiscoDefaultDelayLowerLimit", true)]
    [InlineData("Set", "\"100\"", "\"90\"", true)]
    [InlineData("SetNumber", "100", "90", false)]
    public async Task A_wrong_lower_limit_offers_Cisco_default_delay_as_a_second_fix(string method, string wrong, string fixedValue, bool withGeneratedApi)
    {
        var test = FixTest(
            $$"""
            class Fix
            {
                void Lower() => Axl.{{method}}("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:{{wrong}}|});
            }
            """,
            $$"""
            class Fix
            {
                void Lower() => Axl.{{method}}("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:{{fixedValue}}|});
            }
            """,
            withGeneratedApi);
        test.CodeActionEquivalenceKey = "ImpHa.UseCiscoDefaultDelayLowerLimit";
        test.CodeActionIndex = 1;
        test.ExpectedDiagnostics.Add(WrongLower(0));
        test.FixedState.ExpectedDiagnostics.Add(FollowsCiscoDefault(0));
        await test.RunAsync();
    }

    private static DiagnosticResult WrongLower(int marker)
        => new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(marker)
            .WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)");

    /// <param name="withGeneratedApi">False for a project that turns the generated code off (ImpHaGenerate=none): no SelectedHaProfile to name.</param>
    private static CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier> FixTest(string before, string after, bool withGeneratedApi = true)
    {
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = Helpers + before,
            FixedCode = Helpers + after,
        };
        foreach (var (name, text) in withGeneratedApi ? ImpHaAnalyzerTest.GeneratedSources(selection) : [])
        {
            test.TestState.Sources.Add((name, text));
        }

        ImpHaAnalyzerTest.AddTables(test.TestState, selection);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.Sources.AddRange(test.TestState.Sources.Skip(1));
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        return test;
    }
}
