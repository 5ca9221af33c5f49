using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>The analyzer's rules at their edges: a value equal to the bound, the fewest items a write needs, names written loosely.</summary>
public class RuleBoundaryTests
{
    private const string Helpers = """
        public static class Axl
        {
            public static void SetNumber(string node, string service, string name, int value) { }
            public static void Set(string node, string service, string name, string value) { }
        }

        public class UpdateServiceParameterReq
        {
            public string service { get; set; }
            public string name { get; set; }
            public string value { get; set; }
            public int timeout { get; set; }
        }

        """;

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private static DiagnosticResult Restart(int marker, string parameter, string service)
        => new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(marker).WithArguments(parameter, service, service, "utils service restart " + service);

    [Fact]
    public async Task An_upper_limit_equal_to_the_lower_limit_is_not_greater_and_is_flagged()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Equal
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:253|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:253|});
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoProfileSelected).WithLocation(0).WithArguments("Client Re-Login Lower Limit", "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperNotAboveLower).WithLocation(1).WithArguments("253", "253"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoProfileSelected).WithLocation(1).WithArguments("Client Re-Login Upper Limit", "253"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Two_different_lower_limits_leave_the_upper_limit_unjudged_against_either()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class TwoLowers
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:90|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:100|});
                }
            }
            """, ImpHaAnalyzerTest.Profile("15000", "ActiveActive"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(0).WithArguments("Client Re-Login Lower Limit", "90", "120"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DelayNotPinned).WithLocation(0).WithArguments("90", "120", "ImpHaCriticalServiceDownDelay"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(1)
            .WithArguments("100", "15000 Users Full UC active/active", "a value of its table; the nearest is 127 (the table's value: Cisco changes only the lower limit with the Critical Service Down Delay) (set ImpHaActiveUsers to check the exact row)"));
        await test.RunAsync();
    }

    /// <summary>Cisco changes only the lower limit with the Critical Service Down Delay; without active users the upper limit is any value of the column.</summary>
    [Fact]
    public async Task Without_active_users_a_configured_delay_says_the_upper_limit_stays_the_tables()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Column
            {
                void Run() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:600|});
                void Right() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 587);
            }
            """, ImpHaAnalyzerTest.Profile("15000", "ActiveActive", null, "90"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UpperLimitMismatch).WithLocation(0)
            .WithArguments("600", "15000 Users Full UC active/active", "a value of its table; the nearest is 587 (the table's value: Cisco changes only the lower limit with the Critical Service Down Delay) (set ImpHaActiveUsers to check the exact row)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_profile_chosen_in_code_holds_exactly_its_maximum_and_not_one_more()
    {
        var source = """
            using ImpHa;

            class Sizing
            {
                void Run()
                {
                    HaLoginProfiles.GetLimits(HardwareProfile.Users5000, HaDeployment.ActiveActive, 2500);
                    HaLoginProfiles.GetLimits({|#0:HardwareProfile.Users5000|}, HaDeployment.ActiveActive, 2501);
                    HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users5000, HaDeployment.ActiveStandby, 2500, 2500);
                    HaLoginProfiles.ForRedundancyGroup({|#1:HardwareProfile.Users5000|}, HaDeployment.ActiveStandby, 2500, 2501);
                    HaLoginProfiles.GetLimits(activeUsers: 2600, deployment: HaDeployment.ActiveActive, profile: {|#2:HardwareProfile.Users5000|});
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source).WithGeneratedApi(null);
        const string fits = "The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 7500 active users).";
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(0)
            .WithArguments("2501 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. " + fits));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(1)
            .WithArguments("5001 active users exceed 5000 Users Full UC active/standby, which covers at most 5000 active users. The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 15000 active users)."));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithLocation(2)
            .WithArguments("2600 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. " + fits));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_request_with_only_service_name_and_value_gets_the_restart_notice_and_the_tables_spelling()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Restart
            {
                object A() => new UpdateServiceParameterReq { service = "Cisco SIP Proxy", name = {|#0:"HTTP Port"|}, value = "8081" };
                object B() => new UpdateServiceParameterReq { service = " cisco sip proxy ", name = {|#1:" http port "|}, value = "8081" };
                object OtherService() => new UpdateServiceParameterReq { service = "Cisco Presence Engine", name = "HTTP Port", value = "8081" };
                object Blank() => new UpdateServiceParameterReq { service = "Cisco XCP Router", name = "  ", value = "1" };
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(Restart(0, "HTTP Port", "Cisco SIP Proxy"));
        test.ExpectedDiagnostics.Add(Restart(1, "HTTP Port", "Cisco SIP Proxy"));
        await test.RunAsync();
    }

    /// <summary>A request that names a parameter and its service but no value (a read) changes nothing: no restart notice, neither the parameter's own nor the XCP Router's blanket one.</summary>
    [Fact]
    public async Task A_request_naming_a_parameter_without_a_value_gets_no_restart_notice()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            public class GetServiceParameterReq
            {
                public string service { get; set; }
                public string name { get; set; }
            }

            class Read
            {
                object SipProxy() => new GetServiceParameterReq { service = "Cisco SIP Proxy", name = "HTTP Port" };
                object Router() => new GetServiceParameterReq { service = "Cisco XCP Router", name = "Max Sessions" };
            }
            """, Example1);
        await test.RunAsync();
    }

    /// <summary>Only the parameter's name selects a restart rule: a value that reads like a listed parameter's name is no such change.</summary>
    [Fact]
    public async Task A_value_that_reads_like_a_listed_parameter_name_gets_no_restart_notice()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class ValueLikeName
            {
                object Description() => new UpdateServiceParameterReq { service = "Cisco SIP Proxy", name = "Description", value = "HTTP Port" };
            }
            """, Example1);
        await test.RunAsync();
    }

    /// <summary>A team's restart table whose rules restart two services: the notice names both services and gives both commands (in the targets' order).</summary>
    [Fact]
    public async Task A_team_rule_that_restarts_two_services_names_both_and_both_commands()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class TwoRestarts
            {
                object Named() => new UpdateServiceParameterReq { service = "Cisco SIP Proxy", name = {|#0:"Team Port"|}, value = "1" };
                object Blanket() => new UpdateServiceParameterReq { service = "Cisco Presence Engine", name = {|#1:"Team Setting"|}, value = "1" };
            }
            """, Example1);
        UseRestartRows(
            test,
            "TeamPort,Cisco SIP Proxy Service Parameters,,Editing Team Port,SipProxy|XcpRouter,,required,,Cisco SIP Proxy,Team Port,,cluster,,,\n"
            + "TeamAnyPresenceEngineParameter,Cisco Presence Engine Service Parameters,,Any edit to a Cisco Presence Engine parameter,PresenceEngine|XcpRouter,,required,,Cisco Presence Engine,*,,cluster,,,\n");
        const string bothCommands = "utils service restart Cisco XCP Router; utils service restart Cisco Presence Engine";
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(0)
            .WithArguments("Team Port", "Cisco SIP Proxy", "Cisco XCP Router and Cisco SIP Proxy", "utils service restart Cisco XCP Router; utils service restart Cisco SIP Proxy"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RestartNeeded).WithLocation(1)
            .WithArguments("Team Setting", "Cisco Presence Engine (Cisco: any edit to a parameter that affects it needs its restart)", "Cisco XCP Router and Cisco Presence Engine", bothCommands));
        await test.RunAsync();
    }

    /// <summary>Replaces the restart table with the shipped header and these rows, as a team's own table.</summary>
    private static void UseRestartRows(ImpHaAnalyzerTest test, string rows)
    {
        var files = test.TestState.AdditionalFiles;
        var index = files.FindIndex(f => f.filename.EndsWith("/" + ImpHa.Core.Validate.TableFileNames.RestartRules, StringComparison.Ordinal));
        var shipped = files[index].content.ToString();
        var header = shipped.Substring(0, shipped.IndexOf('\n') + 1);
        files[index] = (files[index].filename, Microsoft.CodeAnalysis.Text.SourceText.From(header + rows));
    }

    /// <summary>Across nodes the squiggle lands on the value that is wrong, and where both are right, on the later one.</summary>
    [Fact]
    public async Task Two_lower_limits_that_differ_are_flagged_on_the_wrong_one_or_else_on_the_later()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Lowers
            {
                void WrongFirst()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:100|});
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", 120);
                }

                void CiscoDefaultFirst()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#1:90|});
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#2:120|});
                }
            }
            """, ImpHaAnalyzerTest.Profile("15000", "ActiveActive"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(0).WithArguments("Client Re-Login Lower Limit", "100", "120"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.LowerLimitMismatch).WithLocation(0)
            .WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default (procedure step 5), is right too; set ImpHaCriticalServiceDownDelay to check one)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.DelayNotPinned).WithLocation(1).WithArguments("90", "120", "ImpHaCriticalServiceDownDelay"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NodesDiffer).WithLocation(2).WithArguments("Client Re-Login Lower Limit", "120", "90"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_profile_that_is_not_a_constant_is_not_judged_against_the_users()
    {
        var source = """
            using ImpHa;

            class Sizing
            {
                ReLoginLimits Run(HardwareProfile chosen) => HaLoginProfiles.GetLimits(chosen, HaDeployment.ActiveActive, 99999);
            }
            """;
        await new ImpHaAnalyzerTest(source).WithGeneratedApi(null).RunAsync();
    }

    /// <summary>IMPHA009 is about the Server Recovery Manager's own names: another service's parameter under it is as unknown as a misspelt one.</summary>
    [Fact]
    public async Task A_server_recovery_manager_number_under_another_service_parameter_name_is_unknown_and_a_text_value_is_not_judged()
    {
        var test = new ImpHaAnalyzerTest(Helpers + """
            class Unknown
            {
                object OtherServices() => new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager", name = {|#0:"HTTP Port"|}, value = "5" };
                object NotANumber() => new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager", name = "Client Re-Login Lowr Limit", value = "soon", timeout = 30 };
                object Blank() => new UpdateServiceParameterReq { service = "Cisco Server Recovery Manager", name = "  ", value = "5" };
            }
            """, Example1);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownParameter).WithLocation(0)
            .WithArguments("HTTP Port", "ImpHaUpperLimitParameterNames", "ImpHaLowerLimitParameterNames"));
        await test.RunAsync();
    }
}
