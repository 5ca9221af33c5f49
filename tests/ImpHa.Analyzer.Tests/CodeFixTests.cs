using ImpHa.CodeFixes;
using ImpHa.SourceGeneration;
using ImpHa.SourceGeneration.Analysis;
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
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#2:90|});
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
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(2).WithArguments("90", "120", " (the tables' value; set ImpHaCriticalServiceDownDelay if your cluster's differs)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(3).WithArguments("300", described, "253"));
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.AdditionalFiles.AddRange(test.TestState.AdditionalFiles);
        test.FixedState.AnalyzerConfigFiles.AddRange(test.TestState.AnalyzerConfigFiles);
        test.FixedState.AdditionalReferences.AddRange(test.TestState.AdditionalReferences);
        await test.RunAsync();
    }
}
