using System.Collections.Immutable;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>IMPHA109: where Cisco's own tables disagree with themselves, found on the shipped data and on tables users write.</summary>
public class TableLintTests
{
    private static List<(string File, int Line, int Column, string Message)> Findings(ImmutableArray<GeneratorHarness.TableText> tables)
        => GeneratorHarness.Run(tables).Result.Diagnostics
            .Where(d => d.Id == DiagnosticFilters.LintId)
            .Select(d => d.Location.GetLineSpan() is var span
                ? (Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                : default)
            .OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2).ThenBy(f => f.Item3)
            .ToList();

    private static string OffLine(string table, int users, int printed, int rate, int line)
        => $"{table}, {users} active users: Cisco prints an upper limit of {printed}, but the table's own line (lower limit + users / {rate} users per second) gives {line}; ImpHa keeps Cisco's value";

    private static string ClocksDiffer(string profile, int users, string activeActive, string activeStandby)
        => $"{profile}: Cisco's Attention note in the active/active section recommends \"a minimum of {activeActive} CPU clock speed\" on a {users} user system, the one in the active/standby section \"a minimum of {activeStandby} CPU clock speed\"; ImpHa keeps each section's value for its deployment type";

    private static string ClockInOneSection(string profile, int users, string clock, string given, string missing)
        => $"{profile}: only the {given} section has the Attention note recommending \"a minimum of {clock} CPU clock speed\" on a {users} user system; the {missing} section has none, so ImpHa gives no minimum clock for {missing}, although the note speaks of the system size";

    private static string Contradiction(string second, string secondPrinted, string first, string firstPrinted)
        => $"Cisco prints \"{secondPrinted}\" for rule {second} but \"{firstPrinted}\" for rule {first}, about the same change; ImpHa keeps both, so a change matching both restarts both";

    private static string Repeat(string second, string first, string printed)
        => $"Rule {second} repeats rule {first}: the same change, and Cisco prints the same restart for both (\"{printed}\"); ImpHa keeps both rows as printed";

    private static string OtherPage(string rule, string path, string owner, string ownerRule, string printed)
        => $"Rule {rule} gives the menu path \"{path}\", the page of {owner} (rule '{ownerRule}'), and no {rule.Split('(')[1].Split(':')[0]} page; ImpHa reads its trigger as that page's fields and keeps the row as printed (\"{printed}\")";

