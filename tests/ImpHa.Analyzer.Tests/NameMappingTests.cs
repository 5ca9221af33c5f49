using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ImpHa.Analyzer.Tests.WireTextTests;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Code that maps a parameter's name to its value, as automation that fills a request from a table does: switch
/// expressions, switch statements, if chains. Example 1 (lower 120, upper 253); 300 is wrong for either reading of the delay.
/// </summary>
public class NameMappingTests
{
    [Fact]
    public async Task Switch_expression_arms_are_checked()
    {
        var source = """
            class Mapping
            {
                static string ValueOf(string parameter) => parameter switch
                {
                    "Client Re-Login Upper Limit" => {|#0:"300"|},
                    Labels.Lower => "120",
                    "Critical Service Down Delay" => "120",
                    _ => "",
                };

                static int NumberOf(string parameter) => parameter switch
                {
                    Labels.Lower or "srm.lower" => {|#1:100|},
                    _ => 0,
                };

                static string Right(string parameter) => parameter switch
                {
                    Labels.Upper => "253",
                    Labels.Lower => "120",
                    _ => null,
                };

                static string Description(string parameter) => parameter switch
                {
                    Labels.Upper => "Client Re-Login Upper Limit, 300 at most in some profiles",
                    _ => "",
                };
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Versions), MemberType = typeof(WireTextTests))]
    public async Task Switch_statements_and_if_chains_are_checked(LanguageVersion version)
    {
        var source = """
            class Mapping
            {
                static string Section(string parameter)
                {
                    switch (parameter)
                    {
                        case Labels.Upper:
                            return {|#0:"300"|};
                        case "Client Re-Login Lower Limit":
                            return "120";
                        default:
                            return null;
                    }
                }

                static int Assigned(string parameter)
                {
                    int value;
                    switch (parameter)
                    {
                        case Labels.Lower:
                            value = {|#1:100|};
                            break;
                        default:
                            value = 0;
                            break;
                    }

                    return value;
                }

                static string Chain(string name)
                {
                    if (name == Labels.Lower)
                    {
                        return "120";
                    }
                    else if (string.Equals(name, "Client Re-Login Upper Limit", System.StringComparison.OrdinalIgnoreCase))
                    {
                        return {|#2:"300"|};
                    }

                    if (Labels.Upper.Equals(name)) return {|#3:"301"|};
                    return null;
                }

                static string Right(string name)
                {
                    if (name == Labels.Upper) return "253";
                    switch (name)
                    {
                        case Labels.Lower: return "120";
                    }

                    return null;
                }

                static string Messages(string name)
                {
                    if (name == Labels.Upper) throw new System.ArgumentException("300 is too high");
                    switch (name)
                    {
                        case Labels.Lower: System.Console.WriteLine("300"); break;
                    }

                    return null;
                }
            }
            """;
        var test = Test(source, version);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        test.ExpectedDiagnostics.Add(Upper(2));
        test.ExpectedDiagnostics.Add(Upper(3));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("IMPHA007", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(3));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pattern_cases_either_side_comparisons_and_or_chains_name_the_limit_and_two_assignments_select_nothing()
    {
        var source = """
            class Mapping
            {
                static string Pattern(string parameter)
                {
                    switch (parameter)
                    {
                        case "srm.upper" or Labels.Upper:
                            return {|#0:"300"|};
                        default:
                            return null;
                    }
                }

                static string Left(string parameter)
                {
                    if (Labels.Upper == parameter)
                    {
                        return {|#1:"301"|};
                    }

                    return null;
                }

                static string Chain(string parameter)
                {
                    if (parameter == "srm.lower" || string.Equals(parameter, Labels.Lower, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return {|#2:"100"|};
                    }

                    return null;
                }

                static void Two(string parameter, ref string value, ref string unit)
                {
                    if (parameter == Labels.Upper)
                    {
                        value = "300";
                        unit = "s";
                    }
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Upper(1));
        test.ExpectedDiagnostics.Add(Lower(2));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_name_right_of_equals_or_left_of_an_or_names_the_limit_and_a_second_number_assigned_is_not_its_value()
    {
        var source = """
            class Mapping
            {
                static string RightOfEquals(string parameter)
                {
                    if (parameter == Labels.Upper)
                    {
                        return {|#0:"300"|};
                    }

                    return null;
                }

                static string LeftOfOr(string parameter)
                {
                    if (Labels.Lower == parameter || parameter == "srm.lower")
                    {
                        return {|#1:"100"|};
                    }

                    return null;
                }

                static void ValueAndRetries(string parameter, ref string value, ref int retries)
                {
                    if (parameter == Labels.Upper)
                    {
                        value = "253";
                        retries = 3;
                    }
                }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Upper(0));
        test.ExpectedDiagnostics.Add(Lower(1));
        await test.RunAsync();
    }
}
