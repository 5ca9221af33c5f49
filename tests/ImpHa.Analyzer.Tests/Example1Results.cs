using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ImpHa.Analyzer.Tests;

/// <summary>The diagnostics a wrong limit gets with Cisco's Example 1 selected (15000 users active/active, 2000 users: lower 120, upper 253).</summary>
internal static class Example1Results
{
    public const string Described = "15000 Users Full UC active/active, 2000 active users (table row 2000)";

    public static readonly Dictionary<string, string> Selection = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    public static DiagnosticResult Upper(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(marker).WithArguments(value, Described, "253");

    public static DiagnosticResult Lower(int marker, string value)
        => new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(marker)
            .WithArguments(value, "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)");
}
