using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// IMPHA109 on a restart table a team writes: two rows about the same change (one's significant words all among the
/// other's, two words at least, or the same words under one setting) that print different restarts, or the same restart twice.
/// </summary>
public class RestartLintTests
{
    private const string Header = "id,setting,menu_path,trigger,restart,automatic,kind,printed_restart\n";

    private static List<(int Line, int Column, string Message)> Findings(string rows)
    {
        var result = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, Header + rows));
        Assert.NotNull(result.Model);
        Assert.All(result.Diagnostics, d => Assert.Equal("IMPHA109", d.Id));
        return result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Message)).ToList();
    }

    [Fact]
    public void The_same_one_word_change_under_one_setting_twice_is_a_repeat_at_the_later_row()
    {
        var findings = Findings(
            "EditProxyTimeout,Proxy,,Edit the Timeout,SipProxy,,required,Cisco SIP Proxy\n"
            + "ProxyTimeoutAgain,Proxy,,Editing the timeout field,SipProxy,,required,Cisco SIP Proxy\n");

        Assert.Equal(
            [(2, 25, "Rule 'ProxyTimeoutAgain' (\"Editing the timeout field\") repeats rule 'EditProxyTimeout' (\"Edit the Timeout\"): the same change, and Cisco prints the same restart for both (\"Cisco SIP Proxy\"); ImpHa keeps both rows as printed")],
            findings);
    }

    [Fact]
    public void The_same_one_word_under_two_settings_is_two_changes()
        => Assert.Empty(Findings(
            "EditProxyTimeout,Proxy,,Edit the Timeout,SipProxy,,required,Cisco SIP Proxy\n"
            + "EditRouterTimeout,Router,,Timeout,XcpRouter,,required,Cisco XCP Router\n"));

    [Fact]
    public void One_word_within_a_longer_change_under_another_setting_is_no_contradiction()
        // "Timeout" alone is too little to say the rows are about the same change.
        => Assert.Empty(Findings(
            "EditProxyTimeout,Proxy,,Timeout,SipProxy,,required,Cisco SIP Proxy\n"
            + "EditRouterTimeoutValue,Router,,Timeout value,XcpRouter,,required,Cisco XCP Router\n"));

    [Fact]
    public void Two_words_within_a_longer_change_that_prints_another_restart_is_a_contradiction_at_the_later_row()
    {
        // As Cisco's "Maximum Watchers" (Presence Settings) and the migration row "Maximum Watchers (per user)"; singular and plural meet.
        var findings = Findings(
            "EditMaximumWatchers,Presence Settings,,Maximum Watcher,XcpRouter|PresenceEngine,,required,Cisco Presence Engine Cisco XCP Router\n"
            + "MigrationEditMaximumWatchers,Migration,,Maximum Watchers (per user),XcpRouter,,required,Cisco XCP Router\n");

        Assert.Equal(
            [(2, 40, "Cisco prints \"Cisco XCP Router\" for rule 'MigrationEditMaximumWatchers' (\"Maximum Watchers (per user)\") but \"Cisco Presence Engine Cisco XCP Router\" for rule 'EditMaximumWatchers' (\"Maximum Watcher\"), about the same change; ImpHa keeps both, so a change matching both restarts both")],
            findings);
    }

    [Fact]
    public void Without_printed_restarts_a_contradiction_names_the_targets()
    {
        var findings = Findings(
            "EditMaximumWatchers,Presence Settings,,Maximum Watchers,XcpRouter|PresenceEngine,,required,\n"
            + "MigrationEditMaximumWatchers,Migration,,Maximum Watchers (per user),XcpRouter,,required,\n");

        Assert.Equal(
            "Cisco prints XcpRouter for rule 'MigrationEditMaximumWatchers' (\"Maximum Watchers (per user)\") but XcpRouter and PresenceEngine for rule 'EditMaximumWatchers' (\"Maximum Watchers\"), about the same change; ImpHa keeps both, so a change matching both restarts both",
            Assert.Single(findings).Message);
    }

    [Fact]
    public void A_narrower_change_that_prints_the_same_restart_is_no_finding()
        => Assert.Empty(Findings(
            "EditMaximumWatchers,Presence Settings,,Maximum Watchers,XcpRouter,,required,Cisco XCP Router\n"
            + "MigrationEditMaximumWatchers,Migration,,Maximum Watchers (per user),XcpRouter,,required,Cisco XCP Router\n"));

    [Theory]
    [InlineData("Edit the IPv4 address", "Edit the IPv6 address")] // words that differ in their last letter only
    [InlineData("Edit the DNS server", "Edit the DN server")] // a three-letter word ending in s is no plural
    public void Different_words_are_different_changes(string first, string second)
        => Assert.Empty(Findings(
            $"EditFirst,Network,,{first},SipProxy,,required,Cisco SIP Proxy\n"
            + $"EditSecond,Network,,{second},XcpRouter,,required,Cisco XCP Router\n"));

    [Fact]
    public void Findings_come_in_file_order()
    {
        var findings = Findings(
            "EditProxyTimeout,Proxy,,Edit the Timeout,SipProxy,,required,Cisco SIP Proxy\n"
            + "ProxyTimeoutAgain,Proxy,,Editing the timeout,SipProxy,,required,Cisco SIP Proxy\n"
            + "EditRouterPort,Router,,Edit the Port,XcpRouter,,required,Cisco XCP Router\n"
            + "RouterPortAgain,Router,,Editing the port,XcpRouter,,required,Cisco XCP Router\n");

        Assert.Equal([2, 4], findings.Select(f => f.Line));
    }

    [Fact]
    public void A_rule_whose_menu_paths_all_lead_to_another_setting_page_is_found_at_its_menu_path()
    {
        // The second row shares "Mail" with the other page but has no page of its own; the third has its own page besides.
        var findings = Findings(
            "EditMailRelay,Mail Relay,Application > Mail Relay Servers,Editing the relay host,XcpRouter,,required,Cisco XCP Router\n"
            + "EditMailArchive,Mail Archive,Application > Mail Relay Servers,Edit the Port field,XcpRouter,,required,Cisco XCP Router\n"
            + "EditMailArchivePolicy,Mail Archive,Application > Mail Archive; Application > Mail Relay Servers,Editing the policy,XcpRouter,,required,Cisco XCP Router\n");

        Assert.Equal(
            [(2, 29, "Rule 'EditMailArchive' (Mail Archive: \"Edit the Port field\") gives the menu path \"Application > Mail Relay Servers\", the page of Mail Relay (rule 'EditMailRelay'), and no Mail Archive page; ImpHa reads its trigger as that page's fields and keeps the row as printed (\"Cisco XCP Router\")")],
            findings);
    }

    [Fact]
    public void A_menu_path_to_a_one_word_setting_page_names_no_other_page()
        // A page is named by two words at least: "Relay" alone is no page.
        => Assert.Empty(Findings(
            "EditRelay,Relay,Application > Relay,Editing the relay host,XcpRouter,,required,Cisco XCP Router\n"
            + "EditMailArchive,Mail Archive,Application > Relay,Edit the Port field,XcpRouter,,required,Cisco XCP Router\n"));

    [Fact]
    public void A_menu_path_to_a_page_that_holds_two_settings_names_the_one_its_first_words_give()
    {
        // "Mail Relay Archive" holds both "Mail Relay" and "Mail Archive"; the page's first words name it.
        var findings = Findings(
            "EditMailRelay,Mail Relay,Application > Mail Relay,Editing the relay host,XcpRouter,,required,Cisco XCP Router\n"
            + "EditMailArchive,Mail Archive,Application > Mail Archive,Edit the archive policy,XcpRouter,,required,Cisco XCP Router\n"
            + "EditRouting,Routing Rules,Application > Mail Relay Archive,Edit the Port field,SipProxy,,required,Cisco SIP Proxy\n");

        Assert.Equal(
            [(3, 26, "Rule 'EditRouting' (Routing Rules: \"Edit the Port field\") gives the menu path \"Application > Mail Relay Archive\", the page of Mail Relay (rule 'EditMailRelay'), and no Routing Rules page; ImpHa reads its trigger as that page's fields and keeps the row as printed (\"Cisco SIP Proxy\")")],
            findings);
    }

    [Fact]
    public void A_rule_whose_setting_and_trigger_are_filler_words_only_is_read_without_a_finding()
        // "Settings" and "Any edits on this page" say how a change is made, not what it changes: no words to compare.
        => Assert.Empty(Findings(
            "EditSettingsPage,Settings,,Any edits on this page,XcpRouter,,required,Cisco XCP Router\n"
            + "EditProxyTimeout,Proxy,,Edit the Timeout,SipProxy,,required,Cisco SIP Proxy\n"));

    [Fact]
    public void A_whole_page_rule_is_about_its_setting_and_contradicts_a_narrower_rule_with_another_restart()
    {
        // As Cisco's "TLS Context ... Any edits on this page" and "Configuring Peer Authentication TLS Context".
        var findings = Findings(
            "EditGatewayPolicy,Gateway Policy,System > Gateway Policy,Any edits on this page,XcpRouter,,required,Cisco XCP Router\n"
            + "ConfigureGatewayPolicyCertificates,Gateways,,Configuring Gateway Policy Certificates,SipProxy,,required,Cisco SIP Proxy\n");

        Assert.Equal(
            [(2, 45, "Cisco prints \"Cisco SIP Proxy\" for rule 'ConfigureGatewayPolicyCertificates' (\"Configuring Gateway Policy Certificates\") but \"Cisco XCP Router\" for rule 'EditGatewayPolicy' (Gateway Policy: \"Any edits on this page\"), about the same change; ImpHa keeps both, so a change matching both restarts both")],
            findings);
    }

    [Fact]
    public void The_package_own_table_is_not_linted()
    {
        var text = Header + "EditProxyTimeout,Proxy,,Edit the Timeout,SipProxy,,required,Cisco SIP Proxy\nProxyTimeoutAgain,Proxy,,Editing the timeout field,SipProxy,,required,Cisco SIP Proxy\n";
        var result = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, text, Shipped: true));

        Assert.NotNull(result.Model);
        Assert.Empty(result.Diagnostics);
    }
}
