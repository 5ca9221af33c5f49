using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// The whole text a developer reads in the build output, for each diagnostic on code: Cisco's parameter names verbatim
/// ("Client Re-Login Upper Limit", "Critical Service Down Delay", "Cisco Server Recovery Manager"), the numbers, the
/// service to restart and the command. A wrong word here would send someone to the wrong parameter or node.
/// </summary>
public class DiagnosticTextTests
{
    private const string Helpers = """
        public static class Axl
        {
            public static void SetNumber(string node, string service, string name, int value) { }
            public static void Set(string node, string service, string name, string value) { }
        }

        """;

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private static DiagnosticResult Text(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int marker, string message)
        => new DiagnosticResult(descriptor).WithLocation(marker).WithMessage(message);

    [Fact]
    public async Task Wrong_limits_say_which_limit_the_value_and_the_profiles_value()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Limits
            {
                void Upper() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:260|});
                void Lower() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#1:100|});
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.UpperLimitMismatch, 0,
            "Client Re-Login Upper Limit is 260 but 15000 Users Full UC active/active, 2000 active users (table row 2000) needs 253"));
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.LowerLimitMismatch, 1,
            "Client Re-Login Lower Limit is 100 but must equal the Critical Service Down Delay, 120 s (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_configured_delay_is_named_as_the_one_lower_limit_without_the_alternative()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Lower
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:120|});
            }
            """, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000", "150"));
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.LowerLimitMismatch, 0,
            "Client Re-Login Lower Limit is 120 but must equal the Critical Service Down Delay, 150 s"));
        await test.RunAsync();
    }

    /// <summary>"You must configure the upper and lower client re-login limit values on both nodes in a presence redundancy group."</summary>
    [Fact]
    public async Task Nodes_that_differ_name_the_limit_both_values_and_Cisco_s_rule()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Group
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                }
            }
            """, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000"));
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.NodesDiffer, 0,
            "Client Re-Login Lower Limit is set to 90 here and to 120 elsewhere in the same block; Cisco requires the same value on both nodes of a presence redundancy group"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DelayNotPinned).WithLocation(0).WithArguments("90", "120", "ImpHaCriticalServiceDownDelay"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_upper_limit_not_above_the_lower_says_both_values()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Inverted
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#1:120|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:90|});
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoProfileSelected).WithLocation(1).WithArguments("Client Re-Login Lower Limit", "120"));
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.UpperNotAboveLower, 0,
            "Client Re-Login Upper Limit 90 is not greater than the Client Re-Login Lower Limit 120 set in the same block; clients would all re-login at once"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoProfileSelected).WithLocation(0).WithArguments("Client Re-Login Upper Limit", "90"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_limit_without_a_selection_names_the_limit_its_value_and_the_settings_to_set()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Unselected
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:120|});
            }
            """);
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.NoProfileSelected, 0,
            "Client Re-Login Lower Limit 120 is hardcoded but no HA login profile is selected; set ImpHaProfile and ImpHaDeployment (MSBuild) or impha_profile and impha_deployment (.editorconfig) so ImpHa can check it"));
        await test.RunAsync();
    }

    /// <summary>Step 5: the Critical Service Down Delay's "default value is 90 seconds. The lower retry limit should be set to this value".</summary>
    [Fact]
    public async Task A_lower_limit_at_Cisco_s_default_delay_says_both_delays_and_the_setting()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Default
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.DelayNotPinned, 0,
            "Client Re-Login Lower Limit 90 follows Cisco's stated default Critical Service Down Delay of 90 s (procedure step 5) while Cisco's tables assume 120 s; the upper limit is the table's either way; ImpHa accepts both lower limits until ImpHaCriticalServiceDownDelay is set to your cluster's value"));
        await test.RunAsync();
    }

    /// <summary>Cisco's restart table: the File Transfer Manager's thresholds need the Cisco XCP Router restarted, not the service edited.</summary>
    [Fact]
    public async Task A_restart_notice_names_the_service_edited_the_service_to_restart_and_the_command()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Restart
            {
                void Run() => Axl.Set("imp1", "Cisco XCP File Transfer Manager", {|#0:"External File Server Available Space Lower Threshold"|}, "10");
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.RestartNeeded, 0,
            "Changing 'External File Server Available Space Lower Threshold' of Cisco XCP File Transfer Manager requires restarting Cisco XCP Router: run 'utils service restart Cisco XCP Router' on each affected node"));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unknown_Server_Recovery_Manager_parameter_says_why_ImpHa_cannot_check_it_and_what_to_set()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            public class UpdateServiceParameterReq
            {
                public string service { get; set; }
                public string name { get; set; }
                public string value { get; set; }
            }

            class Unknown
            {
                object Run() => new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager", name = {|#0:"ClientReloginUpper"|}, value = "300" };
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(Text(DiagnosticDescriptors.UnknownParameter, 0,
            "ImpHa cannot check the value written to 'ClientReloginUpper' of Cisco Server Recovery Manager: AXL takes internal parameter names, and 'ClientReloginUpper' is not one ImpHa knows; if it is a re-login limit, add it to ImpHaUpperLimitParameterNames or ImpHaLowerLimitParameterNames"));
        await test.RunAsync();
    }
}
