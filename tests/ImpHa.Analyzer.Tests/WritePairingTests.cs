using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

using static ImpHa.Analyzer.Tests.Example1Results;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Which value a limit's name is paired with among a call's items (the nearest after it, else before it, never past
/// another name).
/// </summary>
public class WritePairingTests
{
    private const string Helpers = """
        public static class Axl
        {
            public static void Send(string a, string b, string c) { }

            public static void Send(string a, string b, string c, string d) { }

            public static void Set(string node, string service, string name, string value) { }

            public static void Send(string a, string b, string c, string d, string e) { }
        }
        """;

    private static ImpHaAnalyzerTest Test(string source)
    {
        var test = new ImpHaAnalyzerTest(source, Selection);
        test.TestState.Sources.Add(("/Axl.cs", Helpers));
        return test;
    }

    [Fact]
    public async Task A_name_takes_the_value_after_it_before_the_one_before_it()
    {
        // The upper limit's name has the lower limit's value before it and its own after it.
        var source = """
            class Pairs
            {
                void Run() => Axl.Send("Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:"100"|}, "Client Re-Login Upper Limit", {|#1:"300"|});
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Lower(0, "100"));
        test.ExpectedDiagnostics.Add(Upper(1, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_with_nothing_after_it_takes_the_nearest_number_before_it_past_other_text()
    {
        var source = """
            class Before
            {
                void Run(string node) => Axl.Send({|#0:"300"|}, "imp1a", "Client Re-Login Upper Limit");
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_does_not_take_a_value_past_another_limit_s_name()
    {
        // "300" belongs to the lower limit's name, the nearest before it; the upper limit's name has no value.
        var source = """
            class Between
            {
                void Run() => Axl.Send("Client Re-Login Upper Limit", "Client Re-Login Lower Limit", {|#0:"300"|});
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Lower(0, "300"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unnamed_service_is_the_first_known_one_and_status_suffixes_are_read_only_in_their_form()
    {
        // Another service's parameter of the same name is no limit; the first service named decides; "(Active)" as the
        // administration page shows it is read, a lone ")" is part of the name.
        var source = """
            class Services
            {
                void Other() => Axl.Send("Cisco XCP Router", "Client Re-Login Upper Limit", "300");

                void First() => Axl.Send("Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"300"|}, "Cisco XCP Router");

                void Status() => Axl.Send("Cisco Server Recovery Manager (Active)", "Client Re-Login Upper Limit", {|#1:"300"|});

                void Typo(string node) => Axl.Set(node, "Cisco Server Recovery Manager)", "Client Re-Login Upper Limit", "300");

                void OpenStatus(string node) => Axl.Set(node, "Cisco Server Recovery Manager (Active", "Client Re-Login Upper Limit", "300");
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0, "300"));
        test.ExpectedDiagnostics.Add(Upper(1, "300"));
        await test.RunAsync();
    }
}