    /// <summary>
    /// Every contradiction of Cisco's "Additional Requirements" the shipped tables carry, at its cell; adding or losing one
    /// fails. The document's words are in the messages; data/README.md lists the same set.
    /// </summary>
    public static readonly (string File, int Line, int Column, string Message)[] ShippedFindings =
    [
        // "To achieve maximum client login throughput on a 5000 user system, Cisco recommends a minimum of 2.6GHz CPU clock
        // speed": under the 5000 Active/Standby heading only; the 5000 Active/Active section (Table 7) has no such note.
        ("hardware-profiles.csv", 5, 30, ClockInOneSection("5000 Users Full UC", 5000, "2.6GHz", given: "active/standby", missing: "active/active")),

        // "...on a 15000 user system, Cisco recommends a minimum of 2.5GHz" above Table 9, "...2.6GHz" above Table 10.
        ("hardware-profiles.csv", 6, 32, ClocksDiffer("15000 Users Full UC", 15000, "2.5GHz", "2.6GHz")),

        // "...on a 25000 user system, Cisco recommends a minimum of 2.8GHz" above Table 11, "...2.6GHz" above Table 12.
        ("hardware-profiles.csv", 7, 33, ClocksDiffer("25000 Users Full UC", 25000, "2.8GHz", "2.6GHz")),

        // Table 8: "100 120 154".
        ("login-profiles.csv", 33, 29, OffLine("5000 Users Full UC active/standby (Table 8)", 100, 154, 3, 153)),

        // Table 12: "Login rates for active /standby profiles: 16 users 80% CPU".
        ("login-profiles.csv", 99, 37, "25000 Users Full UC active/standby (Table 12): the caption's login rate is 16 users per second, but the values imply 8 (upper - lower = users / 8); ImpHa uses the values"),

        // Table 12: "8000 120 1058" ... "13000 120 1620", each the previous row's value.
        ("login-profiles.csv", 112, 31, OffLine("25000 Users Full UC active/standby (Table 12)", 8000, 1058, 8, 1120)),
        ("login-profiles.csv", 113, 31, OffLine("25000 Users Full UC active/standby (Table 12)", 9000, 1120, 8, 1245)),
        ("login-profiles.csv", 114, 32, OffLine("25000 Users Full UC active/standby (Table 12)", 10000, 1245, 8, 1370)),
        ("login-profiles.csv", 115, 32, OffLine("25000 Users Full UC active/standby (Table 12)", 11000, 1370, 8, 1495)),
        ("login-profiles.csv", 116, 32, OffLine("25000 Users Full UC active/standby (Table 12)", 12000, 1495, 8, 1620)),
        ("login-profiles.csv", 117, 32, OffLine("25000 Users Full UC active/standby (Table 12)", 13000, 1620, 8, 1745)),

        // "Third-Party Compliance Service (Application > Third-Party Clients > Third-Party LDAP Servers) Edit the
        // Hostname/IP Address, Port, Password/Confirm Password fields": the LDAP Server row's page.
        ("restart-rules.csv", 30, 64, OtherPage(
            "'EditThirdPartyComplianceService' (Third-Party Compliance Service: \"Edit the Hostname/IP Address, Port, Password/Confirm Password fields\")",
            "Application > Third-Party Clients > Third-Party LDAP Servers",
            "LDAP Server",
            "EditLdapSearch",
            "Cisco XCP Router")),

        // "Upload Exchange Certificates: Cisco SIP Proxy Cisco Presence Engine" against "Presence Gateway ... After you upload
        // MS Exchange certificates: Cisco Presence engine".
        ("restart-rules.csv", 59, 42, Contradiction(
            "'UploadExchangeCertificates' (\"Upload Exchange Certificates\")",
            "Cisco SIP Proxy Cisco Presence Engine",
            "'UploadPresenceGatewayExchangeCertificates' (\"After you upload MS Exchange certificates\")",
            "Cisco Presence engine")),

        // "Configuring TLS Peer Subjects: Cisco SIP Proxy" repeats "TLS Peer Subject Configuration ... Any edits on this page: Cisco SIP Proxy".
        ("restart-rules.csv", 64, 45, Repeat(
            "'ConfigureTlsPeerSubjects' (\"Configuring TLS Peer Subjects\")",
            "'EditTlsPeerSubjectConfiguration' (TLS Peer Subject Configuration: \"Any edits on this page\")",
            "Cisco SIP Proxy")),

        // "Configuring Peer Authentication TLS Context: Cisco SIP Proxy" against "TLS Context ... Any edits on this page: You may
        // need to restart the associated chat server".
        ("restart-rules.csv", 65, 52, Contradiction(
            "'ConfigurePeerAuthenticationTlsContext' (\"Configuring Peer Authentication TLS Context\")",
            "Cisco SIP Proxy",
            "'EditTlsContext' (TLS Context: \"Any edits on this page\")",
            "You may need to restart the associated chat server")),

        // "Routing Communication Type service parameters" after "Edit the Routing Communication Type service parameter".
        ("restart-rules.csv", 79, 104, Repeat(
            "'EditRoutingCommunicationTypeParameters' (\"Routing Communication Type service parameters\")",
            "'EditRoutingCommunicationType' (\"Edit the Routing Communication Type service parameter\")",
            "Cisco XCP Router")),

        // "Migration utilities: ... Allow users to view the availability ... : Cisco XCP Router" against the Presence Settings
        // row's "Cisco Presence Engine Cisco XCP Router".
        ("restart-rules.csv", 86, 94, Contradiction(
            "'MigrationEditAllowViewingAvailabilityWithoutApproval' (\"Editing the Allow users to view the availability of other users without being prompted for approval setting in the Presence Settings window\")",
            "Cisco XCP Router",
            "'EditAllowViewingAvailabilityWithoutApproval' (\"Allow users to view the availability of other users without being prompted for approval\")",
            "Cisco Presence Engine Cisco XCP Router")),

        // "Migration utilities: ... Maximum Contact Lists Size (per user) and Maximum Watchers (per user)": both rows it covers.
        ("restart-rules.csv", 87, 85, Contradiction(
            "'MigrationEditMaximumContactListsAndWatchers' (\"Editing the Maximum Contact Lists Size (per user) and Maximum Watchers (per user) setting in the Presence Settings configuration window\")",
            "Cisco XCP Router",
            "'EditMaximumContactListSize' (\"Maximum Contact List Size (per user)\")",
            "Cisco Presence Engine Cisco XCP Router")),
        ("restart-rules.csv", 87, 85, Contradiction(
            "'MigrationEditMaximumContactListsAndWatchers' (\"Editing the Maximum Contact Lists Size (per user) and Maximum Watchers (per user) setting in the Presence Settings configuration window\")",
            "Cisco XCP Router",
            "'EditMaximumWatchers' (\"Maximum Watchers\")",
            "Cisco Presence Engine Cisco XCP Router")),

        // "Deleting or removing a node from a cluster" after "Deleting or removing a node from the cluster".
        ("restart-rules.csv", 88, 42, Repeat(
            "'DeleteNodeFromACluster' (\"Deleting or removing a node from a cluster\")",
            "'DeleteNodeFromTheCluster' (\"Deleting or removing a node from the cluster\")",
            "Cisco XCP Router")),
    ];

