using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Cisco's document allows two readings of the Critical Service Down Delay: the tables' 120 s (lower 120, upper 253
/// for Example 1) and its stated default of 90 s, to which procedure step 5 sets the lower limit (lower 90, upper 223).
/// With no delay configured both are right, a block must follow one, and IMPHA010 says when Cisco's default is followed.
/// </summary>
public class DelayReadingTests
{
    private const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";
    private const string CiscoReading = "223 (Cisco's default Critical Service Down Delay of 90 s, which the lower limit in this block follows)";

    private const string Helpers = """
        public static class Axl
        {
            public static void SetNumber(string node, string service, string name, int value) { }
        }

        """;

    private static DiagnosticResult Follows(int marker)
        => new DiagnosticResult(DiagnosticDescriptors.DelayNotPinned).WithLocation(marker)
            .WithArguments("90", "lower 90, upper 223", "120", "lower 120, upper 253", "ImpHaCriticalServiceDownDelay");

    private static ImpHaAnalyzerTest Test(string body, string? delay = null)
        => new(Helpers + body, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000", delay));

    [Fact]
    public async Task Without_a_configured_delay_both_readings_are_right_and_Cisco_default_is_named()
    {
        var test = Test("""
            class Readings
            {
                void Tables()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 253);
                }

                void CiscoDefault()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 223);
                }

                void UpperAlone() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:223|});
            }
            """);
        test.ExpectedDiagnostics.Add(Follows(0));
        test.ExpectedDiagnostics.Add(Follows(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_block_mixing_the_readings_is_flagged_on_the_value_that_leaves_the_lower_limit_reading()
    {
        var test = Test("""
            class Mixed
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:253|});
                }

                void Neither() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#2:100|});
            }
            """);
        test.ExpectedDiagnostics.Add(Follows(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("253", Described, CiscoReading));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(2)
            .WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default, is right too with its upper limit; set ImpHaCriticalServiceDownDelay to check one)"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("120", "90", "223", "120", "253")]
    [InlineData("90", "120", "253", "90", "223")]
    public async Task A_configured_delay_accepts_only_its_reading(string delay, string wrongLower, string wrongUpper, string lower, string upper)
    {
        var test = Test($$"""
            class Pinned
            {
                void Wrong()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:{{wrongLower}}|});
                }

                void WrongUpper() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:{{wrongUpper}}|});

                void Right()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {{lower}});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {{upper}});
                }
            }
            """, delay);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(0).WithArguments(wrongLower, lower, string.Empty));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments(wrongUpper, Described, upper));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_follows_the_block_reading_and_writes_SelectedHaProfile_constants_for_either()
    {
        var before = """
            class Fix
            {
                void CiscoDefault()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:300|});
                }

                void Tables() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#2:300|});
            }
            """;
        var after = """
            class Fix
            {
                void CiscoDefault()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", ImpHa.SelectedHaProfile.CiscoDefaultDelayUpperLimit);
                }

                void Tables() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", ImpHa.SelectedHaProfile.UpperLimit);
            }
            """;
        var selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");
        var test = new CSharpCodeFixTest<ReLoginLimitAnalyzer, ReLoginLimitCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
            TestCode = Helpers + before,
            FixedCode = Helpers + after,
        };
        foreach (var (name, text) in ImpHaAnalyzerTest.GeneratedSources(selection))
        {
            test.TestState.Sources.Add((name, text));
        }

        ImpHaAnalyzerTest.AddTables(test.TestState, selection);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.Sources.AddRange(test.TestState.Sources.Skip(1));
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        test.ExpectedDiagnostics.Add(Follows(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1).WithArguments("300", Described, "223 (Cisco's default Critical Service Down Delay of 90 s, which the lower limit in this block follows)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(2).WithArguments("300", Described, ImpHaAnalyzerTest.TablesReading(253, 223)));
        test.FixedState.ExpectedDiagnostics.Add(Follows(0));
        await test.RunAsync();
    }
}
