using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ImpHa.Analyzer.Tests;

public class ReLoginLimitAnalyzerTests
{
    private const string Helpers = """
        public class UpdateServiceParameterReq
        {
            public string processNodeName { get; set; }
            public string service { get; set; }
            public string name { get; set; }
            public string value { get; set; }
        }

        public static class Axl
        {
            public static void Set(string node, string service, string name, string value) { }
            public static void SetNumber(string node, string service, string name, int value) { }
            public static System.Threading.Tasks.Task updateServiceParameterAsync(UpdateServiceParameterReq request) => System.Threading.Tasks.Task.CompletedTask;
        }
        """;

    private static readonly Dictionary<string, string> Example1 = ImpHaAnalyzerTest.Profile("15000", "ActiveActive", "2000");

    private static DiagnosticResult Expect(DiagnosticDescriptor descriptor, int marker) => new DiagnosticResult(descriptor).WithLocation(marker);

    [Fact]
    public async Task Correct_limits_stay_silent()
    {
        var source = Helpers + """
            class Ok
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", "120");
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", " client re-login upper limit ", 253);
                }
            }
            """;
        await new ImpHaAnalyzerTest(source, Example1).RunAsync();
    }

    [Fact]
    public async Task Wrong_upper_limit_in_a_helper_call_is_flagged_on_the_value()
    {
        var source = Helpers + """
            class Bad
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"260"|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:300|});
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("260", "15000 Users Full UC active/active, 2000 active users (table row 2000)", ImpHaAnalyzerTest.TablesReading(253, 223)));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 1).WithArguments("300", "15000 Users Full UC active/active, 2000 active users (table row 2000)", ImpHaAnalyzerTest.TablesReading(253, 223)));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.NodesDiffer, 1).WithArguments("Client Re-Login Upper Limit", "300", "260"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Axl_request_initializer_and_async_call_are_recognised()
    {
        var source = Helpers + """
            class Automation
            {
                async System.Threading.Tasks.Task Run()
                {
                    await Axl.updateServiceParameterAsync(new UpdateServiceParameterReq
                    {
                        processNodeName = "imp1",
                        service = "Cisco Server Recovery Manager",
                        name = "Client Re-Login Lower Limit",
                        value = {|#0:"100"|},
                    });
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.LowerLimitMismatch, 0).WithArguments("100", "120", " (the tables' value; 90 s, Cisco's stated default, is right too with its upper limit; set ImpHaCriticalServiceDownDelay to check one)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nodes_that_differ_are_flagged_on_the_wrong_value_even_when_it_comes_first()
    {
        var source = Helpers + """
            class Group
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"300"|});
                    Axl.Set("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("300", "15000 Users Full UC active/active, 2000 active users (table row 2000)", ImpHaAnalyzerTest.TablesReading(253, 223)));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.NodesDiffer, 0).WithArguments("Client Re-Login Upper Limit", "300", "253"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Constants_are_followed_and_the_configured_delay_shifts_the_limits()
    {
        var source = Helpers + """
            class WithConstants
            {
                const string Upper = "Client Re-Login Upper Limit";
                const string Lower = "Client Re-Login Lower Limit";
                const int Expected = 223;
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", Lower, 90);
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", Upper, Expected);
                    Axl.SetNumber("imp2", "Cisco Server Recovery Manager", Upper, {|#0:Wrong|});
                }
                const int Wrong = 253;
            }
            """;
        var test = new ImpHaAnalyzerTest(source, ImpHaAnalyzerTest.Profile("Users15000", "active-active", "2000", "90"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("253", "15000 Users Full UC active/active, 2000 active users (table row 2000)", "223"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.NodesDiffer, 0).WithArguments("Client Re-Login Upper Limit", "253", "223"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_active_users_any_value_of_the_column_is_accepted_and_others_name_the_nearest()
    {
        var source = Helpers + """
            class Column
            {
                void A() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 587);
                void B() => Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:600|});
            }
            """;
        var test = new ImpHaAnalyzerTest(source, ImpHaAnalyzerTest.Profile("15000", "ActiveActive"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("600", "15000 Users Full UC active/active", "a value of its table; the nearest is 587 (the tables' reading, Critical Service Down Delay 120 s) (set ImpHaActiveUsers to check the exact row)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Upper_not_above_lower_is_flagged()
    {
        var source = Helpers + """
            class Inverted
            {
                void Run()
                {
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", {|#0:600|});
                    Axl.SetNumber("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#1:587|});
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, ImpHaAnalyzerTest.Profile("15000", "ActiveActive"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.LowerLimitMismatch, 0).WithArguments("600", "120", " (the tables' value; 90 s, Cisco's stated default, is right too with its upper limit; set ImpHaCriticalServiceDownDelay to check one)"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperNotAboveLower, 1).WithArguments("587", "600"));
        await test.RunAsync();
    }

    [Fact]
    public async Task No_profile_selected_suggests_selecting_one()
    {
        var source = Helpers + """
            class Unselected
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"253"|});
            }
            """;
        var test = new ImpHaAnalyzerTest(source);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.NoProfileSelected, 0).WithArguments("Client Re-Login Upper Limit", "253"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("3000", "ActiveActive", null, "ImpHaProfile / impha_profile is '3000'")]
    [InlineData("15000", "sideways", null, "ImpHaDeployment / impha_deployment is 'sideways'")]
    [InlineData("15000", "ActiveActive", "lots", "ImpHaActiveUsers / impha_active_users is 'lots'")]
    public async Task Invalid_settings_are_reported_once(string profile, string deployment, string? users, string message)
    {
        var source = Helpers + """
            class Settings
            {
                void A() => Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                void B() => Axl.Set("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
            }
            """;
        var test = new ImpHaAnalyzerTest(source, ImpHaAnalyzerTest.Profile(profile, deployment, users));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidSelection).WithMessage($"ImpHa profile settings are invalid: {message}" + test_suffix(profile, deployment, users)));
        await test.RunAsync();

        static string test_suffix(string profile, string deployment, string? users) => profile == "3000"
            ? "; use one of 500, 1000, 2000, 5000, 15000, 25000 (or Users15000 style names)"
            : deployment == "sideways" ? "; use active-active, active-standby (also ActiveActive, ActiveStandby, active/active, active/standby)" : "; give a whole number of 1 or more";
    }

    [Fact]
    public async Task Users_beyond_the_profile_name_the_smallest_profile_that_fits()
    {
        var source = Helpers + """
            class Big
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "953");
            }
            """;
        var test = new ImpHaAnalyzerTest(source, ImpHaAnalyzerTest.Profile("5000", "ActiveActive", "4700"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UsersExceedProfile).WithArguments("4700 active users exceed 5000 Users Full UC active/active, which covers at most 2500 active users. The smallest profile that fits is 15000 Users Full UC (HardwareProfile.Users15000, up to 7500 active users)."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_overrides_the_project_profile_per_file()
    {
        var source = Helpers + """
            class ClusterB
            {
                void Run() => Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"253"|});
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*.cs]\nimpha_profile = 25000\nimpha_deployment = active-standby\nimpha_active_users = 3000\n"));
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("253", "25000 Users Full UC active/standby, 3000 active users (table row 3000)", ImpHaAnalyzerTest.TablesReading(495, 465)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Restart_table_parameters_get_the_restart_notice()
    {
        var source = Helpers + """
            class Restart
            {
                void Run()
                {
                    Axl.Set("imp1", "Cisco SIP Proxy", {|#0:"HTTP Port"|}, "8081");
                    Axl.Set("imp1", "Cisco SIP Proxy", "Some Other Parameter", "1");
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.RestartNeeded, 0).WithArguments("HTTP Port", "Cisco SIP Proxy", "Cisco SIP Proxy", "utils service restart Cisco SIP Proxy"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Csharp_7_3_code_is_analysed()
    {
        var source = Helpers.Replace("=> System.Threading.Tasks.Task.CompletedTask;", "{ return null; }") + """
            class Legacy
            {
                void Run()
                {
                    var request = new UpdateServiceParameterReq();
                    request.name = "Client Re-Login Upper Limit";
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", {|#0:"254"|});
                }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1, LanguageVersion.CSharp7_3);
        test.ExpectedDiagnostics.Add(Expect(DiagnosticDescriptors.UpperLimitMismatch, 0).WithArguments("254", "15000 Users Full UC active/active, 2000 active users (table row 2000)", ImpHaAnalyzerTest.TablesReading(253, 223)));
        await test.RunAsync();
    }

    [Fact]
    public async Task Ordinary_code_stays_silent()
    {
        var source = Helpers + """
            class Ordinary
            {
                const string Note = "Set the Client Re-Login Upper Limit to 253 on both nodes";
                void Run(string dynamicValue)
                {
                    System.Console.WriteLine("Client Re-Login Upper Limit", 999);
                    System.Console.WriteLine(Note, 1);
                    Log("Client Re-Login Upper Limit", 999);
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Critical Service Down Delay", "90");
                    Axl.Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", dynamicValue);
                    Axl.Set("imp1", "Cisco SIP Proxy", "Maximum Watchers Upper Limit", "999");
                    var text = "Client Re-Login Upper Limit" + 999;
                    int limit = 999;
                    new UpdateServiceParameterReq { name = "Client Re-Login Lower Limit", value = dynamicValue };
                    new UpdateServiceParameterReq { service = "Client Re-Login Lower Limit", processNodeName = "90" };
                    Axl.Set(Note, "x", "y", "1");
                }

                static void Log(string message, int value) { }
            }
            """;
        var test = new ImpHaAnalyzerTest(source, Example1);
        await test.RunAsync();
    }
}