    [Fact]
    public void The_shipped_tables_yield_exactly_the_contradictions_in_Cisco_document_when_a_project_supplies_them()
    {
        var found = Findings(GeneratorHarness.DefaultTables().AsSupplied());
        Assert.Equal(ShippedFindings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column), found);
    }

    [Fact]
    public void The_package_own_tables_yield_no_IMPHA109_in_a_build_and_the_same_text_supplied_yields_them_all()
    {
        var shipped = GeneratorHarness.DefaultTables();
        Assert.All(shipped, t => Assert.True(t.Shipped));

        Assert.Empty(Findings(shipped));
        Assert.Equal(ShippedFindings.Length, Findings(shipped.AsSupplied()).Count);
    }

    [Fact]
    public void The_package_marking_silences_only_the_lint_and_only_on_the_marked_table()
    {
        // Login table supplied by the project, the rest the package's: only the login table's findings.
        var tables = GeneratorHarness.DefaultTables();
        var login = tables.Single(t => t.Role == "LoginProfiles").Text;
        Assert.Equal(
            ShippedFindings.Where(f => f.File == "login-profiles.csv").Select(f => f.Line),
            Findings(tables.With("LoginProfiles", login)).Select(f => f.Line));

        // A broken table marked as the package's still reports its error.
        var broken = tables.Select(t => t.Role == "XmppStandards" ? t with { Text = "identifier,number\nRFC 1,x\n" } : t).ToImmutableArray();
        Assert.True(broken.Single(t => t.Role == "XmppStandards").Shipped);
        Assert.Contains(GeneratorHarness.Run(broken).Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && Path.GetFileName(d.Location.GetLineSpan().Path) == "xmpp-standards.csv");
    }

    [Fact]
    public void Findings_are_info_and_the_tables_still_generate()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables().AsSupplied());
        var findings = result.Results[0].Diagnostics.Where(d => d.Id == DiagnosticFilters.LintId).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("ImpHa.HaLoginProfiles.g.cs", StringComparison.Ordinal));
        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("ImpHa.RestartRules.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_table_off_its_own_line_is_found_where_it_is()
    {
        const string login = """
            profile,deployment,active_users,lower_limit,upper_limit,caption_rate
            500,active-active,100,120,170,5
            500,active-active,200,120,160,5
            500,active-active,250,120,170,5
            """;
        var findings = Findings(GeneratorHarness.DefaultTables().With("LoginProfiles", login));
        Assert.Equal([(2, OffLine("500 Users Full UC active/active", 100, 170, 5, 140))], findings.Where(f => f.File == "login-profiles.csv").Select(f => (f.Line, f.Message)));
    }

    [Fact]
    public void A_whole_page_rule_and_a_narrower_rule_with_another_restart_contradict_each_other()
    {
        // As Cisco's "TLS Context ... Any edits on this page" and "Configuring Peer Authentication TLS Context".
        const string rules = """
            id,setting,menu_path,trigger,restart,automatic,kind,printed_restart
            EditWidgetPolicy,Widget Policy,System > Widget Policy,Any edits on this page,XcpRouter,,required,Cisco XCP Router
            ConfigureWidgetPolicyCertificates,Widgets,,Configuring Widget Policy Certificates,SipProxy,,required,Cisco SIP Proxy
            EditGadgetPolicy,Gadget Policy,System > Gadget Policy,Any edits on this page,SipProxy,,required,Cisco SIP Proxy
            """;
        var findings = Findings(GeneratorHarness.DefaultTables().With("RestartRules", rules)).Where(f => f.File == "restart-rules.csv").ToList();
        Assert.Equal(
            [(3, Contradiction("'ConfigureWidgetPolicyCertificates' (\"Configuring Widget Policy Certificates\")", "Cisco SIP Proxy", "'EditWidgetPolicy' (Widget Policy: \"Any edits on this page\")", "Cisco XCP Router"))],
            findings.Select(f => (f.Line, f.Message)));
    }

    [Fact]
    public void A_rule_whose_menu_path_leads_only_to_another_setting_page_is_found_at_its_path()
    {
        const string rules = """
            id,setting,menu_path,trigger,restart,automatic,kind,printed_restart
            EditMailRelay,Mail Relay,Application > Mail Relay Servers,Editing the relay host,XcpRouter,,required,Cisco XCP Router
            EditArchive,Archive Service,Application > Mail Relay Servers,Edit the Port field,XcpRouter,,required,Cisco XCP Router
            EditArchivePolicy,Archive Service,Application > Archive Service; Application > Mail Relay Servers,Editing the policy,XcpRouter,,required,Cisco XCP Router
            """;
        var findings = Findings(GeneratorHarness.DefaultTables().With("RestartRules", rules)).Where(f => f.File == "restart-rules.csv").ToList();
        var (line, column, message) = Assert.Single(findings.Select(f => (f.Line, f.Column, f.Message)));
        Assert.Equal((3, 29), (line, column));
        Assert.Equal(OtherPage("'EditArchive' (Archive Service: \"Edit the Port field\")", "Application > Mail Relay Servers", "Mail Relay", "EditMailRelay", "Cisco XCP Router"), message);
    }

    [Fact]
    public void A_system_size_clock_is_found_where_its_sections_disagree_or_only_one_gives_it()
    {
        const string hardware = """
            profile,name,vcpu,cpu_mhz,memory_gb,min_clock_mhz_active_active,min_clock_mhz_active_standby
            500,500 Users Full UC,1,700,2,,
            1000,1000 Users Full UC,1,1500,2,2400,2400
            2000,2000 Users Full UC,1,1500,4,2500,
            5000,5000 Users Full UC,2,,4,2600,2700
            15000,15000 Users Full UC,4,,8,,
            25000,25000 Users Full UC,6,,16,,
            """;
        var findings = Findings(GeneratorHarness.DefaultTables().With("HardwareProfiles", hardware)).Where(f => f.File == "hardware-profiles.csv").ToList();
        Assert.Equal(
            [
                (4, 39, ClockInOneSection("2000 Users Full UC", 2000, "2.5GHz", given: "active/active", missing: "active/standby")),
                (5, 30, ClocksDiffer("5000 Users Full UC", 5000, "2.6GHz", "2.7GHz")),
            ],
            findings.Select(f => (f.Line, f.Column, f.Message)));
    }
}
